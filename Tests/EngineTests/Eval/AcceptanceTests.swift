import Engine
import XCTest

/// Each line of the language issue's acceptance set gives an answer a person can check:
/// checked here against other queries that must agree with it.
final class AcceptanceTests: XCTestCase {
  private func total(_ table: ResultTable, column: Int? = nil) -> Double {
    let c = column ?? (table.columns.count - 1)
    return table.rows.reduce(0) { $0 + ($1[c].numeric ?? 0) }
  }

  func testMicroByMonthIsGapFilledAndAddsUp() throws {
    let t = try Sample.answer("count sessions where type=micro by month")
    XCTAssertEqual(t.columns.map(\.name), ["month", "count"])
    XCTAssertEqual(total(t), try Sample.number("count sessions where type=micro"))
    let labels = t.rows.map { $0[0] }
    // The five lessons start in 2016; every month from the first to the last appears once,
    // in time order, with 0 where no class was held.
    let months = labels.map { value -> String in
      if case .text(let s) = value { return s }
      return ""
    }
    XCTAssert(months.allSatisfy { $0.hasPrefix("2016-") }, "\(months)")
    let numbers = months.map { Int($0.dropFirst(5))! }
    XCTAssertEqual(numbers, Array(numbers.first!...numbers.last!))
  }

  func testChineseLabelMeansCode() throws {
    XCTAssertEqual(
      try Sample.number("count sessions where type=微党课"),
      try Sample.number("count sessions where type=micro"))
  }

  func testTypesByMonth() throws {
    let t = try Sample.answer(
      "count sessions where type in (micro, open) and date >= 2016-01-01 by month, type")
    XCTAssertEqual(t.columns.map(\.name), ["month", "type", "count"])
    XCTAssertEqual(
      total(t), try Sample.number("count sessions where type in (micro, open) and date in 2016"))
  }

  func testAttendanceByCategoryAddsUpToAll() throws {
    let t = try Sample.answer("count attendance by member.category")
    XCTAssertEqual(total(t), 24437)
    XCTAssertEqual(t.rows.count, 5)
  }

  func testDistinctMembers() throws {
    let t = try Sample.answer(
      "count distinct member of attendance where session.date in 2016 by member.category")
    let all = try Sample.number(
      "count distinct member of attendance where session.date in 2016")
    XCTAssertEqual(total(t), all)
    XCTAssertLessThan(all, try Sample.number("count attendance where session.date in 2016"))
  }

  func testSumAvgMin() throws {
    let sum = try Sample.answer("sum hours of attendance by member.category")
    XCTAssertEqual(total(sum), try Sample.number("sum hours of attendance"), accuracy: 1e-6)
    let avg = try Sample.answer("avg score of attendance by session.type")
    for row in avg.rows {
      let v = try XCTUnwrap(row[1].numeric)
      XCTAssert((1...5).contains(v), "average score \(v) outside 1...5")
    }
    let min = try Sample.answer("min date of sessions")
    XCTAssertEqual(min.rows.first?.first.map { if case .date = $0 { true } else { false } }, true)
  }

  func testOrderAndTopAgree() throws {
    let ordered = try Sample.answer(
      "count attendance by member.org.name order by count desc limit 10")
    let top = try Sample.answer("count attendance by member.org.name top 10")
    XCTAssertEqual(ordered.rows, top.rows)
    XCTAssertEqual(top.rows.count, 10)
    let counts = top.rows.map { $0.last!.numeric! }
    XCTAssertEqual(counts, counts.sorted(by: >))
  }

  func testContains() throws {
    let t = try Sample.answer("list name of members where name ~ \"王\"")
    XCTAssertFalse(t.rows.isEmpty)
    for row in t.rows {
      guard case .text(let name) = row[0] else { return XCTFail("name is not text") }
      XCTAssert(name.contains("王"))
    }
    XCTAssertEqual(Double(t.rows.count), try Sample.number("count members where name ~ \"王\""))
  }

  func testBucketsAndMode() throws {
    let t = try Sample.answer("sum hours of attendance by month(session.date), session.mode")
    XCTAssertEqual(t.columns.map(\.name), ["month", "session.mode", "sum"])
    XCTAssertEqual(total(t), try Sample.number("sum hours of attendance"), accuracy: 1e-6)
  }

  func testListOrderedAndLimited() throws {
    let t = try Sample.answer("list sessions where type=practice order by date desc limit 5")
    XCTAssertEqual(t.rows.count, 5)
    let d = t.columns.firstIndex { $0.name == "date" }!
    let dates = t.rows.map { $0[d] }
    XCTAssertEqual(dates, dates.sorted { $0.numeric ?? 0 > $1.numeric ?? 0 })
    let fields = try Sample.answer(
      "list date, title, base.name of sessions where type=practice order by date desc limit 20")
    XCTAssertEqual(fields.columns.map(\.name), ["date", "title", "base.name"])
  }

