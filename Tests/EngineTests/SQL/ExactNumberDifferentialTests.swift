import Engine
import Foundation
import Lang
import TestSupport
import XCTest

/// The ID-card and bank-card numbers of Fixtures/exact (18 and 19 digits, above 2^53) against
/// sqlite3, which holds them as 64-bit integers: every comparison, order, group, minimum,
/// maximum and sum must agree digit for digit with the SQL Dangke writes.
final class ExactNumberDifferentialTests: XCTestCase {
  /// Each line and the rows its answer must have.
  static let lines: [(text: String, rows: Int)] = [
    ("count persons where idcard = 310104198001011235", 1),
    ("list name, idcard of persons where idcard > 310104198001011238 order by idcard desc", 3),
    ("list name, card of persons where card in (6222021234567890123, 6222021234567890120)", 2),
    ("list card of persons where card not in (6222021234567890123) order by card", 8),
    ("list card of persons where card between 6222021234567890121 and 6222021234567890124", 4),
    ("min idcard, max idcard, min card, max card of persons", 1),
    ("count distinct card of persons", 1),
    ("count persons where id <= 4 by idcard", 4),
    ("list idcard - 310104198001011230, card - 6222021234567890000 of persons where id < 4", 3),
    ("sum idcard of persons where id <= 2", 1),
    ("let cards = list name, card of persons where id <= 3", 0),
    ("list name of cards where card = 6222021234567890124", 1),
  ]

  func testLongWholeNumbersAgreeWithSQLite() throws {
    let source = ExactNumberTests.folder
    let folder = try ProcessRunner.temporaryDirectory("dangke-exact-numbers")
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["persons.csv", "visits.csv"] {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
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
      XCTAssertEqual(answer.rows.count, rows, text)
      XCTAssertNil(AnswerComparison.difference(answer, try database.query(sql)), text)
    }
  }
}
