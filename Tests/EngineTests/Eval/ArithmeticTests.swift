import Engine
import Lang
import XCTest

/// Arithmetic, filtered and named measures, and two columns of a row compared: answers and
/// the exact messages (English and Chinese, carets under Chinese text).
final class ArithmeticTests: XCTestCase {
  private func check(_ query: String, _ expected: String, line: UInt = #line) {
    XCTAssertEqual(Sample.diagnostics(query), expected, line: line)
  }

  private func checkChinese(_ query: String, _ expected: String, line: UInt = #line) {
    let saved = Language.current
    Language.current = .zh
    defer { Language.current = saved }
    XCTAssertEqual(Sample.diagnostics(query), expected, line: line)
  }

  func testArithmeticInAMeasure() throws {
    let born = try Sample.number("avg born of members")
    XCTAssertEqual(try Sample.number("avg 2016 - born of members"), 2016 - born, accuracy: 1e-9)
    XCTAssertEqual(
      try Sample.number("avg (2016 - born) * 2 of members"), 2 * (2016 - born), accuracy: 1e-9)
    let hours = try Sample.number("sum hours of attendance")
    XCTAssertEqual(try Sample.number("sum hours / 2 of attendance"), hours / 2, accuracy: 1e-6)
    XCTAssertEqual(try Sample.number("sum hours * 2 of attendance"), 2 * hours, accuracy: 1e-6)
  }

  func testDivisionByZeroIsEmpty() throws {
    let table = try Sample.answer("avg hours / 0 of attendance")
    XCTAssertEqual(table.rows.first?.first, .missing)
  }

  func testADateMinusADateIsDays() throws {
    let table = try Sample.answer(
      "list done_on - deadline of plans where done_on is not empty order by done_on - deadline limit 1"
    )
    XCTAssertEqual(table.columns.first?.kind, .integer)
  }

  func testFilteredMeasuresBesideTheWhole() throws {
    let table = try Sample.answer(
      "lessons = count, micro = count(where type = micro) of sessions by year(date) having micro > 0"
    )
    XCTAssertEqual(table.columns.map(\.name), ["year", "lessons", "micro"])
    XCTAssertEqual(
      table.rows.first?.last?.numeric,
      try Sample.number("count sessions where type = micro and date in 2016"))
  }

  func testNamedMeasuresOrderAndFilter() throws {
    let table = try Sample.answer(
      "学时 = sum hours of attendance by member.category having 学时 > 0 order by 学时 desc")
    XCTAssertEqual(table.columns.last?.name, "学时")
    let values = table.rows.compactMap { $0.last?.numeric }
    XCTAssertEqual(values, values.sorted(by: >))
  }

  func testTwoColumnsOfARow() throws {
    XCTAssertEqual(
      try Sample.number("count plans where done_on < deadline"),
      try Sample.number("count plans where done_on - deadline < 0"))
  }

  func testTextInArithmetic() {
    check(
      "avg 2016 - name of members",
      """
      error[E0350]: cannot do arithmetic on 'name' (text)
       --> line 1, column 12
        |
      1 | avg 2016 - name of members
        |            ^^^^ + - * / work on numbers; a date minus a date gives days

      """)
  }

  func testTextInArithmeticAfterChineseInChinese() {
    checkChinese(
      "平均年龄 = avg 2016 - name of members where name ~ \"王\"",
      """
      错误[E0350]：“name”是文本，不能做算术
       --> 第 1 行，第 19 列
        |
      1 | 平均年龄 = avg 2016 - name of members where name ~ "王"
        |                       ^^^^ 加减乘除只用于数字；日期减日期得到天数

      """)
  }

  func testAWrittenTextInArithmetic() {
    check(
      "avg born - \"王\" of members",
      """
      error[E0351]: cannot do arithmetic on text '王'
       --> line 1, column 12
        |
      1 | avg born - "王" of members
        |            ^^^^ + - * / work on numbers; a date minus a date gives days

      """)
  }

  func testADatePlusANumber() {
    check(
      "count plans where done_on > deadline + 7",
      """
      error[E0352]: a date cannot take '+' here
       --> line 1, column 29
        |
      1 | count plans where done_on > deadline + 7
        |                             ^^^^^^^^^^^^ a date minus a date gives the days between them, as in done_on - deadline

      """)
  }

  func testTwoOutputsOfOneName() {
    check(
      "sum hours, sum hours of attendance",
      """
      error[E0354]: two output columns are named 'sum_hours'
       --> line 1, column 12
        |
      1 | sum hours, sum hours of attendance
        |            ^^^^^^^^^ name them with name = measure, as in sum1 = sum hours, sum2 = sum hours

      """)
  }

  func testANameTakenByAKeyInChinese() {
    checkChinese(
      "学时 = sum hours, 学时 = count of attendance",
      """
      错误[E0354]：有两列输出都叫“学时”
       --> 第 1 行，第 17 列
        |
      1 | 学时 = sum hours, 学时 = count of attendance
        |                   ^^^^ 请用“名字 = 统计”给它们起名，如 sum1 = sum hours, count2 = count

      """)
  }

  func testAWordThatIsBothAColumnAndAValue() throws {
    let csv = "id,first,second\n1,second,a\n2,b,b\n"
    let store = try Loader.load(
      .memory(name: "t", files: [DataFile(path: "t/pairs.csv", bytes: Array(csv.utf8))]))
    let session = Session(store: store)
    var messages: [String] = []
    let shell = StatementRunner(session: session, out: { _ in }, err: { messages.append($0) })
    shell.run("count pairs where first = second")
    XCTAssertEqual(
      messages.joined(),
      """
      error[E0353]: 'second' is both a column of pairs and a value of first
       --> line 1, column 27
        |
      1 | count pairs where first = second
        |                           ^^^^^^ write "second" for the value, or pairs.second for the column

      """)
    messages = []
    shell.run("count pairs where first = pairs.second")
    shell.run("count pairs where first = \"second\"")
    XCTAssertEqual(messages, [])
  }
}
