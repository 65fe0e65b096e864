import Engine
import Foundation
import Lang
import XCTest

/// Temporary files and a field-by-field store comparison for the snapshot tests.
enum SnapshotFixtures {
  /// A fresh path in a new temporary folder (removed by the caller's `defer`).
  static func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "dangke-snapshot-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// A small store with every column type, missing values, NaN, labels, codes, a reference
  /// with a dangling cell and load warnings with and without line and column.
  static func handMade() -> Store {
    var dictionary = StringDictionary()
    dictionary.append(utf8: Array("micro".utf8))
    dictionary.append(utf8: Array("微党课 open".utf8))
    let sessions = Table(
      name: "sessions", label: "党课",
      columns: [
        Column(name: "id", data: .integer([1, 2, ColumnData.missingInteger])),
        Column(name: "hours", data: .decimal([1.5, .nan, -0.0]), label: "学时"),
        Column(name: "online", data: .boolean([1, 0, ColumnData.missingBoolean])),
        Column(name: "date", data: .date([17_000, ColumnData.missingDate, -3])),
        Column(
          name: "type", data: .text(codes: [0, 1, ColumnData.missingCode], dictionary: dictionary),
          codeLabels: ["micro": "微党课", "open": "公开课"]),
        Column(
          name: "host", data: .integer([7, 9, ColumnData.missingInteger]),
          reference: Reference(table: "orgs", rows: [0, -1, -1], dangling: 1), sensitive: true),
      ],
      rowCount: 3, timeColumn: "date", displayColumn: nil, origin: "data/sessions.csv")
    let orgs = Table(
      name: "orgs", label: nil,
      columns: [Column(name: "id", data: .integer([7]))], rowCount: 1, timeColumn: nil,
      displayColumn: "id", origin: "data/orgs.csv")
    let report = LoadReport(
      warnings: [
        .init(
          file: "data/sessions.csv", line: 3, column: "host",
          Message(code: "W0401", en: "9 is no org id", zh: "9 不是机构的 id")),
        .init(file: "data/orgs.csv", Message(en: "no rows", zh: "没有数据行")),
      ],
      encodings: ["data/sessions.csv": "utf-8", "data/orgs.csv": "gb18030"])
    return Store(name: "手工 store", tables: [sessions, orgs], report: report)
  }

  /// A store whose arrays are large enough (over 64 KiB) to be read in parallel: every
  /// column type, a text column with a large dictionary and a reference.
  static func large(rows: Int) -> Store {
    var dictionary = StringDictionary()
    for i in 0..<rows / 2 { dictionary.append(utf8: Array("名字\(i)".utf8)) }
    let n = Int32(rows)
    let table = Table(
      name: "big",
      columns: [
        Column(name: "id", data: .integer((0..<Int64(rows)).map { $0 * 3 })),
        Column(name: "hours", data: .decimal((0..<rows).map { Double($0) / 2 })),
        Column(name: "flag", data: .boolean((0..<rows).map { UInt8($0 % 2) })),
        Column(name: "day", data: .date((0..<n).map { $0 - 5 })),
        Column(
          name: "name",
          data: .text(
            codes: (0..<UInt32(rows)).map { $0 % UInt32(rows / 2) }, dictionary: dictionary)),
        Column(
          name: "parent", data: .integer((0..<Int64(rows)).map { $0 / 2 }),
          reference: Reference(table: "big", rows: (0..<n).map { $0 / 2 }, dangling: 0)),
      ],
      rowCount: rows, origin: "big.csv")
    return Store(name: "large", tables: [table], report: LoadReport())
  }

  /// Fails unless `a` and `b` hold the same tables, columns, values and report.
  static func assertSame(
    _ a: Store, _ b: Store, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(a.name, b.name, file: file, line: line)
    XCTAssertEqual(a.report.warnings, b.report.warnings, file: file, line: line)
    XCTAssertEqual(a.report.encodings, b.report.encodings, file: file, line: line)
    XCTAssertEqual(a.tables.map(\.name), b.tables.map(\.name), file: file, line: line)
    for (s, t) in zip(a.tables, b.tables) {
      let facts = { (t: Table) in
        [t.label, t.timeColumn, t.displayColumn, t.origin, "\(t.rowCount)"]
      }
      XCTAssertEqual(facts(s), facts(t), s.name, file: file, line: line)
      XCTAssertEqual(s.columns.map(\.name), t.columns.map(\.name), s.name, file: file, line: line)
      for (c, d) in zip(s.columns, t.columns) {
        let place = "\(s.name).\(c.name)"
        XCTAssertEqual(c.label, d.label, place, file: file, line: line)
        XCTAssertEqual(c.codeLabels, d.codeLabels, place, file: file, line: line)
        XCTAssertEqual(c.sensitive, d.sensitive, place, file: file, line: line)
        XCTAssertEqual(c.reference?.table, d.reference?.table, place, file: file, line: line)
        XCTAssertEqual(c.reference?.rows, d.reference?.rows, place, file: file, line: line)
        XCTAssertEqual(c.reference?.dangling, d.reference?.dangling, place, file: file, line: line)
        XCTAssertTrue(sameData(c.data, d.data), place, file: file, line: line)
      }
    }
  }

  /// Same case and same values, decimals compared by bit pattern (so NaN matches NaN).
  static func sameData(_ a: ColumnData, _ b: ColumnData) -> Bool {
    switch (a, b) {
    case (.integer(let x), .integer(let y)): x == y
    case (.decimal(let x), .decimal(let y)): x.map(\.bitPattern) == y.map(\.bitPattern)
    case (.boolean(let x), .boolean(let y)): x == y
    case (.date(let x), .date(let y)): x == y
    case (.text(let x, let dx), .text(let y, let dy)):
      x == y && dx.bytes == dy.bytes && dx.offsets == dy.offsets
    default: false
    }
  }
}
