import Foundation
import XCTest

@testable import Engine

/// A sheet is inflated (by zlib, on a second thread when it is large) into blocks that end
/// just after a row; the bytes after a block's last row start the next one. With blocks of
/// a few bytes, every tag, cell text, entity and shared-string index is cut by some block's
/// edge: the table must come out the same, value for value, from memory and from a file.
final class XlsxBlockEdgeTests: XCTestCase {
  private var folder: String!

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "dangke-xlsx-edge-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    XlsxBlockPipe.blockSize = 1 << 20
    try? FileManager.default.removeItem(atPath: folder)
  }

  static let count = 80

  /// A header of merged cells over two rows (the ranges are written after the data), then
  /// `count` rows: an id, a shared string (indices of one to three digits), a date, an
  /// inline string in runs with an entity and a phonetic guide, a decimal; then an empty
  /// row and a row of styled empty cells.
  static func book(date1904: Bool = false, stored: Bool = false) -> TestWorkbook {
    var b = TestWorkbook()
    b.date1904 = date1904
    b.stored = stored
    for k in 0..<260 { _ = b.s("党员\(k)") }
    var rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("编号"))</v></c>"
    rows += "<c r=\"B1\" t=\"s\"><v>\(b.s("信息"))</v></c><c r=\"C1\" s=\"2\"/>"
    rows += "<c r=\"D1\" t=\"s\"><v>\(b.s("备注"))</v></c>"
    rows += "<c r=\"E1\" t=\"s\"><v>\(b.s("学时"))</v></c></row>"
    rows += "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>\(b.s("姓名"))</v></c>"
    rows += "<c r=\"C2\" t=\"s\"><v>\(b.s("日期"))</v></c></row>"
    let first = date1904 ? 41236 : 42698
    for i in 1...count {
      let r = i + 2
      rows += "<row r=\"\(r)\" spans=\"1:5\"><c r=\"A\(r)\"><v>\(i)</v></c>"
      rows += "<c r=\"B\(r)\" t=\"s\"><v>\(i * 3 + 9)</v></c>"
      rows += "<c r=\"C\(r)\" s=\"1\"><v>\(first + i)</v></c>"
      rows += "<c r=\"D\(r)\" t=\"inlineStr\"><is><r><t>第</t></r><r><t>\(i)&amp;期</t></r>"
      rows += "<rPh sb=\"0\" eb=\"1\"><t>ダイ</t></rPh></is></c>"
      rows += "<c r=\"E\(r)\"><v>\(i).5</v></c></row>"
    }
    rows += "<row r=\"\(count + 3)\" spans=\"1:5\"/>"
    rows +=
      "<row r=\"\(count + 4)\"><c r=\"A\(count + 4)\" s=\"2\"/><c r=\"E\(count + 4)\" s=\"2\"/></row>"
    b.sheets.append(
      .init(name: "花名册", rows: rows, merges: ["A1:A2", "B1:C1", "D1:D2", "E1:E2"]))
    return b
  }

  /// The date `days` after 2016-11-24, as `2016-11-25`.
  private static func date(_ days: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let start = calendar.date(from: DateComponents(year: 2016, month: 11, day: 24))!
    let day = calendar.date(byAdding: .day, value: days, to: start)!
    let c = calendar.dateComponents([.year, .month, .day], from: day)
    return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
  }

  private func check(_ store: Store, _ name: String, _ label: String) throws {
    let table = try store.must(name)
    let n = Self.count
    XCTAssertEqual(
      table.columns.map(\.name), ["编号", "信息_姓名", "信息_日期", "备注", "学时"], label)
    XCTAssertEqual(table.columns.map(\.type), [.integer, .text, .date, .text, .decimal], label)
    XCTAssertEqual(table.rowCount, n, label)
    XCTAssertEqual(table.cells("编号"), (1...n).map { String($0) }, label)
    XCTAssertEqual(table.cells("信息_姓名"), (1...n).map { "党员\($0 * 3 + 9)" }, label)
    XCTAssertEqual(table.cells("信息_日期"), (1...n).map { Self.date($0) }, label)
    XCTAssertEqual(table.cells("备注"), (1...n).map { "第\($0)&期" }, label)
    XCTAssertEqual(table.cells("学时"), (1...n).map { "\($0).5" }, label)
  }

  private func fromMemory(_ bytes: [UInt8], _ name: String = "edge") throws -> Store {
    try Loader.load(.memory(name: "m", files: [DataFile(path: name + ".xlsx", bytes: bytes)]))
  }

  /// Every block size from 1 to 96 bytes, then some larger ones: each cuts the sheet at
  /// other places (inside `<row`, a `r="…"`, a shared-string index such as `1|2`, `&am|p;`,
  /// a Chinese character's bytes, `</c|>`, `mergeCe|lls`).
  func testTinyBlocksCutEveryTagAndValue() throws {
    let bytes = try Self.book().bytes()
    for size in Array(1...96) + [127, 500, 1009, 4096] {
      XlsxBlockPipe.blockSize = size
      try check(try fromMemory(bytes), "edge", "block size \(size)")
    }
  }

  /// Read from a file (read a block at a time, not from memory), with the 1904 date system.
  func testTinyBlocksFromAFileIn1904() throws {
    let path = folder + "/mac.xlsx"
    try Self.book(date1904: true).write(to: path)
    for size in [1, 7, 33, 250] {
      XlsxBlockPipe.blockSize = size
      try check(try Loader.load(.directory(folder)), "mac", "block size \(size)")
    }
  }

  /// A part stored without compression (some tools write them so) is read as it lies.
  func testStoredPartsAreRead() throws {
    let bytes = try Self.book(stored: true).bytes()
    for size in [3, 64, 1 << 20] {
      XlsxBlockPipe.blockSize = size
      try check(try fromMemory(bytes), "edge", "block size \(size)")
    }
  }

  /// A sheet whose compressed bytes were damaged, or whose checksum no longer matches, is
  /// a damaged workbook, whatever the block size and whether read on a second thread.
  func testDamagedSheetIsAnError() throws {
    let good = try Self.book().bytes()
    let marker = Array("xl/worksheets/sheet1.xml".utf8)
    // The sheet's local header: its name follows the 30 fixed bytes.
    guard
      let at = (0..<good.count - marker.count).first(where: {
        good[$0..<$0 + marker.count].elementsEqual(marker)
      })
    else { return XCTFail("no sheet part") }
    var flipped = good
    flipped[at + marker.count + 200] ^= 0x55
    // The checksum, in the local header (14 bytes in) and the central directory's entry
    // (16 bytes in; the name at 46), no longer that of the bytes.
    guard
      let central = (at + 1..<good.count - marker.count).first(where: {
        good[$0..<$0 + marker.count].elementsEqual(marker)
      })
    else { return XCTFail("no directory entry") }
    var summed = good
    summed[at - 30 + 14] ^= 1
    summed[central - 46 + 16] ^= 1
    for size in [16, 1 << 20] {
      XlsxBlockPipe.blockSize = size
      for (bad, what) in [(flipped, "flipped"), (summed, "checksum")] {
        XCTAssertThrowsError(try fromMemory(bad, "bad")) { error in
          XCTAssertEqual(
            (error as? LoadError)?.description,
            """
            bad.xlsx: error[E0703]: 'bad.xlsx' is not a readable workbook: the part \
            xl/worksheets/sheet1.xml cannot be read
              hint: open it in Excel or WPS and save it as an Excel workbook (.xlsx)
            """, "\(what), block size \(size)")
        }
      }
    }
  }

  /// An error in the first data row stops the read while the second thread is still
  /// inflating: it stops too, and the error is the one a small sheet gives.
  func testAnErrorStopsTheSecondThread() throws {
    try Data(try Self.book().bytes()).write(to: URL(fileURLWithPath: folder + "/edge.xlsx"))
    let schema = #"{"tables": {"edge": {"columns": {"学时": {"type": "integer"}}}}}"#
    try Data(schema.utf8).write(to: URL(fileURLWithPath: folder + "/schema.json"))
    for size in [5, 64, 1 << 20] {
      XlsxBlockPipe.blockSize = size
      XCTAssertEqual(
        LoadFixtures.error(.directory(folder))?.description
          .replacingOccurrences(of: folder, with: "$F"),
        """
        $F/edge.xlsx:花名册!E3: error[E0708]: value "1.5" in column 学时 is not an integer
          hint: correct the value, or change the type of 学时 in schema.json
        """, "block size \(size)")
    }
  }
}
