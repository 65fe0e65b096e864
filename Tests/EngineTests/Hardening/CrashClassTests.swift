import Engine
import Foundation
import Lang
import XCTest

/// Issue #17, "Crashes": each class of input that crashed, as its reproduction and two
/// variations, with the exact answer or message it now gives.
final class CrashClassTests: XCTestCase {
  private func run(_ query: String, on store: Store = Sample.store) -> String {
    BigInputTests.run(query, on: store)
  }

  private func load(_ files: [String: String]) throws -> Store {
    try Loader.load(
      .memory(
        name: "t",
        files: files.sorted { $0.key < $1.key }.map {
          DataFile(path: $0.key, bytes: Array($0.value.utf8))
        }))
  }

  // MARK: Grouping by many keys (the product of their domains overflowed)

  func testManyHighCardinalityKeysGroupByHashing() {
    // The reproduction: seven keys, each nearly unique per member.
    let text = run("count members by id, name, phone, joined, born, org, category top 3")
    XCTAssertEqual(
      text,
      """
      id  name    phone        joined      born  org  org.name        category    count
      --  ------  -----------  ----------  ----  ---  --------------  ----------  -----
       1  江静欣  187****1889  1996-03-14  1975    1  康健街道党工委  leadership      1
       2  张鹏俊  152****6060  2013-12-17  1976    1  康健街道党工委  leadership      1
       3  陈强刚  186****4988  1985-11-13  1965    1  康健街道党工委  leadership      1
      (3 rows)

      """)
    // Without `top`: every member is a group of one, in key order.
    let all = run("count members by id, name, phone, joined, born, org, category")
    XCTAssertTrue(all.hasSuffix("(7,888 rows)\n"), String(all.suffix(200)))
    XCTAssertTrue(
      all.contains("\n   1  江静欣    187****1889  1996-03-14  1975    1  康健街道党工委 "),
      String(all.prefix(400)))
  }

  func testTwentyThreeKeysOfOneColumn() {
    let keys = Array(repeating: "type", count: 23).joined(separator: ", ")
    let text = run("count sessions by \(keys)")
    let rows = text.split(separator: "\n")
    XCTAssertEqual(rows.last, "(7 rows)")
    XCTAssertTrue(rows[2].hasPrefix("demo      demo"), String(rows[2]))
    XCTAssertEqual(
      rows.dropFirst(2).dropLast().map { $0.split(separator: " ").last! },
      ["11", "223", "32", "14", "13", "22", "170"])
  }

  func testKeysOfEveryAttendanceColumnAgreeWithFewerKeys() throws {
    // Slots hashed as whole combinations give the same groups as the direct path.
    let many = try Sample.answer(
      "count attendance by member, session, hours, score, member.org, session.type")
    XCTAssertEqual(many.rows.count, 24_437)
    let total = many.rows.reduce(0) { $0 + Int($1.last?.numeric ?? 0) }
    XCTAssertEqual(total, 24_437)
  }

  // MARK: Long `or` / `and` chains (the syntax tree overflowed the stack when freed)

  func testHundredThousandOrTerms() {
    let query =
      "count sessions where " + (1...100_000).map { "id = \($0)" }.joined(separator: " or ")
    XCTAssertEqual(run(query), "count\n-----\n  485\n(1 row)\n")
  }

  func testHundredThousandAndTerms() {
    let query =
      "count sessions where " + (1...100_000).map { "id != \($0)" }.joined(separator: " and ")
    XCTAssertEqual(run(query), "count\n-----\n    0\n(1 row)\n")
  }

  func testLongArithmeticChainIsRefusedPastTheNestingLimit() {
    let fits =
      "count sessions where id = "
      + Array(repeating: "1", count: 201).joined(
        separator: " + ")
    XCTAssertEqual(run(fits), "count\n-----\n    1\n(1 row)\n")
    let tooLong =
      "count sessions where id = "
      + Array(repeating: "1", count: 202).joined(
        separator: " * ")
    let text = run(tooLong)
    XCTAssertTrue(
      text.hasPrefix(
        "error[E0209]: nested too deeply (more than 200 levels)\n --> line 1, column 829\n"),
      String(text.prefix(120)))
  }

