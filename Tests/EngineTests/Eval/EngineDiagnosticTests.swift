import Engine
import XCTest

/// The engine's messages, rendered exactly as a user sees them.
final class EngineDiagnosticTests: XCTestCase {
  private func check(_ query: String, _ expected: String, line: UInt = #line) {
    XCTAssertEqual(Sample.diagnostics(query), expected, line: line)
  }

  func testUnknownTable() {
    check(
      "count sesions",
      """
      error[E0301]: unknown table 'sesions'
       --> line 1, column 7
        |
      1 | count sesions
        |       ^^^^^^^ did you mean 'sessions'?

      """)
  }

  func testUnknownColumnAfterChinese() {
    check(
      "count members where name ~ \"王\" and catgory = 居民区",
      """
      error[E0302]: table 'members' has no column 'catgory'
       --> line 1, column 36
        |
      1 | count members where name ~ "王" and catgory = 居民区
        |                                     ^^^^^^^ did you mean 'category'?

      """)
  }

  func testMisspelledValueWarns() {
    check(
      "count sessions where type=mirco",
      """
      warning[W0301]: 'type' never has the value 'mirco'
       --> line 1, column 27
        |
      1 | count sessions where type=mirco
        |                           ^^^^^ did you mean 'micro'?

      """)
  }

  func testAPeriodTooLongToFillWholeWarns() {
    check(
      "count sessions where date between 0001-01-01 and 2016-12-31 by day",
      """
      warning[W0302]: the period has 736329 buckets of day: only those between the first and the last with rows are shown
       --> line 1, column 64
        |
      1 | count sessions where date between 0001-01-01 and 2016-12-31 by day
        |                                                                ^^^ name a shorter period, e.g. `date in 2016`

      """)
  }

  func testDateComparedWithNumber() {
    check(
      "count sessions where date > 2016",
      """
      error[E0330]: cannot compare 'date' (date) with number 2016
       --> line 1, column 22
        |
      1 | count sessions where date > 2016
        |                      ^^^^^^^^^^^ write a date like 2016-01-01, or a period after in: `date in 2016`

      """)
  }

  func testSumOfText() {
    check(
      "sum title of sessions",
      """
      error[E0312]: cannot take the sum of 'title': it is text
       --> line 1, column 5
        |
      1 | sum title of sessions
        |     ^^^^^ sum works on numbers; to count rows use count

      """)
  }

  func testNotAReference() {
    check(
      "count attendance by hours.name",
      """
      error[E0303]: 'attendance.hours' is not a reference, so '.name' cannot follow it
       --> line 1, column 21
        |
      1 | count attendance by hours.name
        |                     ^^^^^^^^^^ only a column that refers to another table can be followed with '.'

      """)
  }

  func testParameterWithNoSuchDate() {
    XCTAssertEqual(
      Sample.diagnostics("count sessions where date = $day", parameters: ["day": "2016-02-30"]),
      """
      error[E0336]: there is no date 2016-02-30
       --> line 1, column 29
        |
      1 | count sessions where date = $day
        |                             ^^^^ check the month and day

      """)
  }

  func testUnknownFormat() {
    check(
      "count sessions by type as cvs",
      """
      error[E0313]: unknown format 'cvs'
       --> line 1, column 27
        |
      1 | count sessions by type as cvs
        |                           ^^^ did you mean 'csv'?

      """)
  }

  func testMissingParameter() {
    check(
      "count sessions where date in $month",
      """
      error[E0308]: parameter $month has no value
       --> line 1, column 30
        |
      1 | count sessions where date in $month
        |                              ^^^^^^ give it with --set month=… (or `.set month …` at the prompt)

      """)
  }

  func testUnknownOutputColumnInOrder() {
    check(
      "count sessions by type order by cuont desc",
      """
      error[E0324]: the answer has no column 'cuont'
       --> line 1, column 33
        |
      1 | count sessions by type order by cuont desc
        |                                 ^^^^^ did you mean 'count'?

      """)
  }

  func testTopOnAList() {
    check(
      "list title of sessions top 3",
      """
      error[E0317]: top picks the largest groups of count, sum, avg …; a list shows rows
       --> line 1, column 1
        |
      1 | list title of sessions top 3
        | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ write `limit 3` to show the first rows

      """)
  }

  func testRelatedSumNeedsAColumn() {
    check(
      "list name of members where sum(attendance) > 3",
      """
      error[E0219]: sum(…) of related rows needs a column to sum
       --> line 1, column 32
        |
      1 | list name of members where sum(attendance) > 3
        |                                ^^^^^^^^^^ name it after the table: sum(attendance.hours)

      """)
  }

  func testCrosstabMeasureCannotBeOrdered() {
    check(
      "count sessions by year across type order by count desc",
      """
      error[E0315]: a crosstab has one column per value of 'type', not a 'count' column
       --> line 1, column 45
        |
      1 | count sessions by year across type order by count desc
        |                                             ^^^^^ order or filter by a row key, or leave out 'across'

      """)
  }

  func testMisspelledLetNameIsSuggested() {
    XCTAssertEqual(
      Sample.diagnostics("let recent = sessions where date >= 2016-06-01\ncount recnt"),
      """
      error[E0301]: unknown table 'recnt'
       --> line 2, column 7
        |
      2 | count recnt
        |       ^^^^^ did you mean 'recent'?

      """)
  }
}
