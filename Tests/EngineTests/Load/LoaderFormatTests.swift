import XCTest

@testable import Engine

final class LoaderFormatTests: XCTestCase {
  func testCSVPerRFC4180WithBOMAndCRLF() throws {
    let store = try Loader.load(.files([LoadFixtures.path("formats/notes.csv")]))
    let notes = try store.must("notes")
    XCTAssertEqual(notes.rowCount, 4)
    XCTAssertEqual(notes.columns.map(\.name), ["id", "title", "body", "hours"])
    XCTAssertEqual(notes.cells("title"), ["微党课, 第一讲", "公开课", nil, "示范课"])
    XCTAssertEqual(
      notes.cells("body"), ["He said \"learn\".", "line one\r\nline two", "plain", "a\nb\nc"])
    XCTAssertEqual(notes.column("hours")?.type, .decimal)
    XCTAssertEqual(notes.cells("hours"), ["1.5", "2", nil, "0.5"])
    XCTAssertEqual(store.report.encodings[LoadFixtures.path("formats/notes.csv")], "utf-8")
  }

  func testTSV() throws {
    let store = try Loader.load(.files([LoadFixtures.path("formats/scores.tsv")]))
    let scores = try store.must("scores")
    XCTAssertEqual(scores.column("member")?.type, .integer)
    XCTAssertEqual(scores.column("score")?.type, .integer)
    XCTAssertEqual(scores.cells("score"), ["5", nil, "3"])
    XCTAssertEqual(scores.column("passed")?.type, .boolean)
    XCTAssertEqual(scores.cells("passed"), ["true", "false", "true"])
  }

  func testJSONLines() throws {
    let store = try Loader.load(.files([LoadFixtures.path("formats/events.jsonl")]))
    let events = try store.must("events")
    XCTAssertEqual(events.rowCount, 3)
    XCTAssertEqual(events.columns.map(\.name), ["id", "kind", "when", "ok", "note", "extra"])
    XCTAssertEqual(events.column("id")?.type, .integer)
    XCTAssertEqual(events.cells("id"), ["1", "2", "3"])
    XCTAssertEqual(events.column("when")?.type, .date)
    XCTAssertEqual(events.cells("when"), ["2016-11-24", "2016-01-05", "2016-03-08"])
    XCTAssertEqual(events.cells("ok"), ["true", "false", nil])
    XCTAssertEqual(events.cells("note"), ["tab\there", nil, "党课 😀"])
    XCTAssertEqual(events.column("extra")?.type, .decimal)
    XCTAssertEqual(events.cells("extra"), [nil, "2.5", nil])
  }

  func testJSONArray() throws {
    let store = try Loader.load(.files([LoadFixtures.path("formats/items.json")]))
    let items = try store.must("items")
    XCTAssertEqual(items.rowCount, 2)
    XCTAssertEqual(items.cells("name"), ["党校", "课堂"])
    XCTAssertEqual(items.column("price")?.type, .decimal)
    XCTAssertEqual(items.cells("price"), ["1.25", "3"])
  }

  func testGB18030FilesWithMixedDateFormats() throws {
    let store = try LoadFixtures.load("gb18030-mixed-dates")
    let sessions = try store.must("sessions")
    XCTAssertEqual(store.report.encodings[sessions.origin], "gb18030")
    XCTAssertEqual(sessions.column("date")?.type, .date)
    XCTAssertEqual(
      sessions.cells("date"),
      ["2016-11-24", "2016-11-25", "2016-12-01", "2016-12-08", "2016-01-05"])
    XCTAssertEqual(sessions.cells("title")[2], "示范课：讲好党课")
    XCTAssertEqual(sessions.cells("venue"), ["固定课堂", "流动课堂", "固定课堂", "流动课堂", "固定课堂"])
    let orgs = try store.must("orgs")
    XCTAssertEqual(orgs.cells("name")[0], "寿益坊居民区党总支")
    XCTAssertEqual(sessions.column("host")?.reference?.table, "orgs")
    XCTAssertEqual(store.report.warnings, [])
  }

  func testEncodingDeclaredInSchema() throws {
    let orgs = try [UInt8](
      Data(contentsOf: URL(fileURLWithPath: LoadFixtures.path("gb18030-mixed-dates/orgs.csv"))))
    let schema = Array(#"{"encoding": "gbk", "tables": {}}"#.utf8)
    let store = try Loader.load(
      .memory(
        name: "mem",
        files: [
          DataFile(path: "<mem>/orgs.csv", bytes: orgs),
          DataFile(path: "<mem>/schema.json", bytes: schema),
        ]))
    XCTAssertEqual(store.report.encodings["<mem>/orgs.csv"], "gb18030")
    XCTAssertEqual(try store.must("orgs").cells("secretary")[1], "李秀英")
    // Declared UTF-8, the same bytes are an error.
    let utf8 = Array(#"{"encoding": "utf-8", "tables": {}}"#.utf8)
    let error = LoadFixtures.error(
      .memory(
        name: "mem",
        files: [
          DataFile(path: "<mem>/orgs.csv", bytes: orgs),
          DataFile(path: "<mem>/schema.json", bytes: utf8),
        ]))
    XCTAssertEqual(error?.file, "<mem>/orgs.csv")
    XCTAssertEqual(error?.line, 2)
    XCTAssertEqual(
      error?.message, "invalid byte sequence (byte 0xCA): not valid UTF-8")
  }

  func testMemorySourceAndStoreName() throws {
    let store = try Loader.load(
      .memory(
        name: "样例",
        files: [
          DataFile(path: "<sample>/orgs.csv", bytes: Array("id,name\n1,甲\n2,乙\n".utf8)),
          DataFile(path: "<sample>/README.md", bytes: Array("not data".utf8)),
        ]))
    XCTAssertEqual(store.name, "样例")
    XCTAssertEqual(store.tables.map(\.name), ["orgs"])
    XCTAssertEqual(try store.must("orgs").origin, "<sample>/orgs.csv")
  }

  func testTextDictionaryIsInByteOrder() throws {
    let csv = "name\n乙\nb\n甲\na\nb\n\nA\n"
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/t.csv", bytes: Array(csv.utf8))]))
    let column = try XCTUnwrap(store.table("t")?.column("name"))
    guard case .text(let codes, let dictionary) = column.data else {
      return XCTFail("not text")
    }
    XCTAssertEqual(
      dictionary.strings,
      ["A", "a", "b", "甲", "乙"].sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    XCTAssertEqual(
      codes.map { $0 == ColumnData.missingCode ? "-" : dictionary.string($0) },
      ["乙", "b", "甲", "a", "b", "A"])
    // A blank line, even in a one-column file, is skipped with a warning.
    XCTAssertEqual(
      store.report.warnings.map(\.message), ["skipped 1 blank line (first on line 7)"])
  }

  func testUTF16WithByteOrderMark() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "id\tname\r\n1\t党课\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/t.tsv", bytes: bytes)]))
    XCTAssertEqual(store.report.encodings["m/t.tsv"], "utf-16")
    XCTAssertEqual(store.table("t")?.cells("name"), ["党课"])
    XCTAssertEqual(store.table("t")?.columns.map(\.name), ["id", "name"])
  }
}
