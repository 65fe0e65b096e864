import Foundation
import Lang
import XCTest

@testable import Engine

/// The values that loading office files gives: trimmed text, missing markers, total and
/// title rows left out, lock files skipped, and the errors for a data path that names
/// nothing. The load report's texts are in the bad-data corpus (`habits.txt`).
final class OfficeHabitTests: XCTestCase {
  fileprivate func load(_ files: [String: String]) throws -> Store {
    try Loader.load(
      .memory(
        name: "m",
        files: files.sorted { $0.key < $1.key }.map {
          DataFile(path: "m/" + $0.key, bytes: Array($0.value.utf8))
        }))
  }

  func testUnquotedSpacesAreTrimmedAndQuotedOnesKept() throws {
    let store = try load(["t.csv": "id,type\n1,micro \n2, micro\n3,\"micro \"\n4,\u{3000}\n"])
    let t = try store.must("t")
    XCTAssertEqual(t.cells("type"), ["micro", "micro", "micro ", nil])
    XCTAssertEqual(
      store.report.warnings.map(\.message),
      ["column type: 2 values had spaces at the start or end, which were removed"])
  }

  func testJSONStringsAreExact() throws {
    let store = try load(["t.jsonl": "{\"type\": \"micro \"}\n{\"type\": \"micro\"}\n"])
    XCTAssertEqual(try store.must("t").cells("type"), ["micro ", "micro"])
    XCTAssertEqual(store.report.warnings, [])
  }

  func testUsualMarkersKeepANumericColumnNumeric() throws {
    let store = try load(["t.csv": "id,hours\n1,2.5\n2,NULL\n3,n/a\n4,#N/A\n5,-\n6,无\n7, null \n"])
    let t = try store.must("t")
    XCTAssertEqual(t.column("hours")?.type, .decimal)
    XCTAssertEqual(t.cells("hours"), ["2.5", nil, nil, nil, nil, nil, nil])
    XCTAssertEqual(
      store.report.warnings.map(\.message),
      ["column hours: 6 cells read as missing (NULL, N/A, #N/A, -, 无), so the column stays decimal"]
    )
  }

  func testMarkersBeforeTextAreReadAgainAsText() throws {
    let store = try load(["t.csv": "id,teacher\n1,无\n2,-\n3,陈教授\n"])
    XCTAssertEqual(try store.must("t").cells("teacher"), ["无", "-", "陈教授"])
    XCTAssertEqual(store.report.warnings, [])
  }

  func testMarkersInTheSecondHalfOfALargeFile() throws {
    // Read in two halves at once: the markers in the second half are missing values.
    var csv = "id,hours\n"
    for i in 0..<200 { csv += "\(i),\(i % 7 == 0 ? "N/A" : "1.5")\n" }
    let bytes = Array(csv.utf8)
    let table = try bytes.withUnsafeBufferPointer { b in
      try DelimitedReader.read(
        b, delimiter: 0x2C, file: "t.csv", declared: { _ in nil }, halve: true, halveFrom: 64,
        release: { _ in })
    }
    XCTAssertEqual(table.rowCount, 200)
    XCTAssertEqual(table.builders[1].markerCount, 29)
    XCTAssertEqual(table.builders[1].state, .typed(.decimal))
  }

  func testSchemaMarkersApplyToTextAndReplaceTheUsualOnes() throws {
    let store = try load([
      "t.csv": "id,org,hours\n1,未填,2\n2,寿益坊,未填\n3,寿益坊,3\n",
      "schema.json": "{\"tables\": {\"t\": {\"missing\": [\"未填\"]}}}",
    ])
    let t = try store.must("t")
    XCTAssertEqual(t.cells("org"), [nil, "寿益坊", "寿益坊"])
    XCTAssertEqual(t.column("hours")?.type, .integer)
    XCTAssertEqual(store.report.warnings, [])
  }

