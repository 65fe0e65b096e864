import Lang
import XCTest

@testable import Engine

/// Issue 17: sensitivity follows a value wherever it goes. A `min`, `max` or `median` of a
/// sensitive column is a value of it and is masked; so are the headers of a crosstab across
/// it (JSON keys too), a chart's labels and a let answer's columns; `--reveal` shows them.
final class SensitiveValueTests: XCTestCase {
  /// What a script prints on standard output, and on standard error.
  private func run(_ script: String, reveal: Bool = false) -> (out: String, err: String) {
    let session = Session(store: Sample.store)
    var out = ""
    var err = ""
    var runner = StatementRunner(session: session, out: { out += $0 }, err: { err += $0 })
    runner.options.reveal = reveal
    runner.run(script)
    return (out, err)
  }

  /// The reproduction: `min`/`max` printed the numbers unmasked.
  func testWholeNumbersLookPersonalFromElevenDigits() {
    // 11-digit mobile numbers held as whole numbers are guessed by their values; numbers of 10
    // digits or fewer never are (the guess skips such columns without hashing each value).
    let mobiles: [Int64] = [13_812_345_678, 13_987_654_321, 15_000_001_111, 18_611_112_222]
    XCTAssertEqual(
      PersonalData.guess(name: "x", data: .integer(mobiles)),
      PersonalData.Guess(kind: .phone, evidence: .values))
    let tenDigits: [Int64] = [9_999_999_999, 1_381_234_567, 3]
    XCTAssertNil(PersonalData.guess(name: "x", data: .integer(tenDigits)))
    XCTAssertNil(PersonalData.guess(name: "x", data: .integer([1, 2, 3, 2, 1])))
  }

  func testMinAndMaxOfASensitiveColumnAreMasked() {
    let (out, err) = run("min phone, max phone of members")
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      min          max
      -----------  -----------
      130****2854  189****2299
      (1 row)

      """)
    XCTAssertEqual(
      run("min phone, max phone of members", reveal: true).out,
      """
      min          max
      -----------  -----------
      13000222854  18999832299
      (1 row)

      """)
  }

  /// Grouped, and kept by a let answer that is read again: still masked; a count of the
  /// column beside it is not.
  func testAValueOfASensitiveColumnStaysMaskedThroughALet() {
    let (out, err) = run(
      "let p = count, max phone of members by gender\nlist p\nmax max of p\ncount distinct phone of members"
    )
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      gender  count  max
      ------  -----  -----------
      female   4097  189****4847
      male     3791  189****2299
      (2 rows)

      max
      -----------
      189****2299
      (1 row)

      count
      -----
       7546
      (1 row)

      """)
  }

  /// The reproduction: `across phone` printed every number as a column header, in a table and
  /// as JSON keys.
  func testAcrossASensitiveColumnMasksItsHeaders() {
    let query = "count members where id < 4 across phone"
    XCTAssertEqual(
      run(query).out,
      """
      152****6060  186****4988  187****1889
      -----------  -----------  -----------
                1            1            1
      (1 row)

      """)
    XCTAssertEqual(
      run(query + " as json").out,
      """
      [
      {"152****6060":1,"186****4988":1,"187****1889":1}
      ]

      """)
    XCTAssertEqual(
      run(query + " as csv", reveal: true).out,
      "15238736060,18662774988,18772371889\n1,1,1\n")
  }

  /// A row key beside the masked headers, and a chart's labels.
  func testCrosstabRowsAndChartLabelsAreMasked() {
    XCTAssertEqual(
      run("count members where id < 3 by gender across phone as markdown").out,
      """
      | gender | 152****6060 | 187****1889 |
      | ------ | ----------: | ----------: |
      | female |           0 |           1 |
      | male   |           1 |           0 |

      """)
    XCTAssertEqual(
      run("count members where id < 3 by phone as chart").out,
      """
      152****6060  ████████████████████████████████████████ 1
      187****1889  ████████████████████████████████████████ 1

      """)
  }
}
