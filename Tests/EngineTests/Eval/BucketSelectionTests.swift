import Lang
import XCTest

@testable import Engine

/// `by month` (or another time bucket) of a few selected rows: the keys are made for the
/// selected rows only, from a calendar looked up per day when the rows span fewer days than
/// they are, and computed per row when they span more; each answer equals the same grouping
/// over all rows with the condition as a filtered measure.
final class BucketSelectionTests: XCTestCase {
  /// 400 sessions: one in ten is `micro`; dates run over 2016 and 2017, every 7th row has none.
  private static let store: Store = {
    var csv = "id,date,type\n"
    for i in 0..<400 {
      let date =
        i % 7 == 3
        ? "" : CivilDate.format(CivilDate.days(year: 2016, month: 1, day: 1) + Int32(i * 37 % 700))
      csv += "\(i + 1),\(date),\(i % 10 == 0 ? "micro" : "open")\n"
    }
    return try! Loader.load(
      .memory(name: "t", files: [DataFile(path: "sessions.csv", bytes: Array(csv.utf8))]))
  }()

  private func rows(_ query: String) throws -> [[Value]] {
    let answer = try Session(store: Self.store).run(try Parser.parseStatement(query))
    guard case .table(let table, _) = answer.outcome else { return [] }
    return Array(table.rows)
  }

  func testFewSelectedRowsAgreeWithAFilteredMeasureOverAllRows() throws {
    for bucket in ["month", "quarter", "year", "week", "day"] {
      let selected = try rows("count sessions where type = micro by \(bucket)")
      let all = try rows("count(where type = micro) of sessions by \(bucket)")
      // The filtered measure has a row per bucket of every session; keep those with micro.
      let expected = all.filter { ($0.last?.numeric ?? 0) > 0 }
      XCTAssertEqual(
        selected.filter { ($0.last?.numeric ?? 0) > 0 }, expected, bucket)
      XCTAssertEqual(
        selected.reduce(0) { $0 + ($1.last?.numeric ?? 0) }, 40, bucket)
    }
  }

  /// One selected row, a span of one day; two rows over a year apart (more days than rows:
  /// the calendar per row); rows whose dates are all missing (ids 4, 11, 18: every 7th row
  /// from the 4th); a missing date beside a dated row, its group last.
  func testOneRowTwoFarRowsAndMissingDates() throws {
    XCTAssertEqual(
      try rows("count sessions where id = 1 by month"),
      [[.text("2016-01"), .integer(1)]])
    XCTAssertEqual(
      try rows("count sessions where id in (1, 12) by year"),
      [[.text("2016"), .integer(1)], [.text("2017"), .integer(1)]])
    XCTAssertEqual(
      try rows("count sessions where id in (4, 11, 18) by quarter"), [[.missing, .integer(3)]])
    XCTAssertEqual(
      try rows("count sessions where id in (4, 12) by month"),
      [[.text("2017-02"), .integer(1)], [.missing, .integer(1)]])
  }
}