  func testTotalRowIsLeftOutSoSumsAreNotDoubled() throws {
    let store = try load(["t.csv": "id,hours\n1,2\n2,3\n合计,5\n"])
    let t = try store.must("t")
    XCTAssertEqual(t.column("id")?.type, .integer)
    XCTAssertEqual(t.cells("hours"), ["2", "3"])
    var printed = ""
    let shell = StatementRunner(
      session: Session(store: store), out: { printed += $0 }, err: { printed += $0 })
    shell.format = .csv
    XCTAssertTrue(shell.run("sum hours of t"))
    XCTAssertEqual(printed, "sum\n5\n")
  }

  func testTotalRowIsKeptWhenTheSchemaSaysSo() throws {
    let store = try load([
      "t.csv": "id,hours\n1,2\n2,3\nTotal,5\n",
      "schema.json": "{\"tables\": {\"t\": {\"total\": \"keep\"}}}",
    ])
    XCTAssertEqual(try store.must("t").cells("id"), ["1", "2", "Total"])
  }

  func testTitleRowsAboveTheHeaderAreSkipped() throws {
    let store = try load(["t.csv": "康健街道党校培训记录,,\n\nid,title,date\n1,党课,2016-11-24\n"])
    let t = try store.must("t")
    XCTAssertEqual(t.columns.map(\.name), ["id", "title", "date"])
    XCTAssertEqual(t.cells("title"), ["党课"])
  }

  func testLockFilesGivenByNameAreSkippedWithANote() throws {
    let folder = NSTemporaryDirectory() + "dangke-lock-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("id\n1\n".utf8).write(to: URL(fileURLWithPath: folder + "/members.csv"))
    try Data([0, 1, 2]).write(to: URL(fileURLWithPath: folder + "/~$members.csv"))
    let store = try Loader.load(.files([folder + "/members.csv", folder + "/~$members.csv"]))
    XCTAssertEqual(store.tables.map(\.name), ["members"])
    XCTAssertEqual(
      store.report.warnings.map { $0.rendered(.en) },
      [
        folder + "/~$members.csv: warning[W1264]: skipped ~$members.csv: it is the lock file"
          + " Excel or WPS keeps while the file is open, not data"
      ])
  }

  func testAMissingFolderIsNotFoundWithTheNearestName() throws {
    let folder = NSTemporaryDirectory() + "dangke-near-\(getpid())"
    try FileManager.default.createDirectory(
      atPath: folder + "/kangjian", withIntermediateDirectories: true)
    try Data("id\n1\n".utf8).write(to: URL(fileURLWithPath: folder + "/sessions.csv"))
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let cases: [(DataSource, String)] = [
      (
        .files([folder + "/kangjain"]),
        "\(folder)/kangjain: error[E0401]: folder not found\n"
          + "  hint: did you mean '\(folder)/kangjian'?"
      ),
      (
        .directory(folder + "/kangjain/"),
        "\(folder)/kangjain/: error[E0401]: folder not found\n"
          + "  hint: did you mean '\(folder)/kangjian'?"
      ),
      (
        .files([folder + "/sesions.csv"]),
        "\(folder)/sesions.csv: error[E1260]: file not found\n"
          + "  hint: did you mean '\(folder)/sessions.csv'?"
      ),
      (
        .files([folder + "/nothing-like-it"]),
        "\(folder)/nothing-like-it: error[E0401]: folder not found\n"
          + "  hint: check the path; it should name a folder of .csv, .tsv, .jsonl, .json or"
          + " .xlsx files"
      ),
    ]
    for (source, expected) in cases {
      XCTAssertEqual(LoadFixtures.error(source)?.rendered(.en), expected)
    }
    XCTAssertEqual(
      LoadFixtures.error(.files([folder + "/sesions.csv"]))?.rendered(.zh),
      "\(folder)/sesions.csv: 错误[E1260]：找不到这个文件\n  提示：是不是“\(folder)/sessions.csv”？")
  }
}

extension OfficeHabitTests {
  func testALabelSharedByCodesMeansTheFirstCode() throws {
    let store = try load([
      "sessions.csv": "id,type\n1,micro\n2,mini\n3,mini\n",
      "schema.json":
        "{\"tables\": {\"sessions\": {\"columns\": {\"type\": {\"codes\": {\"mini\": \"微党课\","
        + " \"micro\": \"微党课\"}}}}}}",
    ])
    var printed = ""
    let shell = StatementRunner(
      session: Session(store: store), out: { printed += $0 }, err: { printed += $0 })
    shell.format = .csv
    for _ in 0..<5 { XCTAssertTrue(shell.run("count sessions where type = 微党课")) }
    XCTAssertEqual(printed, String(repeating: "count\n1\n", count: 5))
  }
}

