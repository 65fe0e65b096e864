import Engine
import Foundation
import XCTest

/// A large sheet is streamed (issue #16): its part, many times the size of one inflated
/// chunk (256 KiB), is read row by row as it is inflated, with rows cut at chunk edges, and
/// the merged ranges written after the data are still found in the same pass. The issue's
/// 200,000 rows (about 15 s in a debug build on a busy machine); `DANGKE_LARGE_SHEET=N`
/// reads N rows instead.
final class XlsxLargeSheetTests: XCTestCase {
  static var rows: Int {
    ProcessInfo.processInfo.environment["DANGKE_LARGE_SHEET"].flatMap { Int($0) } ?? 200_000
  }

  /// A sheet of `count` members below `header` (the rows up to `first - 1`): an id, an
  /// inline name, a shared-string organisation (of 7) and a score with one decimal.
  private static func book(
    count: Int, header: String, first: Int, merges: [String], names: [String]
  ) throws -> (bytes: [UInt8], size: Int) {
    var b = TestWorkbook()
    for name in names { _ = b.s(name) }
    let orgs = (1...7).map { b.s("第\($0)党支部") }
    var rows = header
    rows.reserveCapacity(count * 170)
    for i in 1...count {
      let r = first + i - 1
      rows += "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(i)</v></c>"
      rows += "<c r=\"B\(r)\" t=\"inlineStr\"><is><t>党员&amp;\(i)</t></is></c>"
      rows += "<c r=\"C\(r)\" t=\"s\"><v>\(orgs[i % 7])</v></c>"
      rows += "<c r=\"D\(r)\"><v>\(i % 100).5</v></c></row>"
    }
    b.sheets.append(.init(name: "花名册", rows: rows, merges: merges))
    return (try b.bytes(), rows.utf8.count)
  }

  private func load(_ bytes: [UInt8]) throws -> Table {
    let store = try Loader.load(
      .memory(name: "big", files: [DataFile(path: "big.xlsx", bytes: bytes)]))
    XCTAssertEqual(store.tables.map(\.name), ["big"])
    return try store.must("big")
  }

  private func check(_ table: Table, names: [String], count: Int) {
    XCTAssertEqual(table.columns.map(\.name), names)
    XCTAssertEqual(table.columns.map(\.type), [.integer, .text, .text, .decimal])
    XCTAssertEqual(table.rowCount, count)
    let ids = table.cells(names[0])
    XCTAssertEqual(ids.first, "1")
    XCTAssertEqual(ids.last, String(count))
    XCTAssertEqual(Set(ids).count, count, "every row once, none lost or doubled at a chunk edge")
    XCTAssertEqual(table.cells(names[1]).last, "党员&\(count)")
    XCTAssertEqual(table.cells(names[2]).last, "第\(count % 7 + 1)党支部")
    XCTAssertEqual(table.cells(names[3])[count - 1], "\(count % 100).5")
    XCTAssertEqual(Set(table.cells(names[2])).count, 7)
  }

  func testALargeSheetLoadsEveryRow() throws {
    let count = Self.rows
    let names = ["编号", "姓名", "党组织", "学时"]
    var header = "<row r=\"1\">"
    for (c, name) in names.enumerated() {
      header += "<c r=\"\(["A", "B", "C", "D"][c])1\" t=\"s\"><v>\(c)</v></c>"
    }
    header += "</row>"
    // A merged range among the data (found after it) leaves the header as it is.
    let book = try Self.book(
      count: count, header: header, first: 2, merges: ["B10:C10"], names: names)
    XCTAssertGreaterThan(book.size, 8 << 18, "the sheet spans many inflated chunks")
    check(try load(book.bytes), names: names, count: count)
  }

  func testTheMergedHeaderOfALargeSheetIsFoundAfterItsData() throws {
    let count = Self.rows / 2
    // `编号` and `学时` merged down over two rows, `信息` across two columns over `姓名`
    // and `党组织`.
    let header =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      + "<c r=\"C1\" s=\"0\"/><c r=\"D1\" t=\"s\"><v>2</v></c></row>"
      + "<row r=\"2\"><c r=\"A2\" s=\"0\"/><c r=\"B2\" t=\"s\"><v>3</v></c>"
      + "<c r=\"C2\" t=\"s\"><v>4</v></c><c r=\"D2\" s=\"0\"/></row>"
    let book = try Self.book(
      count: count, header: header, first: 3, merges: ["A1:A2", "B1:C1", "D1:D2"],
      names: ["编号", "信息", "学时", "姓名", "党组织"])
    check(
      try load(book.bytes), names: ["编号", "信息_姓名", "信息_党组织", "学时"], count: count)
  }
}
