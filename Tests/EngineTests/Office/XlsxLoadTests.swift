import Foundation
import XCTest

@testable import Engine

/// Workbooks made as Excel and WPS make them load as the CSV loader would load the same data:
/// every table, type and value checked.
final class XlsxLoadTests: XCTestCase {
  /// A roster with a title row over its header, shared strings (some in runs, with phonetic
  /// guides), dates in built-in and Chinese formats, booleans, formulas with saved values, an
  /// error value, an inline string, an empty and a styled-but-empty row at the end; a sheet
  /// whose header is two rows of merged cells, with times and date-times; a hidden sheet and a
  /// chart sheet.
  static func roster() -> TestWorkbook {
    var b = TestWorkbook()
    var rows = "<row r=\"1\" spans=\"1:6\"><c r=\"A1\" t=\"s\"><v>\(b.s("康健街道第一党支部党员花名册"))</v></c>"
    rows += "<c r=\"B1\" s=\"2\"/><c r=\"C1\" s=\"2\"/><c r=\"F1\" s=\"2\"/></row>"
    rows += "<row r=\"2\">"
    for (i, name) in ["编号", "姓名", "入党日期", "在职", "学时", "备注"].enumerated() {
      rows += "<c r=\"\(XlsxReference.column(i))2\" t=\"s\"><v>\(b.s(name))</v></c>"
    }
    rows += "</row>"
    rows += "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>\(b.s("张伟"))</v></c>"
    rows += "<c r=\"C3\" s=\"1\"><v>42698</v></c><c r=\"D3\" t=\"b\"><v>1</v></c>"
    rows += "<c r=\"E3\"><f>SUM(G3:H3)</f><v>12.5</v></c>"
    rows += "<c r=\"F3\" t=\"inlineStr\"><is><t>书记&amp;委员</t></is></c></row>"
    rows += "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"B4\" t=\"s\"><v>\(b.s("李娜"))</v></c>"
    rows += "<c r=\"C4\" s=\"3\"><v>36892</v></c><c r=\"D4\" t=\"b\"><v>0</v></c>"
    rows += "<c r=\"E4\"><v>8</v></c><c r=\"F4\" s=\"2\"/></row>"
    rows += "<row r=\"5\"><c r=\"A5\"><v>3</v></c><c r=\"B5\" t=\"s\"><v>\(b.s("欧阳建国"))</v></c>"
    rows += "<c r=\"D5\" t=\"b\"><v>1</v></c><c r=\"E5\"><f>E3-E4</f><v>4.5</v></c>"
    rows += "<c r=\"F5\" t=\"e\"><f>VLOOKUP(A5,G:H,2,0)</f><v>#N/A</v></c></row>"
    rows +=
      "<row r=\"6\" spans=\"1:6\"/><row r=\"7\"><c r=\"A7\" s=\"2\"/><c r=\"B7\" s=\"2\"/></row>"
    b.sheets.append(.init(name: "花名册", rows: rows, merges: ["A1:F1"]))

    var hours = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("姓名"))</v></c>"
    hours += "<c r=\"B1\" t=\"s\"><v>\(b.s("学时"))</v></c><c r=\"C1\" s=\"2\"/>"
    hours +=
      "<c r=\"D1\" t=\"s\"><v>\(b.s("时间"))</v></c><c r=\"E1\" t=\"s\"><v>\(b.s("更新"))</v></c></row>"
    hours += "<row r=\"2\"><c r=\"A2\" s=\"2\"/><c r=\"B2\" t=\"s\"><v>\(b.s("上半年"))</v></c>"
    hours += "<c r=\"C2\" t=\"s\"><v>\(b.s("下半年"))</v></c></row>"
    hours += "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>\(b.s("张伟"))</v></c><c r=\"B3\"><v>10</v></c>"
    hours += "<c r=\"C3\"><v>12.5</v></c><c r=\"D3\" s=\"4\"><v>0.375</v></c>"
    hours += "<c r=\"E3\" s=\"5\"><v>42698.5</v></c></row>"
    hours += "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>\(b.s("李娜"))</v></c><c r=\"B4\"><v>8</v></c>"
    hours += "<c r=\"C4\"><v>6</v></c><c r=\"D4\" s=\"4\"><v>0.5</v></c>"
    hours += "<c r=\"E4\" s=\"5\"><v>42699.25</v></c></row>"
    b.sheets.append(
      .init(name: "学时", rows: hours, merges: ["A1:A2", "B1:C1", "D1:D2", "E1:E2"]))
    b.sheets.append(
      .init(
        name: "说明", rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("填表说明"))</v></c></row>",
        hidden: true))
    b.sheets.append(.init(name: "图表", rows: "", chart: true))
    return b
  }

  private func load(_ files: [(String, [UInt8])]) throws -> Store {
    try Loader.load(
      .memory(name: "office", files: files.map { DataFile(path: $0.0, bytes: $0.1) }))
  }

  func testRosterLoadsEveryVisibleSheetWithTypesAndValues() throws {
    let store = try load([("book.xlsx", try Self.roster().bytes())])
    XCTAssertEqual(store.tables.map(\.name), ["花名册", "学时"])
    let roster = try store.must("花名册")
    XCTAssertEqual(roster.columns.map(\.name), ["编号", "姓名", "入党日期", "在职", "学时", "备注"])
    XCTAssertEqual(
      roster.columns.map(\.type), [.integer, .text, .date, .boolean, .decimal, .text])
    XCTAssertEqual(roster.rowCount, 3)
    XCTAssertEqual(roster.cells("编号"), ["1", "2", "3"])
    XCTAssertEqual(roster.cells("姓名"), ["张伟", "李娜", "欧阳建国"])
    XCTAssertEqual(roster.cells("入党日期"), ["2016-11-24", "2001-01-01", nil])
    XCTAssertEqual(roster.cells("在职"), ["true", "false", "true"])
    XCTAssertEqual(roster.cells("学时"), ["12.5", "8", "4.5"])
    XCTAssertEqual(roster.cells("备注"), ["书记&委员", nil, nil])
    XCTAssertEqual(roster.origin, "book.xlsx:花名册")

    let hours = try store.must("学时")
    XCTAssertEqual(hours.columns.map(\.name), ["姓名", "学时_上半年", "学时_下半年", "时间", "更新"])
    XCTAssertEqual(hours.columns.map(\.type), [.text, .integer, .decimal, .text, .text])
    XCTAssertEqual(hours.cells("学时_下半年"), ["12.5", "6"])
    XCTAssertEqual(hours.cells("时间"), ["09:00", "12:00"])
    XCTAssertEqual(hours.cells("更新"), ["2016-11-24 12:00", "2016-11-25 06:00"])

    XCTAssertEqual(
      store.report.warnings.map { "\($0.file)\($0.line.map { ":\($0)" } ?? ""): \($0.message)" },
      [
        "book.xlsx: hidden sheet 说明 is not loaded",
        "book.xlsx: sheet 图表 is a chart, not a table, and is not loaded",
        "book.xlsx:花名册:1: sheet 花名册: row 1 (\"康健街道第一党支部党员花名册\") is taken as a title; "
          + "the header is row 2",
        "book.xlsx:花名册: column 备注: 1 error value(s) such as #N/A (first at 花名册!F5) read as "
          + "missing",
      ])
    XCTAssertEqual(store.report.warnings.map(\.code), ["W0702", "W0706", "W0701", "W0703"])
    XCTAssertEqual(
      store.report.warnings.map { $0.rendered(.zh) },
      [
        "book.xlsx: 警告[W0702]：隐藏的工作表“说明”没有读入",
        "book.xlsx: 警告[W0706]：工作表“图表”是图表，不是表格，没有读入",
        "book.xlsx:花名册:1: 警告[W0701]：工作表“花名册”：第 1 行（“康健街道第一党支部党员花名册”）当作标题，表头在第 2 行",
        "book.xlsx:花名册: 警告[W0703]：“备注”列：1 个错误值（如 #N/A，第一个在 花名册!F5）当作缺失值",
      ])
  }

  /// A workbook of one sheet with data is one table named after the file; the blank sheets a
  /// new workbook comes with are left out, with a warning.
  func testOneSheetIsNamedAfterTheFile() throws {
    var b = TestWorkbook()
    b.sheets = [
      .init(
        name: "Sheet1",
        rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("id"))</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\"><v>7</v></c></row>"),
      .init(name: "Sheet2", rows: ""),
      .init(name: "Sheet3", rows: "<row r=\"1\"><c r=\"A1\" s=\"2\"/></row>"),
    ]
    let store = try load([("data/党员名单.xlsx", try b.bytes())])
    XCTAssertEqual(store.tables.map(\.name), ["党员名单"])
    XCTAssertEqual(try store.must("党员名单").origin, "data/党员名单.xlsx")
    XCTAssertEqual(
      store.report.warnings.map(\.message),
      ["sheet Sheet2 is blank and is not loaded", "sheet Sheet3 is blank and is not loaded"])
  }

  /// A formula saved without its value (a workbook another program wrote) is missing, and
  /// the warning says how to store the values, in both languages.
  func testFormulaWithoutSavedValueWarns() throws {
    var b = TestWorkbook()
    b.sheets = [
      .init(
        name: "Sheet1",
        rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("n"))</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"
          + "<row r=\"3\"><c r=\"A3\"><f>A2+1</f></c></row>")
    ]
    let store = try load([("data/t.xlsx", try b.bytes())])
    XCTAssertEqual(try store.must("t").cells("n"), ["1", nil])
    let warning = try XCTUnwrap(store.report.warnings.first)
    XCTAssertEqual(
      warning.rendered(.en),
      "data/t.xlsx: warning[W0704]: column n: 1 formula(s) without a saved value (first at "
        + "Sheet1!A3) read as missing (open the workbook in Excel or WPS and save it, so the "
        + "formulas' values are stored)")
    XCTAssertEqual(
      warning.rendered(.zh),
      "data/t.xlsx: 警告[W0704]：“n”列：1 个公式没有保存计算结果（第一个在 Sheet1!A3），当作缺失值"
        + "（请用 Excel 或 WPS 打开工作簿再保存一次，公式的结果才会存进文件）")
  }

  /// 1904 dates (old Mac workbooks) count from 1904-01-01.
  func testDate1904System() throws {
    var b = TestWorkbook()
    b.date1904 = true
    b.sheets = [
      .init(
        name: "a",
        rows: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("day"))</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>"
          + "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>41236</v></c></row>")
    ]
    let store = try load([("mac.xlsx", try b.bytes())])
    XCTAssertEqual(try store.must("mac").cells("day"), ["1904-01-01", "2016-11-24"])
  }

  func testExcelSerialDays() throws {
    func day(_ serial: Double) throws -> String {
      CivilDate.format(try XlsxDates.split(serial, date1904: false).day)
    }
    XCTAssertEqual(try day(1), "1900-01-01")
    XCTAssertEqual(try day(59), "1900-02-28")
    XCTAssertEqual(try day(61), "1900-03-01")
    XCTAssertEqual(try day(42698), "2016-11-24")
    XCTAssertThrowsError(try day(60))
    XCTAssertEqual(try XlsxDates.split(0.999999999, date1904: false).seconds, 0)
  }

  func testNumberFormatKinds() {
    XCTAssertEqual(XlsxStyles.kind(ofCode: "yyyy\"年\"m\"月\"d\"日\""), .date)
    XCTAssertEqual(XlsxStyles.kind(ofCode: "[$-804]aaaa;@"), .plain)
    XCTAssertEqual(XlsxStyles.kind(ofCode: "0.00%"), .plain)
    XCTAssertEqual(XlsxStyles.kind(ofCode: "[Red]#,##0.00;[Blue]-#,##0.00"), .plain)
    XCTAssertEqual(XlsxStyles.kind(ofCode: "h:mm AM/PM"), .time(seconds: false, elapsed: false))
    XCTAssertEqual(XlsxStyles.kind(ofCode: "[h]:mm:ss"), .time(seconds: true, elapsed: true))
    XCTAssertEqual(XlsxStyles.kind(ofCode: "yyyy/m/d h:mm"), .dateTime(seconds: false))
    XCTAssertEqual(XlsxStyles.kind(ofCode: "General"), .plain)
  }
}