  func testHaving() throws {
    let t = try Sample.answer(
      "sum hours of attendance by member, year(session.date) having sum < 32")
    XCTAssertEqual(t.columns.map(\.name), ["member", "member.name", "year", "sum"])
    XCTAssertFalse(t.rows.isEmpty)
    for row in t.rows { XCTAssertLessThan(row[3].numeric!, 32) }
  }

  func testPlansAndLet() throws {
    let t = try Sample.answer(
      "count plans where status != done and deadline < 2016-12-01 by category")
    XCTAssertLessThanOrEqual(t.rows.count, 5)
    let session = Session(store: Sample.store)
    var out: [String] = []
    let shell = StatementRunner(session: session, out: { out.append($0) }, err: { out.append($0) })
    XCTAssertTrue(
      shell.run("let recent = sessions where date >= 2016-06-01\ncount recent by type as csv"))
    let csv = out.joined()
    XCTAssert(csv.hasPrefix("type,count\n"), csv)
    let sum = csv.split(separator: "\n").dropFirst().compactMap { Int($0.split(separator: ",")[1]) }
      .reduce(0, +)
    XCTAssertEqual(Double(sum), try Sample.number("count sessions where date >= 2016-06-01"))
  }

  func testShowAndDescribe() throws {
    let tables = try Sample.answer("show tables")
    XCTAssertEqual(tables.rows.count, 9)
    let d = try Sample.answer("describe sessions")
    XCTAssertEqual(d.rows.map { $0[0] }.first, .text("id"))
  }

  func testSeveralMetricsRatesAndCrosstab() throws {
    let t = try Sample.answer("count, avg score, sum hours of attendance by session.type")
    XCTAssertEqual(t.columns.map(\.name), ["session.type", "count", "avg", "sum"])
    let rate = try Sample.answer("rate status=done of plans by category")
    for row in rate.rows { XCTAssert((0...1).contains(row[1].numeric!)) }
    let cross = try Sample.answer("count sessions by year across type")
    XCTAssertEqual(cross.columns.first?.name, "year")
    XCTAssertEqual(cross.rows.map { $0[0] }, (2012...2016).map { .text(String($0)) })
    let crossTotal = cross.rows.reduce(0.0) { sum, row in
      sum + row.dropFirst().reduce(0.0) { $0 + ($1.numeric ?? 0) }
    }
    XCTAssertEqual(crossTotal, 485)
  }

  func testRelatedRows() throws {
    let none = try Sample.number(
      "count members where no (attendance where session.date in 2016)")
    let some = try Sample.number(
      "count members where has (attendance where session.date in 2016)")
    XCTAssertEqual(none + some, try Sample.number("count members"))
    let small = try Sample.answer("list id of sessions where count(attendance) < 10")
    let byCount = try Sample.answer("count sessions by count(attendance)")
    let under10 = byCount.rows.filter { $0[0].numeric! < 10 }.reduce(0) { $0 + $1[1].numeric! }
    XCTAssertEqual(Double(small.rows.count), under10)
  }

  func testParameters() throws {
    XCTAssertEqual(
      try Sample.answer("count sessions where date in $month", parameters: ["month": "2016-11"]),
      try Sample.answer("count sessions where date in 2016-11"))
    XCTAssertTrue(
      Sample.diagnostics("count sessions where date in $month").contains(
        "parameter $month has no value"))
  }

  func testRelatedAggregatesIncludeRowsWithNone() throws {
    // Members under 32 hours in 2016, counting those who never attended (0 hours).
    let under = try Sample.number(
      "count members where sum(attendance.hours where session.date in 2016) < 32")
    let none = try Sample.number(
      "count members where no (attendance where session.date in 2016)")
    XCTAssertGreaterThan(under, none)
    let t = try Sample.answer(
      "list id, sum(attendance.hours), count(attendance) of members where count(attendance) > 0 limit 20"
    )
    XCTAssertEqual(t.columns.map(\.name), ["id", "sum_attendance_hours", "count_attendance"])
    for row in t.rows {
      let id = Int(row[0].numeric!)
      XCTAssertEqual(
        row[1].numeric!, try Sample.number("sum hours of attendance where member = \(id)"),
        accuracy: 1e-9)
    }
  }

  func testTwoColumnsOfOneTable() throws {
    let late = try Sample.number("count plans where done_on > plans.deadline")
    let onTime = try Sample.number("count plans where done_on <= plans.deadline")
    XCTAssertEqual(late + onTime, try Sample.number("count plans where done_on is not empty"))
    XCTAssertEqual(
      try Sample.number("count sessions where teacher.name = teacher.name"),
      try Sample.number("count sessions where teacher is not empty"))
  }

  func testSameFunctionTwiceNamesBoth() throws {
    let t = try Sample.answer("sum hours, sum score of attendance by session.mode")
    XCTAssertEqual(t.columns.map(\.name), ["session.mode", "sum_hours", "sum_score"])
  }
}
