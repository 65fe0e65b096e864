import Engine
import Lang
import XCTest

@testable import dangke

/// Value counts after `where … and col=<Tab>` count the rows the conditions typed so far
/// select (parsed by Lang, evaluated by the engine), and fall back to the plain counts with a
/// note when the conditions take longer than the budget.
final class WhereCompletionTests: XCTestCase {
  private func completer(budget: Duration = .seconds(5), pending: String = "") -> Completer {
    let session = Session(store: CompletionTests.store)
    var context = StoreCompletionContext(store: session.storeWithLets, lets: [:])
    context.session = session
    context.budget = budget
    return Completer(context: context, pending: pending)
  }

  private func shown(_ completer: Completer, _ line: String) -> [String] {
    completer.complete(line: line, cursor: line.utf8.count).candidates.map(\.display)
  }

  func testTheIssuesCaseCountsUnderTheConditionTypedSoFar() {
    // count sessions where type=微党课 by mode: offline 27, online 5.
    XCTAssertEqual(
      shown(completer(), "count sessions where type=微党课 and mode="),
      ["线下 (27)", "offline (27)", "线上 (5)", "online (5)"])
    // Without a condition before it: every session (offline 458, online 27).
    XCTAssertEqual(
      shown(completer(), "count sessions where mode="),
      ["线下 (458)", "offline (458)", "线上 (27)", "online (27)"])
  }

  func testSeveralConditionsChineseKeywordsAndEarlierLines() {
    XCTAssertEqual(
      shown(completer(), "统计 党课 其中 课型=微党课 且 课堂=流动课堂 且 形式="),
      ["线下 (18)", "offline (18)"])
    let continued = completer(pending: "count sessions\n  where type=微党课")
    XCTAssertEqual(
      shown(continued, "  and venue=mobile and mode=o"), ["offline (18)"])
  }

  func testAReferencePathCountsTheStartingTablesRows() {
    XCTAssertEqual(
      shown(completer(), "count attendance where member.category=retired and session.type="),
      [
        "专题讲座 (1895)", "lecture (1895)", "集中培训 (1041)", "training (1041)", "示范课 (126)",
        "demo (126)", "微党课 (78)", "micro (78)", "公开课 (64)", "open (64)", "讲评课 (52)",
        "review (52)", "实践课 (29)", "practice (29)",
      ])
  }

  func testAnOrOrAnOpenParenthesisCountsEveryRow() {
    let plain = ["线下 (458)", "offline (458)", "线上 (27)", "online (27)"]
    XCTAssertEqual(shown(completer(), "count sessions where type=micro or mode="), plain)
    XCTAssertEqual(
      shown(completer(), "count sessions where type=micro or type=demo and mode="), plain)
    XCTAssertEqual(shown(completer(), "count sessions where (type=micro and mode="), plain)
  }

  func testTooSlowFallsBackToThePlainCountsWithANote() throws {
    let slow = completer(budget: .zero)
    let line = "count sessions where type=微党课 and mode="
    let completion = slow.complete(line: line, cursor: line.utf8.count)
    XCTAssertEqual(
      completion.candidates.map(\.display),
      ["线下 (458)", "offline (458)", "线上 (27)", "online (27)"])
    let note = try XCTUnwrap(completion.note)
    XCTAssertEqual(
      note.en, "(counts over all sessions rows: the conditions before took longer than 100 ms)")
    XCTAssertEqual(note.zh, "（按全部 sessions 行计数：前面的条件 100 毫秒内没有算完）")
    // The note belongs to that list only.
    XCTAssertNil(slow.complete(line: "count sess", cursor: 10).note)
  }
}
