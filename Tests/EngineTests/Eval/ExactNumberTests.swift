import Foundation
import Lang
import TestSupport
import XCTest

@testable import Engine

/// Whole numbers beyond 2^53 (18-digit ID-card numbers, 19-digit bank cards) compared, sorted,
/// grouped, min/maxed and shown as whole numbers; sums and averages of decimals that come out
/// as the decimals they are (issue 17, "Wrong answers"). Data: Fixtures/exact.
final class ExactNumberTests: XCTestCase {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/exact")
  }

  static let store: Result<Store, Error> = Result { try Loader.load(.directory(folder.path)) }

  private func session() throws -> Session { Session(store: try Self.store.get()) }

  /// `idcard` and `card` look like ID-card and bank-card numbers, so they load as personal
  /// data and print masked; these tests are about their digits, so they print revealed
  /// (`--reveal`). `testTheLongNumbersArePersonalData` checks the masking.
  private static let revealed = {
    var o = RenderOptions()
    o.reveal = true
    return o
  }()

  /// The answer's cells as csv prints them, one line a row (the header first).
  private func csv(_ query: String, _ session: Session? = nil) throws -> [String] {
    let s = try session ?? self.session()
    guard case .table(let t, _) = try s.run(Parser.parseStatement(query)).outcome else {
      XCTFail("no answer for \(query)")
      return []
    }
    let text = renderer(for: .csv, options: Self.revealed).render(t)
    return text.split(separator: "\n").map(String.init)
  }

  private func error(_ query: String) throws -> String {
    do {
      _ = try session().run(Parser.parseStatement(query))
    } catch let d as Diagnostic {
      return DiagnosticRenderer(text: query, language: .en).render(d)
    }
    XCTFail("\(query) gave an answer")
    return ""
  }

  // MARK: whole numbers beyond 2^53

  func testAnIdCardNumberIsFoundOnce() throws {
    // The reproduction: as doubles, …1233 to …1241 are all one number (9 rows).
    XCTAssertEqual(
      try csv("count persons where idcard = 310104198001011235"), ["count", "1"])
    XCTAssertEqual(
      try csv("count persons where idcard != 310104198001011235"), ["count", "8"])
    XCTAssertEqual(
      try csv("count persons where idcard > 310104198001011239"), ["count", "2"])
  }

  func testBankCardsInAListAndBetween() throws {
    XCTAssertEqual(
      try csv("list name of persons where card in (6222021234567890123, 6222021234567890120)"),
      ["name", "张三", "周九"])
    XCTAssertEqual(
      try csv("count persons where card not in (6222021234567890123, 6222021234567890120)"),
      ["count", "7"])
    XCTAssertEqual(
      try csv(
        "list card of persons where card between 6222021234567890121 and 6222021234567890122"),
      ["card", "6222021234567890122", "6222021234567890121"])
  }

  func testIdsDifferingInTheLastDigitSortInOrder() throws {
    XCTAssertEqual(
      try csv("list idcard of persons where id <= 4 order by idcard"),
      [
        "idcard", "310104198001011233", "310104198001011234", "310104198001011235",
        "310104198001011236",
      ])
    XCTAssertEqual(
      try csv("list card of persons where id in (1, 2, 7) order by card desc"),
      ["card", "6222021234567890124", "6222021234567890123", "6222021234567890120"])
  }

  func testMinMaxDistinctAndGroupsOfLongNumbers() throws {
    XCTAssertEqual(
      try csv("min idcard, max idcard, min card, max card of persons"),
      [
        "min_idcard,max_idcard,min_card,max_card",
        "310104198001011233,310104198001011241,6222021234567890120,6222021234567890128",
      ])
    XCTAssertEqual(try csv("count distinct idcard of persons"), ["count", "9"])
    XCTAssertEqual(
      try csv("count persons where id <= 3 by idcard"),
      ["idcard,count", "310104198001011234,1", "310104198001011235,1", "310104198001011236,1"])
    XCTAssertEqual(
      try csv("count persons by card having count > 0 order by card top 2"),
      ["card,count", "6222021234567890120,1", "6222021234567890121,1"])
  }

  func testAMedianOfLongNumbersIsRefusedNotRounded() throws {
    // A median is a decimal: of 18- and 19-digit numbers it would show a number not in the data.
    XCTAssertEqual(
      try error("median idcard of persons"),
      """
      error[E1283]: a median of whole numbers longer than 16 digits cannot be exact
       --> line 1, column 1
        |
      1 | median idcard of persons
        | ^^^^^^^^^^^^^^^^^^^^^^^^
      """)
    XCTAssertTrue(
      try error("median card of persons where id <= 3 by name").hasPrefix("error[E1283]"))
    XCTAssertEqual(try csv("median id of persons"), ["median", "5.5"], "short numbers still")
  }

  func testArithmeticOnLongNumbersStaysWhole() throws {
    XCTAssertEqual(
      try csv("list idcard + 1, idcard - 310104198001011230 of persons where id <= 2"),
      ["idcard,idcard", "310104198001011236,5", "310104198001011235,4"])
    XCTAssertEqual(
      try error("list card * 10 of persons"),
      """
      error[E1281]: arithmetic on whole numbers gives a value beyond 9223372036854775807
       --> line 1, column 1
        |
      1 | list card * 10 of persons
        | ^^^^^^^^^^^^^^^^^^^^^^^^^
      """)
  }

  func testALetAnswerKeepsTheDigits() throws {
    let s = try session()
    _ = try s.run(Parser.parseStatement("let cards = list name, card of persons where id <= 3"))
    XCTAssertEqual(
      try csv("list name of cards where card = 6222021234567890124", s), ["name", "李四"])
    XCTAssertEqual(try csv("max card of cards", s), ["max", "6222021234567890125"])
  }

  func testSQLWritesTheDigits() throws {
    guard
      case .text(let sql) = try session().run(
        Parser.parseStatement("sql count persons where idcard in (310104198001011235, 1.5)")
      ).outcome
    else { return XCTFail("no SQL") }
    XCTAssertTrue(sql.contains("IN (1.5, 310104198001011235)"), sql)
  }

  func testPostgreSQLIsGivenTheDigits() throws {
    let session = try session()
    guard
      case .query(let query) = try Parser.parseStatement(
        "count persons where card in (6222021234567890123, 6222021234567890120)"
          + " or idcard = 310104198001011235"
      ).kind
    else { return XCTFail("not a query") }
    var warnings: [Diagnostic] = []
    let plan = try session.planner.plan(query, warnings: &warnings)
    let statement = try SQLGenerator(store: session.sqlStore, dialect: .postgres).statement(plan)
    XCTAssertEqual(
      statement.parameters, ["6222021234567890120", "6222021234567890123", "310104198001011235"])
    XCTAssertTrue(
      statement.text.contains("IN (CAST($1 AS bigint), CAST($2 AS bigint))"), statement.text)
  }

  func testRenderersPrintEveryDigit() throws {
    let s = try session()
    guard
      case .table(let t, _) = try s.run(
        Parser.parseStatement("list idcard, card of persons where id = 1")
      ).outcome
    else { return XCTFail("no answer") }
    XCTAssertEqual(
      renderer(for: .json, options: Self.revealed).render(t),
      "[\n{\"idcard\":310104198001011235,\"card\":6222021234567890123}\n]\n")
    XCTAssertEqual(
      renderer(for: .table, options: Self.revealed).render(t),
      """
                  idcard                 card
      ------------------  -------------------
      310104198001011235  6222021234567890123
      (1 row)

      """)
  }

  func testTheLongNumbersArePersonalData() throws {
    let s = try session()
    guard
      case .table(let t, _) = try s.run(
        Parser.parseStatement("list idcard, card of persons where id = 1")
      ).outcome
    else { return XCTFail("no answer") }
    XCTAssertEqual(
      renderer(for: .csv, options: RenderOptions()).render(t),
      "idcard,card\n310****1235,622****0123\n")
  }

  func testADecimalOfMoreThan15DigitsIsRefused() throws {
    XCTAssertEqual(
      try error("count persons where idcard > 310104198001011239.5"),
      """
      error[E1282]: the decimal 310104198001011239.5 has more than 15 significant digits and cannot be held exactly
       --> line 1, column 30
        |
      1 | count persons where idcard > 310104198001011239.5
        |                              ^^^^^^^^^^^^^^^^^^^^ decimals are exact to 15 significant digits
      """)
  }

  // MARK: sums and averages of decimals

  func testTenTimesATenthIsOne() throws {
    // The reproduction: added as doubles, ten 0.1 are 0.9999999999999999.
    XCTAssertEqual(try csv("sum hours of persons"), ["sum", "1"])
    XCTAssertEqual(try csv("avg hours of persons"), ["avg", "0.1"])
  }

  func testSumsAndAveragesOfAFewDecimals() throws {
    XCTAssertEqual(try csv("sum fee of persons where id in (1, 2)"), ["sum", "0.3"])
    XCTAssertEqual(try csv("avg fee of persons where id <= 3"), ["avg", "0.2"])
    XCTAssertEqual(try csv("sum fee, avg fee of persons"), ["sum,avg", "8.5,0.85"])
    // An average that is no short decimal keeps its digits.
    XCTAssertEqual(
      try csv("avg fee of persons where id in (1, 2, 7)"), ["avg", "0.3333333333333333"])
  }

  func testSumsByGroupAndOfRelatedRows() throws {
    XCTAssertEqual(
      try csv("sum hours of visits by person"),
      ["person,person.name,sum", "1,张三,0.3", "2,李四,0.1", "3,王五,1"])
    XCTAssertEqual(
      try csv("list name, sum(visits.hours) of persons where id <= 3"),
      ["name,sum_visits_hours", "张三,0.3", "李四,0.1", "王五,1"])
    XCTAssertEqual(try csv("median fee of persons where id in (1, 2)"), ["median", "0.15"])
  }

  func testSnappingKeepsResultsThatAreNotShortDecimals() {
    XCTAssertEqual(DecimalSum.snapped(0.1 + 0.2), 0.3)
    XCTAssertEqual(DecimalSum.snapped(0.9999999999999999), 1)
    XCTAssertEqual(DecimalSum.snapped(1.0 / 3), 1.0 / 3)
    XCTAssertEqual(DecimalSum.snapped(-0.30000000000000004), -0.3)
    XCTAssertEqual(DecimalSum.snapped(123456.78900000001), 123456.789)
    XCTAssertEqual(DecimalSum.snapped(1e-300), 1e-300)
  }
}
