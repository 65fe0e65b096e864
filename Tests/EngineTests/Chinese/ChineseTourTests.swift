import Engine
import Lang
import XCTest

/// Statements of README's guided tour written with the Chinese keywords give byte-identical
/// answers to their English forms on the built-in sample, and the printer turns each form
/// into the other.
final class ChineseTourTests: XCTestCase {
  /// (English as in README, the same written in the Chinese keyword form by hand).
  static let tour: [(english: String, chinese: String)] = [
    ("count sessions", "统计 sessions"),
    ("show tables", "显示表"),
    ("describe sessions", "描述 sessions"),
    ("count sessions by year", "统计 sessions 按 year"),
    ("count sessions where type=micro by month", "统计 sessions 其中 type=micro 按 month"),
    ("count attendance by member.category", "统计 attendance 按 member.category"),
    (
      "count, avg score, sum hours of attendance by session.type",
      "统计, 平均 score, 求和 hours 从 attendance 按 session.type"
    ),
    ("count sessions by year across type", "统计 sessions 按 year 交叉 type"),
    ("rate status=done of plans by category", "占比 status=done 从 plans 按 category"),
    ("count attendance by member.org.name top 5", "统计 attendance 按 member.org.name 前 5"),
    (
      "list date, title, base.name of sessions where type=practice order by date desc limit 5",
      "列出 date, title, base.name 从 sessions 其中 type=practice 排序 date 降序 限 5"
    ),
    (
      "count members where no (attendance where session.date in 2016) by category",
      "统计 members 其中 没有 (attendance 其中 session.date 属于 2016) 按 category"
    ),
    (
      "count attendance where session.date in 2016 by session having count < 20 order by count limit 8",
      "统计 attendance 其中 session.date 属于 2016 按 session 筛选 统计 < 20 排序 统计 限 8"
    ),
    (
      "let recent = sessions where date >= 2016-06-01\ncount recent by mode\nsum hours of recent by venue",
      "设 recent = sessions 其中 date >= 2016-06-01\n统计 recent 按 mode\n求和 hours 的 recent 按 venue"
    ),
    (
      "count sessions where date in 2016 by month as chart",
      "统计 sessions 其中 date 属于 2016 按 month 以 chart"
    ),
    ("count members by category as csv", "统计 members 按 category 以 csv"),
    ("count sessions where date in 2016-11 by type", "统计 sessions 其中 date 属于 2016-11 按 type"),
    ("count distinct member of attendance", "统计 不同 member 从 attendance"),
    (
      "min date, max date, median hours of sessions where base is not empty",
      "最小 date, 最大 date, 中位数 hours 从 sessions 其中 base 不为空"
    ),
    (
      "count members where in_service = true and not (category in (retired, twonew) or exempt = true)",
      "统计 members 其中 in_service = 真 且 非 (category 属于 (retired, twonew) 或 exempt = 真)"
    ),
    (
      "list name, count(attendance where session.date in 2016) of members where post = secretary and count(attendance) between 1 and 40 order by name limit 5",
      "列出 name, 统计(attendance 其中 session.date 属于 2016) 从 members 其中 post = secretary 并且 统计(attendance) 介于 1 和 40 排序 name 限 5"
    ),
  ]

  /// What a script prints (answers, then messages) and its exit status.
  func run(_ text: String) -> String {
    let session = Session(store: Sample.store)
    var out = ""
    var err = ""
    let runner = StatementRunner(session: session, out: { out += $0 }, err: { err += $0 })
    let succeeded = runner.run(text)
    return out + err + "exit \(succeeded ? 0 : 1)\n"
  }

  func testTheTourInChineseGivesTheSameAnswers() {
    XCTAssertGreaterThanOrEqual(Self.tour.count, 20)
    for (english, chinese) in Self.tour {
      let answer = run(english)
      XCTAssertTrue(answer.hasSuffix("exit 0\n"), answer)
      XCTAssertGreaterThan(answer.count, 20, english)
      XCTAssertEqual(run(chinese), answer, chinese)
    }
  }

  func testThePrinterTurnsEachFormIntoTheOther() {
    for (english, chinese) in Self.tour {
      let fromEnglish = Parser.parse(english)
      let fromChinese = Parser.parse(chinese)
      XCTAssertEqual(fromEnglish.diagnostics, [])
      XCTAssertEqual(fromChinese.diagnostics, [])
      XCTAssertEqual(
        Printer.print(fromChinese.script, form: .english), Printer.print(fromEnglish.script),
        chinese)
      let printedChinese = Printer.print(fromEnglish.script, form: .chinese)
      XCTAssertEqual(
        Printer.print(fromChinese.script, form: .chinese), printedChinese, chinese)
      XCTAssertEqual(
        Parser.parse(printedChinese).script.withoutSpans(), fromEnglish.script.withoutSpans())
      // Printed Chinese runs, too, with the same answer.
      XCTAssertEqual(run(printedChinese), run(english), printedChinese)
    }
  }

  func testTheChineseTourCanBeWrittenWithFullWidthPunctuation() {
    XCTAssertEqual(
      run("统计　sessions　其中　type＝micro　且　date　属于　２０１６"),
      run("count sessions where type=micro and date in 2016"))
    XCTAssertEqual(
      run("统计 sessions 其中 type 属于 （micro，open、demo） 按 type"),
      run("count sessions where type in (micro, open, demo) by type"))
  }
}

/// `StatementRunner.parseOptions.strict` (what `--strict` sets): full-width punctuation still
/// runs, with a note before the answer.
final class StrictPunctuationTests: XCTestCase {
  func testStrictModeNotesButRuns() {
    let session = Session(store: Sample.store)
    var out = ""
    var err = ""
    let runner = StatementRunner(session: session, out: { out += $0 }, err: { err += $0 })
    runner.parseOptions.strict = true
    XCTAssertTrue(runner.run("count sessions where type＝micro"))
    XCTAssertEqual(out, "count\n-----\n   32\n(1 row)\n")
    XCTAssertEqual(
      err,
      """
      note[W0901]: full-width '＝' read as '='
       --> line 1, column 26
        |
      1 | count sessions where type＝micro
        |                          ^^ strict mode asks for ASCII punctuation: switch the input method to English

      """)
    err = ""
    runner.parseOptions.strict = false
    XCTAssertTrue(runner.run("count sessions where type＝micro"))
    XCTAssertEqual(err, "")
  }
}
