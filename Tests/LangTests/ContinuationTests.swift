import Lang
import XCTest

/// `Continuation.needsMore`: unfinished input asks for another line; complete or wrong input does not.
final class ContinuationTests: XCTestCase {
  func testUnfinishedInputNeedsMore() {
    let unfinished = [
      "count sessions where (type = micro",
      "count members where name ~ \"王",
      "count members where name ~ '王 and",
      "count sessions \\",
      "count sessions \\   ",
      "count sessions where",
      "count sessions where type = micro and",
      "count sessions where type = micro or",
      "count sessions by",
      "count sessions by month,",
      "sum hours of",
      "count sessions where type =",
      "count sessions where type in",
      "count sessions where type in (micro,",
      "count sessions where date between 2016-01-01 and",
      "count sessions order",
      "let recent =",
      "show",
      "count sessions where\n",
      "count sessions\ncount members where",
    ]
    for text in unfinished {
      XCTAssertTrue(Continuation.needsMore(text), text)
    }
  }

  func testCompleteInputDoesNot() {
    let complete = [
      "", "   ", "# just a comment", "count sessions", "count sessions\n", "show tables",
      "count sessions where type = micro by month", "count members where name ~ \"王\"",
      "count sessions where (type = micro)", "count sessions; count members",
    ]
    for text in complete {
      XCTAssertFalse(Continuation.needsMore(text), text)
    }
  }

  func testWrongInputDoesNotWaitForMore() {
    let wrong = [
      "cuont sessions where", "count sessions wehre", "count sessions where type == micro and",
      "cuont \"abc", "count sessions where type = micro)", "count sessions by;",
      "cuont x\ncount members where", "count sessions \\ by",
    ]
    for text in wrong {
      XCTAssertFalse(Continuation.needsMore(text), text)
    }
  }

  /// Lines the REPL joins with "\n" parse as one statement.
  func testJoinedContinuationLinesParseAsOneStatement() {
    let joined = "count sessions where\ntype = micro and\ndate in 2016 by\nmonth"
    XCTAssertFalse(Continuation.needsMore(joined))
    let statements = parseOK(joined)
    XCTAssertEqual(
      statements.map { Printer.print($0) },
      [
        "count sessions where type = micro and date in 2016 by month"
      ])
  }
}
