import Engine
import Lang
import XCTest

/// `with change, yoy, share` (环比, 同比, 占比): worked out on the gap-filled answer, within each
/// series, before `having`, `order by` and `top`.
final class CompareTests: XCTestCase {
  /// Each row as its cells' labels joined by `|` (an empty cell is empty).
  private func rows(_ query: String) throws -> [String] {
    try Sample.answer(query).rows.map { row in
      row.map { $0 == .missing ? "" : $0.label }.joined(separator: "|")
    }
  }

  func testEmptyMonthsCountAndAPercentageAgainstZeroIsEmpty() throws {
    XCTAssertEqual(
      try rows(
        "count sessions where type = micro and date between 2015-11-01 and 2016-06-30 by month"
          + " with change"),
      [
        "2015-11|0||", "2015-12|0|0|", "2016-01|0|0|", "2016-02|0|0|", "2016-03|0|0|",
        "2016-04|4|4|", "2016-05|0|-4|-1", "2016-06|7|7|",
      ])
  }

  func testEachSeriesIsComparedOnItsOwn() throws {
    // The online series starts again at 2016-Q1: it is not compared with offline's 2016-Q4.
    XCTAssertEqual(
      try rows("count sessions where date in 2016 by mode, quarter with change"),
      [
        "offline|2016-Q1|20||", "offline|2016-Q2|39|19|0.95",
        "offline|2016-Q3|35|-4|"
          + String(-4.0 / 39), "offline|2016-Q4|45|10|" + String(10.0 / 35),
        "online|2016-Q1|0||", "online|2016-Q2|1|1|", "online|2016-Q3|1|0|0",
        "online|2016-Q4|4|3|3",
      ])
  }

  func testHavingOrderAndTopComeAfterTheComparison() throws {
    XCTAssertEqual(
      try rows("count sessions where date in 2016 by quarter with change having count_change < 0"),
      ["2016-Q3|36|-4|-0.1"])
    XCTAssertEqual(
      try rows("count sessions where date in 2016 by quarter with change top 1"),
      ["2016-Q4|49|13|" + String(13.0 / 36)])
    XCTAssertEqual(
      try rows("count sessions where date in 2016 by quarter with change order by count_change"),
      [
        "2016-Q3|36|-4|-0.1", "2016-Q4|49|13|" + String(13.0 / 36), "2016-Q2|40|20|1",
        "2016-Q1|20||",
      ])
  }

  func testYoyByWeekLooks52WeeksBack() throws {
    let t = try Sample.answer(
      "count sessions where year(date) between 2015 and 2016 by week with yoy")
    XCTAssertEqual(t.columns.map(\.name), ["week", "count", "count_yoy", "count_yoy_pct"])
    let counts = t.rows.map { $0[1].numeric! }
    XCTAssertGreaterThan(t.rows.count, 100)
    for (i, row) in t.rows.enumerated() {
      if i < 52 {
        XCTAssertEqual(row[2], .missing, "row \(i)")
      } else {
        XCTAssertEqual(row[2].numeric, counts[i] - counts[i - 52], "row \(i)")
      }
    }
  }

  func testYoyByYearIsTheYearBefore() throws {
    XCTAssertEqual(
      try rows("count sessions by year with change, yoy"),
      [
        "2012|60||||", "2013|80|20|" + String(20.0 / 60) + "|20|" + String(20.0 / 60),
        "2014|95|15|" + String(15.0 / 80) + "|15|" + String(15.0 / 80),
        "2015|105|10|" + String(10.0 / 95) + "|10|" + String(10.0 / 95),
        "2016|145|40|" + String(40.0 / 105) + "|40|" + String(40.0 / 105),
      ])
  }

  func testAnEmptyBucketHasNoEarlierRow() throws {
    let last = try XCTUnwrap(try rows("count plans by month(done_on) with change").last)
    XCTAssertEqual(last, "|15||")
  }

  func testAnEmptyAverageLeavesItsNeighboursEmpty() throws {
    let answer = try rows(
      "avg score of attendance where session.type = open by month(session.date) with change")
    XCTAssertEqual(answer[2], "2016-06|||")
    XCTAssertEqual(answer[3].split(separator: "|", omittingEmptySubsequences: false).count, 4)
    XCTAssertTrue(answer[3].hasSuffix("||"), answer[3])
  }

  func testSharesAddUpToOneOverEverySeries() throws {
    let t = try Sample.answer("count sessions by mode, type with share")
    XCTAssertEqual(t.columns.map(\.name), ["mode", "type", "count", "count_share"])
    let total = t.rows.reduce(0.0) { $0 + ($1[3].numeric ?? 0) }
    XCTAssertEqual(total, 1, accuracy: 1e-12)
    XCTAssertEqual(t.columns[3].kind, .rate)
  }

  func testColumnsSitBesideTheirMeasureWithChineseLabels() throws {
    let t = try Sample.answer(
      "count, sum hours of attendance where session.date in 2016 by quarter(session.date)"
        + " with share, change")
    XCTAssertEqual(
      t.columns.map(\.name),
      [
        "quarter", "count", "count_share", "count_change", "count_change_pct", "sum",
        "sum_share", "sum_change", "sum_change_pct",
      ])
    XCTAssertEqual(
      t.columns.map { $0.labelledName ?? "-" },
      ["-", "-", "count_占比", "count_环比增减", "count_环比增长率", "-", "sum_占比", "sum_环比增减", "sum_环比增长率"])
    XCTAssertEqual(
      t.columns.map(\.kind),
      [.period, .integer, .rate, .integer, .rate, .decimal, .rate, .decimal, .rate])
  }

  func testTheChineseFormReadsTheSame() throws {
    XCTAssertEqual(
      try rows("统计 党课 其中 日期 属于 2016 按 quarter 对比 环比, 比重"),
      try rows("count sessions where date in 2016 by quarter with change, share"))
  }
}
