import Engine
import Foundation
import Lang
import TestSupport
import XCTest

/// The report lines of the language issue on `dangke generate --scale district` data (a
/// million attendance rows): each answer against sqlite3's for the SQL Dangke writes for it
/// (whole periods, arithmetic, filtered measures, a let answer read as a table, 环比, 同比 and
/// 比重). One load serves every line: the data take most of the time.
final class DistrictReportTests: XCTestCase {
  /// Each line, and the number of rows its answer must have (nil: any number).
  static let lines: [(text: String, rows: Int?)] = [
    ("count sessions where type=micro and date in 2016 by month", 12),
    (
      "count sessions where type in (micro, open, demo, practice, review) and date in 2016 "
        + "by month having count = 0", nil
    ),
    ("avg 2016 - born of members", 1),
    ("sum(hours where session.mode = online) / sum hours of attendance by year(session.date)", 5),
    ("let per = sum hours of attendance by member, year(session.date)", nil),
    ("median sum of per by year", 5),
    ("count(where sum >= 32) / count of per by year", 5),
    ("count sessions where date between 2015-01-01 and 2016-12-31 by month with change", 24),
    ("count sessions where date between 2015-01-01 and 2016-12-31 by month with yoy", 24),
    ("sum hours of attendance by session.type with share", nil),
  ]

  func testTheReportLinesAgreeWithSQLite() throws {
    let folder = try ProcessRunner.temporaryDirectory("dangke-district-report")
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in Generator(scale: .district).files() {
      try Data(file.bytes).write(to: folder.appendingPathComponent(file.fileName))
    }
    let store = try Loader.load(.directory(folder.path))
    let database = try SQLiteDatabase(store: store, data: folder, in: folder)

    let session = Session(store: store)
    session.textOrder = .bytes
    for (text, rows) in Self.lines {
      if text.hasPrefix("let ") {
        _ = try session.run(Parser.parseStatement(text))
        continue
      }
      guard case .table(let answer, _) = try session.run(Parser.parseStatement(text)).outcome,
        case .text(let sql) = try session.run(Parser.parseStatement("sql " + text)).outcome
      else { return XCTFail(text) }
      if let rows { XCTAssertEqual(answer.rows.count, rows, text) }
      XCTAssertNil(AnswerComparison.difference(answer, try database.query(sql)), text)
    }
  }
}
