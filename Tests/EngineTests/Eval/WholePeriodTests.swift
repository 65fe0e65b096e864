import Lang
import XCTest

@testable import Engine

/// Whole periods: when `where` bounds a time bucket's date on both sides, every bucket of the
/// period appears, in `by` and in `across`; otherwise each series runs from its own first to
/// its own last bucket.
final class WholePeriodTests: XCTestCase {
  private func months(_ query: String) throws -> [String] {
    try Sample.answer(query).rows.map { row in "\(row[0].label)=\(row[row.count - 1].label)" }
  }

  func testAYearShowsItsTwelveMonths() throws {
    XCTAssertEqual(
      try months("count sessions where type=micro and date in 2016 by month"),
      [
        "2016-01=0", "2016-02=0", "2016-03=0", "2016-04=4", "2016-05=0", "2016-06=7",
        "2016-07=2", "2016-08=0", "2016-09=6", "2016-10=3", "2016-11=6", "2016-12=4",
      ])
  }

  func testHavingFindsTheEmptyMonths() throws {
    XCTAssertEqual(
      try months(
        "count sessions where type in (micro, open, demo, practice, review) and date in 2016 "
          + "by month having count = 0"),
      ["2016-01=0", "2016-02=0", "2016-03=0"])
  }

  func testAPairOfBoundsAndAParameterNameAPeriod() throws {
    XCTAssertEqual(
      try months(
        "count sessions where type = micro and date >= 2016-02-01 and date < 2016-05-01 by month"),
      ["2016-02=0", "2016-03=0", "2016-04=4"])
    let session = Session(store: Sample.store)
    session.parameters["q"] = "2016-Q1"
    var out = ""
    let runner = StatementRunner(session: session, out: { out += $0 }, err: { out += $0 })
    XCTAssertTrue(runner.run("count sessions where type = micro and date in $q by month as csv"))
    XCTAssertEqual(out, "month,count\n2016-01,0\n2016-02,0\n2016-03,0\n")
  }

  func testOneBoundAloneNamesNoPeriod() throws {
    let rows = try months("count sessions where type = micro and date >= 2000-01-01 by month")
    XCTAssertEqual(rows.first, "2016-04=4")
    XCTAssertEqual(rows.count, 9)
  }

  func testEverySeriesIsFilledOverThePeriod() throws {
    let t = try Sample.answer(
      "count sessions where date in 2016-Q1 and type = micro by mode, month")
    XCTAssertEqual(t.rows.count, 0, "no series: no micro class in the first quarter")
    let u = try Sample.answer(
      "count sessions where date between 2016-03-01 and 2016-05-31 by mode, month")
    let perMode = Dictionary(grouping: u.rows.map { $0[0].label }, by: { $0 }).mapValues(\.count)
    XCTAssertEqual(perMode.values.sorted(), Array(repeating: 3, count: perMode.count))
  }

  func testAcrossShowsEveryColumnOfThePeriod() throws {
    let t = try Sample.answer(
      "count sessions where date in 2016 and type = micro by year across month")
    XCTAssertEqual(t.columns.map(\.name).count, 13)
    XCTAssertEqual(t.columns[1].name, "2016-01")
    XCTAssertEqual(t.rows.map { $0.map(\.label) }.first?.prefix(5), ["2016", "0", "0", "0", "4"])
  }

  func testTheWarningInChinese() {
    let text = "count sessions where date between 0001-01-01 and 2016-12-31 by day"
    var warnings: [Diagnostic] = []
    let session = Session(store: Sample.store)
    guard case .query(let query) = try? Parser.parseStatement(text).kind else {
      return XCTFail("does not parse")
    }
    _ = try? session.planner.plan(query, warnings: &warnings)
    XCTAssertEqual(
      DiagnosticRenderer(text: text, language: .zh).render(warnings),
      """
      警告[W0302]：这个时段按 day 分有 736329 段：只显示有数据的第一段到最后一段之间
       --> 第 1 行，第 64 列
        |
      1 | count sessions where date between 0001-01-01 and 2016-12-31 by day
        |                                                                ^^^ 请写一个短一些的时段，比如 `date in 2016`
      """)
  }
}