  // MARK: A schema "time" column that is not dates (by month trapped)

  func testTimeColumnThatIsNotADateIsRefusedAtLoad() throws {
    let csv = "id,date,title,year\n1,2016-01-02,a,2016\n2,2016-02-03,b,2016\n"
    for (time, holds) in [("title", "text"), ("year", "whole numbers")] {
      let schema = """
        {
          "tables": {
            "sessions": {
              "time": "\(time)"
            }
          }
        }
        """
      XCTAssertThrowsError(try load(["sessions.csv": csv, "schema.json": schema])) { error in
        XCTAssertEqual(
          (error as? LoadError)?.rendered(.en),
          """
          schema.json:4:15: error[E1200]: the time column of sessions is \(time), which \
          holds \(holds), not dates
            hint: write a date column of sessions as "time": date
          """)
      }
    }
    // A table without any date column.
    let schema = #"{"tables": {"orgs": {"time": "name"}}}"#
    XCTAssertThrowsError(
      try load(["orgs.csv": "id,name\n1,a\n", "schema.json": schema])
    ) { error in
      XCTAssertEqual(
        (error as? LoadError)?.rendered(.zh),
        """
        schema.json:1:30: 错误[E1200]：orgs 的时间列是 name，但它存的是文本，不是日期
          提示：orgs 没有日期列，请去掉 "time"
        """)
    }
  }

  // MARK: A crosstab too large to build

  func testCrosstabPastTheCellLimitIsRefused() throws {
    // 4,000 rows × 3,000 columns = 12,000,000 cells.
    var csv = "id,a,b\n"
    for i in 0..<4_000 { csv += "\(i),\(i),\(i % 3_000)\n" }
    let store = try load(["t.csv": csv])
    XCTAssertEqual(
      run("count t by a across b", on: store),
      """
      error[E1204]: this crosstab would have 4,000 rows × 3,000 columns, more than 10,000,000 cells
       --> line 1, column 1
        |
      1 | count t by a across b
        | ^^^^^^^^^^^^^^^^^^^^^ cross by a key with fewer values, or narrow the rows with where

      """)
    // Within the limit it is built.
    let fits = run("count t where a < 10 and b < 5 by a across b", on: store)
    XCTAssertTrue(fits.hasSuffix("(5 rows)\n"), fits)
    // The sample's largest crosstab is well within it.
    let sample = run("count attendance by member across session.type")
    XCTAssertTrue(sample.hasSuffix("rows)\n"), String(sample.suffix(100)))
  }

  // MARK: Gap filling over a far date (3.6 million rows of `by day`)

  func testGapFillingPastTheLimitIsRefused() throws {
    // Fifty members, each with one date typed as 0001-01-01.
    var csv = "id,date,member\n"
    for i in 1...50 { csv += "\(i),0001-01-01,\(i)\n" }
    for i in 51...100 { csv += "\(i),2016-0\(1 + i % 9)-1\(i % 9),\(i % 50 + 1)\n" }
    let store = try load(["sessions.csv": csv])
    let hint = "leave the far dates out with where (`where date >= 2000-01-01`), or group by"
    let day = run("count sessions by day", on: store)
    XCTAssertTrue(
      day.hasPrefix(
        "error[E1205]: filling in the empty days from 0001-01-01 to 2016-09-18 would make"
          + " 736,225 rows, more than 100,000\n"),
      day)
    XCTAssertTrue(day.contains(hint), day)
    let week = run("count sessions by week", on: store)
    XCTAssertTrue(
      week.hasPrefix("error[E1205]: filling in the empty weeks from "), week)
    // Fifty series of 24,189 months each: more than a million rows in all.
    let months = run("count sessions by month, member", on: store)
    XCTAssertTrue(
      months.hasPrefix(
        "error[E1205]: filling in the empty months from "), months)
    XCTAssertTrue(months.contains("more than 1,000,000\n"), months)
    // Leaving the far date out, as the hint says, gives the answer.
    let kept = run("count sessions where date >= 2000-01-01 by month", on: store)
    XCTAssertTrue(kept.hasPrefix("month    count\n-------  -----\n2016-01      "), kept)
    XCTAssertTrue(kept.hasSuffix("(9 rows)\n"), kept)
  }
}
