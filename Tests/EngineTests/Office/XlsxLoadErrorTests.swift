import Foundation
import XCTest

@testable import Engine

/// A workbook's problems are load errors naming the sheet and cell, with what to do.
final class XlsxLoadErrorTests: XCTestCase {
  private var folder: String!

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "dangke-xlsx-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func message(_ files: [String: [UInt8]]) -> String {
    for (name, bytes) in files {
      FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
    }
    guard let error = LoadFixtures.error(.directory(folder)) else { return "(loaded)" }
    return error.description.replacingOccurrences(of: folder, with: "$F")
  }

  func testDeclaredTypeMismatchNamesSheetAndCell() throws {
    let schema = #"{"tables": {"花名册": {"columns": {"学时": {"type": "integer"}}}}}"#
    XCTAssertEqual(
      message([
        "book.xlsx": try XlsxLoadTests.roster().bytes(), "schema.json": Array(schema.utf8),
      ]),
      """
      $F/book.xlsx:花名册!E3: error[E0708]: value "12.5" in column 学时 is not an integer
        hint: correct the value, or change the type of 学时 in schema.json
      """)
  }

  /// In Chinese the type is named in Chinese; as JSON the cell is a field of its own.
  func testTypeMismatchInChineseAndAsJSON() throws {
    let schema = #"{"tables": {"花名册": {"columns": {"学时": {"type": "integer"}}}}}"#
    FileManager.default.createFile(
      atPath: folder + "/book.xlsx", contents: Data(try XlsxLoadTests.roster().bytes()))
    FileManager.default.createFile(atPath: folder + "/schema.json", contents: Data(schema.utf8))
    var error = try XCTUnwrap(LoadFixtures.error(.directory(folder)))
    error.file = "book.xlsx"
    XCTAssertEqual(
      error.rendered(.zh),
      """
      book.xlsx:花名册!E3: 错误[E0708]：“学时”列的值“12.5”不是整数
        提示：请改正这个值，或者在 schema.json 里改掉 学时 的类型
      """)
    XCTAssertEqual(
      error.jsonLine(.en),
      #"{"code":"E0708","severity":"error","message":"value \"12.5\" in column 学时 is not an "#
        + #"integer","hint":"correct the value, or change the type of 学时 in schema.json","#
        + #""file":"book.xlsx","line":null,"column":null,"cell":"花名册!E3"}"#)
  }

  func testSchemaNamesTheHeaderRow() throws {
    var b = TestWorkbook()
    var rows = ""
    rows += "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("2016年学时统计"))</v></c></row>"
    rows += "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>\(b.s("填报单位"))</v></c>"
    rows += "<c r=\"B2\" t=\"s\"><v>\(b.s("康健街道"))</v></c></row>"
    rows += "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>\(b.s("name"))</v></c>"
    rows += "<c r=\"B3\" t=\"s\"><v>\(b.s("hours"))</v></c></row>"
    rows += "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>\(b.s("张伟"))</v></c><c r=\"B4\"><v>3</v></c></row>"
    b.sheets = [.init(name: "统计", rows: rows)]
    let schema = #"{"tables": {"hours": {"header": 3}}}"#
    FileManager.default.createFile(atPath: folder + "/hours.xlsx", contents: Data(try b.bytes()))
    FileManager.default.createFile(atPath: folder + "/schema.json", contents: Data(schema.utf8))
    let store = try Loader.load(.directory(folder))
    let table = try store.must("hours")
    XCTAssertEqual(table.columns.map(\.name), ["name", "hours"])
    XCTAssertEqual(table.cells("hours"), ["3"])
    let beyond = #"{"tables": {"hours": {"header": 9}}}"#
    XCTAssertEqual(
      message(["schema.json": Array(beyond.utf8)]),
      """
      $F/hours.xlsx:统计: error[E0709]: schema.json puts the header of sheet 统计 on row 9, but the sheet has 4 rows
        hint: give "header" the number of the row that holds the column names
      """)
  }

  func testLeapDayThatNeverWas() throws {
    var b = TestWorkbook()
    b.sheets = [
      .init(
        name: "Sheet1",
        rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("day"))</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>60</v></c></row>")
    ]
    XCTAssertEqual(
      message(["leap.xlsx": try b.bytes()]),
      """
      $F/leap.xlsx:Sheet1!A2: error[E0710]: the date 1900-02-29 does not exist (Excel counts it by an old mistake)
        hint: correct the date in the cell
      """)
  }

  func testHeaderGapAndValueOutsideTheHeader() throws {
    var b = TestWorkbook()
    b.sheets = [
      .init(
        name: "名单",
        rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("id"))</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"C2\"><v>5</v></c></row>")
    ]
    XCTAssertEqual(
      message(["a.xlsx": try b.bytes()]),
      """
      $F/a.xlsx:名单!C1: error[E0706]: column 3 has no name in the header row
        hint: give every column a name in the header row, or delete the empty column
      """)
  }

  func testEmptySheet() throws {
    var b = TestWorkbook()
    b.sheets = [.init(name: "Sheet1", rows: "<row r=\"1\"><c r=\"A1\" s=\"2\"/></row>")]
    XCTAssertEqual(
      message(["empty.xlsx": try b.bytes()]),
      """
      $F/empty.xlsx: error[E0712]: workbook 'empty.xlsx' has no sheet with data
        hint: put a header row and rows of data on a visible sheet
      """)
  }

  /// Excel's lock file beside an open workbook is not data.
  func testLockFileIsSkipped() throws {
    var b = TestWorkbook()
    b.sheets = [
      .init(
        name: "Sheet1",
        rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("id"))</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")
    ]
    XCTAssertEqual(message(["a.xlsx": try b.bytes(), "~$a.xlsx": Array("owner".utf8)]), "(loaded)")
  }
}