extension OfficeHabitTests {
  func testAGBKFileValidAsUTF8IsReadAsGBK() throws {
    let gbk: [UInt8] = [
      0x69, 0x64, 0x2C, 0x6E, 0x61, 0x6D, 0x65, 0x0A,  // id,name
      0x31, 0x2C, 0xD6, 0xA3, 0xCE, 0xB0, 0x0A,  // 1,郑伟
      0x32, 0x2C, 0xD0, 0xBB, 0xC6, 0xBD, 0x0A,  // 2,谢平
    ]
    XCTAssertNotNil(String(validatingUTF8: gbk.map { CChar(bitPattern: $0) } + [0]))
    let store = try Loader.load(.memory(name: "m", files: [DataFile(path: "m/t.csv", bytes: gbk)]))
    XCTAssertEqual(try store.must("t").cells("name"), ["郑伟", "谢平"])
    XCTAssertEqual(store.report.encodings["m/t.csv"], "gb18030")
  }

  func testUTF8ChineseThatIsAlsoValidGB18030StaysUTF8() throws {
    // These bytes are valid GB18030 too (as 鍏氳, 绾夸笂), which reads far less like Chinese.
    let store = try load(["t.csv": "id,title,mode\n1,党课,线上\n2,讲座,线下\n"])
    XCTAssertEqual(try store.must("t").cells("title"), ["党课", "讲座"])
    XCTAssertEqual(store.report.encodings["m/t.csv"], "utf-8")
    XCTAssertEqual(store.report.warnings, [])
  }
}

extension OfficeHabitTests {
  func testTheReportPadsChineseColumnNamesByDisplayWidth() throws {
    let store = try load(["t.csv": "id,所在党组织,学时\n1,寿益坊,2\n"])
    let lines = store.reportText(.zh).split(separator: "\n").filter { $0.hasPrefix("  ") }
    XCTAssertEqual(
      lines,
      ["  id          integer", "  所在党组织  text", "  学时        integer"])
  }
}

extension OfficeHabitTests {
  /// A sheet with a title row, a total row and empty styled rows after it: the total row is
  /// left out though rows follow it, and a sheet read again as text (a mixed column) skips it
  /// too.
  func testATotalRowOfASheetBeforeEmptyRows() throws {
    var b = TestWorkbook()
    var rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>\(b.s("康健街道党校培训记录"))</v></c></row>"
    rows += "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>\(b.s("id"))</v></c>"
    rows +=
      "<c r=\"B2\" t=\"s\"><v>\(b.s("note"))</v></c><c r=\"C2\" t=\"s\"><v>\(b.s("hours"))</v></c></row>"
    rows +=
      "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\"><v>7</v></c><c r=\"C3\"><v>2</v></c></row>"
    rows += "<row r=\"4\"><c r=\"A4\"><v>2</v></c><c r=\"B4\" t=\"s\"><v>\(b.s("x"))</v></c>"
    rows += "<c r=\"C4\"><v>3</v></c></row>"
    rows += "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>\(b.s("总计"))</v></c><c r=\"C5\"><v>5</v></c></row>"
    rows += "<row r=\"6\"><c r=\"A6\" s=\"0\"/></row><row r=\"7\"/>"
    b.sheets = [.init(name: "统计", rows: rows)]
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/book.xlsx", bytes: try b.bytes())]))
    let t = try store.must("book")
    XCTAssertEqual(t.column("id")?.type, .integer)
    XCTAssertEqual(t.cells("note"), ["7", "x"])
    XCTAssertEqual(t.cells("hours"), ["2", "3"])
    XCTAssertEqual(
      store.report.warnings.map(\.message).filter { $0.contains("total") },
      [
        "row 5 is a total row (\"总计\"), left out; set \"total\": \"keep\" for table book in"
          + " schema.json to keep it"
      ])
  }
}
