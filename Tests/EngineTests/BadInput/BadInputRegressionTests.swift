import Engine
import Foundation
import Lang
import XCTest

/// Bugs that fuzzing and the bad-input corpus found: each input here once crashed or gave a
/// wrong answer.
///
/// A test added before its engine, lang or loader fix lands starts with `knownBug(N, what)`
/// and is skipped; `DANGKE_RUN_KNOWN_BUGS=1` runs it anyway (one that crashes kills the test
/// process). Remove the `knownBug` line when the bug is fixed.
final class BadInputRegressionTests: XCTestCase {
  /// Skips the test while bug `number` is open, unless DANGKE_RUN_KNOWN_BUGS=1.
  private func knownBug(_ number: Int, _ what: String) throws {
    try XCTSkipUnless(
      ProcessInfo.processInfo.environment["DANGKE_RUN_KNOWN_BUGS"] == "1",
      "known bug \(number): \(what)")
  }

  /// fuzz-json: a high surrogate followed by a `\u` escape that is not a low surrogate
  /// overflowed an addition in the JSON reader (a trap).
  func testHighSurrogateBeforeNonLowEscapeDoesNotTrap() throws {
    for name in ["t.jsonl", "t.json"] {
      let line = #"{"id": 1, "note": "\ud82d\ube00"}"#
      let text = name.hasSuffix(".json") ? "[" + line + "]" : line + "\n"
      let file = DataFile(path: name, bytes: Array(text.utf8))
      do {
        let store = try Loader.load(.memory(name: "t", files: [file]))
        XCTAssertEqual(store.tables.first?.rowCount, 1)
      } catch {
        XCTAssertEqual(error.file, name)
        XCTAssertEqual(error.line, 1)
      }
    }
  }

  /// fuzz-parser: a year below 1000 printed without its leading zeros, so the canonical
  /// printer's text did not parse back.
  func testYearBelowThousandRoundTrips() throws {
    for text in [
      "list members where no (attendance where session.date in 0576)",
      "count sessions where date = 0576-01-02", "count sessions where date in 0576-03",
    ] {
      let statement = try Parser.parseStatement(text)
      let printed = Printer.print(statement)
      let again = Parser.parse(printed)
      XCTAssertEqual(again.diagnostics, [], printed)
      XCTAssertEqual(again.statements.map { $0.withoutSpans() }, [statement.withoutSpans()])
    }
  }

  /// A flat chain of 10,000 `or` terms overflowed the stack of the condition planner.
  func testLongOrChainDoesNotOverflow() throws {
    let query =
      "count sessions where "
      + Array(repeating: "type = micro", count: 10_000).joined(
        separator: " or ")
    let text = BigInputTests.answer(query)
    XCTAssertTrue(
      text == "count\n-----\n   32\n(1 row)\n" || text.hasPrefix("error["),
      String(text.prefix(200)))
  }

  /// An `in` list of 10,000 values overflowed the stack of the mask evaluator.
  func testLongInListDoesNotOverflow() throws {
    let values = (1...10_000).map(String.init).joined(separator: ", ")
    let text = BigInputTests.answer("count members where id in (\(values))")
    XCTAssertTrue(
      text.hasPrefix("count\n-----\n") || text.hasPrefix("error["), String(text.prefix(200)))
  }

  /// Text compared with a number ran silently, where every other mismatch is an error.
  func testTextComparedWithNumberIsAnError() throws {
    let text = Sample.diagnostics("count sessions where title > 5")
    XCTAssertTrue(
      text.hasPrefix(
        "error[E0330]: cannot compare 'title' (text) with number 5\n --> line 1, column 22"),
      text)
  }

  /// fuzz-parser: a quarter number too big for an Int was force-unwrapped in the lexer.
  func testHugeQuarterIsAnError() throws {
    let text = Sample.diagnostics("count sessions where date in 2016-Q99999999999999999999")
    XCTAssertTrue(text.hasPrefix("error[E0111]: invalid quarter\n --> line 1, column 30"), text)
  }

  /// fuzz-parser: `-016` has four characters, so it was taken for a year (-16) after `in`.
  func testNegativeYearIsNotAPeriod() throws {
    let text = Sample.diagnostics("count sessions where date in -016")
    XCTAssertTrue(
      text.hasPrefix(
        "error[E0202]: expected a period or '(' after 'in', found '-016'\n --> line 1, column 30"),
      text)
  }
}
