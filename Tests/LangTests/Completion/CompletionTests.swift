import Lang
import XCTest

/// Completion on lines with the cursor marked by `|`.
final class CompletionTests: XCTestCase {
  let context = FakeContext()

  /// Completes `marked` (the cursor is where `|` stands).
  func complete(_ marked: String, file: StaticString = #filePath, line: UInt = #line)
    -> CompletionResult
  {
    context.complete(marked, file: file, line: line)
  }

  func texts(_ marked: String) -> [String] { complete(marked).texts }

  func testStartOfLineOffersStatementKeywords() {
    XCTAssertEqual(
      texts("|"),
      [
        "count", "sum", "avg", "min", "max", "median", "stddev", "rate", "list", "let", "show",
        "describe", "sql",
      ])
    XCTAssertEqual(texts("cou|"), ["count"])
    XCTAssertEqual(texts("d|"), ["describe"])
    XCTAssertEqual(texts("count sessions; s|"), ["sum", "stddev", "show", "sql"])
  }

  func testPartialWordIsReplaced() {
    let result = complete("count ses|")
    XCTAssertEqual(result.texts, ["sessions"])
    XCTAssertEqual(result.replaced, Span(6, 9))
    XCTAssertEqual(complete("count |").replaced, Span.at(6))
  }

  func testAfterCountOffersTables() {
    XCTAssertEqual(
      texts("count |"),
      ["attendance", "bases", "experts", "members", "orgs", "sessions", "recent", "distinct"])
    XCTAssertEqual(texts("describe m|"), ["members"])
    XCTAssertEqual(texts("sum hours of a|"), ["attendance"])
    XCTAssertEqual(texts("show |"), ["tables"])
  }

  func testMeasuresNamedFilteredAndComputed() {
    let metrics = ["count", "sum", "avg", "min", "max", "median", "stddev", "rate"]
    XCTAssertEqual(texts("lessons = |"), metrics)
    XCTAssertEqual(texts("lessons = count, micro = |"), metrics)
    XCTAssertEqual(texts("lessons = c|"), ["count"])
    XCTAssertEqual(texts("count(|").last, "where")
    XCTAssertEqual(texts("count, sum(|").last, "where")
    XCTAssertEqual(texts("count(w|"), ["where"])
    XCTAssertEqual(texts("count sessions where count(|"), ["attendance", "recent"])
    XCTAssertEqual(texts("sum hours * h|"), ["hours", "host"])
  }

  func testAfterATableOffersClauses() {
    XCTAssertEqual(
      texts("count sessions |"),
      ["where", "by", "across", "with", "having", "order", "limit", "top", "as"])
    XCTAssertEqual(texts("count sessions w|"), ["where", "with"])
    XCTAssertEqual(
      texts("count sessions by month |"),
      ["across", "with", "having", "order", "limit", "top", "as"])
    XCTAssertEqual(
      texts("count sessions by type order by count |"), ["asc", "desc", "limit", "top", "as"])
    XCTAssertEqual(
      texts("count sessions as |"),
      ["table", "csv", "json", "markdown", "chart", "xlsx", "html", "line"])
  }

  func testWhereOffersColumnsOfTheStatementsTable() {
    XCTAssertEqual(
      texts("count sessions where |"),
      ["id", "date", "type", "title", "teacher", "host", "base", "hours", "not", "has", "no"])
    XCTAssertEqual(texts("count members where c|"), ["category"])
    XCTAssertEqual(texts("sum hours of attendance where s|"), ["session", "score"])
    XCTAssertEqual(texts("count sessions where type = micro and t|"), ["type", "title", "teacher"])
  }

  func testReferencePathsFollowReferences() {
    XCTAssertEqual(
      texts("count attendance where member.|"), ["id", "name", "category", "org", "post"])
    XCTAssertEqual(
      texts("count attendance by member.org.|"), ["id", "name", "category", "secretary"])
    XCTAssertEqual(texts("count attendance by member.org.s|"), ["secretary"])
    XCTAssertEqual(texts("count attendance by session.t|"), ["type", "title", "teacher"])
    XCTAssertEqual(texts("count attendance by nothing.|"), [])
  }

  func testValuesOfAColumn() {
    XCTAssertEqual(texts("count sessions where type=|"), ["micro", "open", "practice"])
    XCTAssertEqual(texts("count sessions where type = |"), ["micro", "open", "practice"])
    XCTAssertEqual(texts("count sessions where type = mi|"), ["micro"])
    XCTAssertEqual(
      complete("count sessions where type = |").candidates.first?.display, "micro (96)")
    XCTAssertEqual(texts("count sessions where type in (|"), ["micro", "open", "practice"])
    XCTAssertEqual(
      texts("count sessions where type not in (micro, |"), ["micro", "open", "practice"])
    XCTAssertEqual(texts("count sessions where hours > |"), ["1.5", "2"])
  }

  func testChineseValuesAndPrefixes() {
    XCTAssertEqual(texts("count members where category = 居|"), ["居民区"])
    XCTAssertEqual(
      texts("count attendance where member.category = |"),
      ["居民区", "两新组织", "leadership", "\"two words\""])
    let result = complete("count members where category = 两新|")
    XCTAssertEqual(result.texts, ["两新组织"])
    XCTAssertEqual(result.replaced, Span(31, 37))
  }

  func testGroupingAndOrdering() {
    XCTAssertEqual(
      texts("count sessions by |").suffix(5), ["day", "week", "month", "quarter", "year"])
    XCTAssertEqual(texts("count sessions by type, h|"), ["host", "hours"])
    XCTAssertEqual(texts("count sessions order |"), ["by"])
    XCTAssertEqual(texts("count sessions by type order by c|"), ["count"])
    XCTAssertEqual(texts("count, a|"), ["avg"])
  }

  func testRelatedRowsUseTheRelatedTable() {
    // Only the tables whose rows refer to a member (and `let` names).
    XCTAssertEqual(texts("count members where has (|"), ["attendance", "recent"])
    XCTAssertEqual(texts("list name of members where count(|"), ["attendance", "recent"])
    XCTAssertEqual(texts("count orgs where sum(|"), ["members", "sessions", "recent"])
    XCTAssertEqual(texts("count experts where no (s|"), ["sessions"])
    // No table refers to attendance: every table.
    XCTAssertEqual(
      texts("count attendance where has (|"),
      ["attendance", "bases", "experts", "members", "orgs", "sessions", "recent"])
    XCTAssertEqual(texts("count members where no (attendance where s|"), ["session", "score"])
  }

  func testConditionContinuations() {
    XCTAssertEqual(texts("count sessions where type |"), ["in", "not", "between", "is"])
    XCTAssertEqual(
      texts("count sessions where type = micro |"),
      ["and", "or", "by", "across", "with", "having", "order", "limit", "top", "as"])
    XCTAssertEqual(texts("count sessions where base is |"), ["empty", "not"])
  }

  func testNothingInsideStringsOrNumbers() {
    XCTAssertEqual(texts("count members where name ~ \"王|"), [])
    XCTAssertEqual(texts("count sessions limit 1|"), [])
  }

  func testCursorInTheMiddleUsesOnlyTheTextBefore() {
    let result = complete("count ses| where type = micro")
    XCTAssertEqual(result.texts, ["sessions"])
    XCTAssertEqual(result.replaced, Span(6, 9))
  }
}

/// Completion of the Chinese keywords.
final class ChineseCompletionTests: XCTestCase {
  let context = FakeContext()

  func texts(_ marked: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    context.texts(marked, file: file, line: line)
  }

  func testATypedPrefixPicksAChineseKeyword() {
    XCTAssertEqual(texts("统|"), ["统计"])
    XCTAssertEqual(texts("显|"), ["显示表"])
    XCTAssertEqual(texts("统计 sessions 其|"), ["其中"])
    XCTAssertEqual(texts("统计 sessions 排|"), ["排序"])
    XCTAssertEqual(texts("count sessions where type 不|"), ["不", "不属于", "不介于", "不为空"])
    XCTAssertEqual(texts("count sessions where base 为|"), ["为空"])
    XCTAssertEqual(texts("sum hours 的|"), ["的"])
  }

  func testAStatementInChineseIsOfferedChineseKeywords() {
    XCTAssertEqual(
      texts("统计 sessions |"), ["其中", "按", "交叉", "对比", "筛选", "排序", "限", "前", "以"])
    XCTAssertEqual(texts("统计 sessions 排序 date |"), ["升序", "降序", "限", "前", "以"])
    XCTAssertEqual(
      texts("统计 sessions 其中 type |"), ["属于", "非", "不属于", "不介于", "介于", "为空", "不为空"])
    XCTAssertEqual(texts("统计 sessions 其中 |").suffix(3), ["非", "有", "没有"])
    XCTAssertEqual(
      texts("统计 |"),
      ["attendance", "bases", "experts", "members", "orgs", "sessions", "recent", "不同"])
  }

  func testAnEnglishStatementStaysEnglish() {
    XCTAssertEqual(
      texts("count sessions |"),
      ["where", "by", "across", "with", "having", "order", "limit", "top", "as"])
    // A phrase word typed in full is replaced as one word.
    let line = "统计 sessions 排序"
    let result = Completion.candidates(line: line, cursor: line.utf8.count, context: context)
    XCTAssertEqual(result.texts, ["排序"])
    XCTAssertEqual(result.replaced, Span(16, 22))
  }
}
