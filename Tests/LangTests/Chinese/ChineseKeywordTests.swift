import Lang
import XCTest

/// The Chinese form of the keywords: lexing, parsing, mixing, printing and the messages.
final class ChineseKeywordTests: XCTestCase {
  /// Pairs of the same statement in both forms (and the mixed forms they allow).
  static let pairs: [(chinese: String, english: String)] = [
    ("统计 sessions", "count sessions"),
    ("统计 sessions 其中 type=micro 按 month", "count sessions where type=micro by month"),
    (
      "统计, 平均 score, 求和 hours 从 attendance 按 session.type",
      "count, avg score, sum hours of attendance by session.type"
    ),
    ("统计 不同 member 的 attendance", "count distinct member of attendance"),
    ("最小 date, 最大 date, 中位数 hours 从 sessions", "min date, max date, median hours of sessions"),
    ("占比 status=done 从 plans 按 category", "rate status=done of plans by category"),
    ("统计 sessions 按 year 交叉 type", "count sessions by year across type"),
    (
      "列出 date, title 从 sessions 其中 type=practice 排序 date 降序 限 5",
      "list date, title of sessions where type=practice order by date desc limit 5"
    ),
    (
      "统计 attendance 按 session 筛选 统计 < 20 排序 统计 升序 前 3 以 csv",
      "count attendance by session having count < 20 order by count asc top 3 as csv"
    ),
    (
      "统计 members 其中 没有 (attendance 其中 session.date 属于 2016)",
      "count members where no (attendance where session.date in 2016)"
    ),
    (
      "统计 members 其中 有 attendance 且 非 in_service = 真 或 exempt = 假",
      "count members where has attendance and not in_service = true or exempt = false"
    ),
    (
      "统计 members 其中 统计(attendance 其中 score 为空) > 2",
      "count members where count(attendance where score is empty) > 2"
    ),
    (
      "统计 sessions 其中 base 不为空 并且 type 不属于 (micro, open) 或者 hours 不介于 1 和 2",
      "count sessions where base is not empty and type not in (micro, open) or hours not between 1 and 2"
    ),
    (
      "统计 sessions 其中 hours 介于 1 且 3 和 date 不 属于 2016",
      "count sessions where hours between 1 and 3 and date not in 2016"
    ),
    ("设 recent = sessions 其中 date >= 2016-06-01", "let recent = sessions where date >= 2016-06-01"),
    ("显示表", "show tables"),
    ("描述 sessions", "describe sessions"),
    ("sql 统计 sessions 按 month", "sql count sessions by month"),
    (
      "统计 members 其中 求和(attendance.hours 其中 session.date 属于 2016) < 32",
      "count members where sum(attendance.hours where session.date in 2016) < 32"
    ),
  ]

  func testEachChineseStatementParsesLikeItsEnglishForm() {
    for (chinese, english) in Self.pairs {
      XCTAssertEqual(
        parseOK(chinese).map { $0.withoutSpans() }, parseOK(english).map { $0.withoutSpans() },
        chinese)
    }
  }

  func testTheFormsMix() {
    XCTAssertEqual(
      parseOK("count sessions 其中 type=micro by month 排序 count desc").map { $0.withoutSpans() },
      parseOK("count sessions where type=micro by month order by count desc").map {
        $0.withoutSpans()
      })
    XCTAssertEqual(
      parseOK("统计 sessions order 按 date").map { $0.withoutSpans() },
      parseOK("count sessions order by date").map { $0.withoutSpans() })
  }

  func testThePrinterWritesEitherForm() {
    for (chinese, english) in Self.pairs {
      let statement = parseOK(english)[0]
      let printedChinese = Printer.print(statement, form: .chinese)
      let fromChinese = parseOK(printedChinese)[0]
      XCTAssertEqual(fromChinese.withoutSpans(), statement.withoutSpans(), printedChinese)
      XCTAssertEqual(
        Printer.print(parseOK(chinese)[0], form: .english), Printer.print(statement), chinese)
    }
    let query = parseOK(
      "list date, title of sessions where type not in (micro, open) and base is not empty and hours between 1 and 2 order by date desc limit 5 as csv"
    )[0]
    XCTAssertEqual(
      Printer.print(query, form: .chinese),
      "列出 date, title 从 sessions 其中 type 不属于 (micro, open) 且 base 不为空 且 hours 介于 1 和 2 排序 date 降序 限 5 以 csv"
    )
    XCTAssertEqual(
      Printer.print(
        parseOK("count attendance by session having count < 20 order by count top 3")[0],
        form: .chinese),
      "统计 attendance 按 session 筛选 统计 < 20 排序 统计 前 3")
    XCTAssertEqual(Printer.print(parseOK("show tables")[0], form: .chinese), "显示表")
    XCTAssertEqual(
      Printer.print(
        parseOK("count distinct member of attendance where not score is empty")[0], form: .chinese),
      "统计 不同 member 从 attendance 其中 非 score 为空")
  }

  func testAPhraseWordIsSeveralTokensWithOneSpan() {
    let tokens = Lexer.tokenize("排序 不为空")
    XCTAssertEqual(
      tokens.map(\.kind),
      [.keyword(.order), .keyword(.by), .keyword(.is), .keyword(.not), .keyword(.empty), .end])
    XCTAssertEqual(
      tokens.map(\.span),
      [Span(0, 6), Span(0, 6), Span(7, 16), Span(7, 16), Span(7, 16), Span(16, 16)])
  }

  func testNamesThatStartWithAKeywordStayNames() {
    XCTAssertEqual(
      Lexer.tokenize("在职党员 不同意见 统计表 前进").map(\.kind),
      [.name("在职党员"), .name("不同意见"), .name("统计表"), .name("前进"), .end])
    XCTAssertFalse(Lexer.isPlainName("统计"))
    XCTAssertFalse(Lexer.isPlainName("没有"))
    XCTAssertTrue(Lexer.isPlainName("统计表"))
    // A value spelled like a keyword is quoted, in either form.
    let statement = parseOK("count plans where status = \"没有\"")[0]
    XCTAssertEqual(Printer.print(statement, form: .chinese), "统计 plans 其中 status = \"没有\"")
  }

  func testEveryKeywordHasAChineseSpelling() {
    let spelled = Set(ChineseKeywords.entries.flatMap(\.keywords) + [.sql])
    XCTAssertEqual(spelled, Set(Keyword.allCases))
    let words = ChineseKeywords.entries.map(\.word)
    XCTAssertEqual(words.count, Set(words).count, "a Chinese word has two meanings")
    for word in words {
      XCTAssertNil(Keyword(word: word), word)
      XCTAssertTrue(word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }, word)
    }
  }

  func render(_ text: String, language: Language = .en) -> String {
    DiagnosticRenderer(text: text, language: language).render(Parser.parse(text).diagnostics)
  }

  func testAKeywordRunIntoANameIsPointedAt() {
    XCTAssertEqual(
      render("统计党课 其中 课型=微党课"),
      """
      error[E0902]: the keyword '统计' is run into '党课'
       --> line 1, column 1
        |
      1 | 统计党课 其中 课型=微党课
        | ^^^^^^^^ keywords are separate words: write '统计 党课'
      """)
    XCTAssertEqual(
      render("统计 党课 其中 课型=微党课 按月", language: .zh),
      """
      错误[E0902]：关键字“按”和“月”连在了一起
       --> 第 1 行，第 17 列
        |
      1 | 统计 党课 其中 课型=微党课 按月
        |                            ^^^^ 关键字要用空格隔开，写成“按 月”
      """)
    XCTAssertEqual(
      render("统计 党课其中 课型=微党课"),
      """
      error[E0902]: the keyword '其中' is run into '党课'
       --> line 1, column 4
        |
      1 | 统计 党课其中 课型=微党课
        |      ^^^^^^^^ keywords are separate words: write '党课 其中'
      """)
  }

  func testANearMissOfAChineseKeywordIsSuggested() {
    XCTAssertEqual(
      render("统记 党课"),
      """
      error[E0201]: unknown keyword '统记'
       --> line 1, column 1
        |
      1 | 统记 党课
        | ^^^^ did you mean '统计'?
      """)
    XCTAssertEqual(
      Parser.parse("统计 党课 其中 课型=微党课 排续 日期").diagnostics.first?.hints, ["did you mean '排序'?"])
    XCTAssertEqual(
      Parser.parse("统计, 平军 评分 从 参学记录").diagnostics.first?.hints, ["did you mean '平均'?"])
    XCTAssertEqual(
      Parser.parse("统计 党课 排序 日期 降续").diagnostics.first?.hints, ["did you mean '降序'?"])
    XCTAssertEqual(
      Parser.parse("统计 党课 其中 日期 属与 2016").diagnostics.first?.hints, ["did you mean '属于'?"])
  }

  func testContinuationWorksForBothForms() {
    for text in ["统计 党课 其中", "统计 党课 排序", "统计 党课 其中 课型 不属于", "统计 党课 按", "设 近期 =", "求和 学时 从"] {
      XCTAssertTrue(Continuation.needsMore(text), text)
    }
    for text in ["统计 党课", "统计 党课 其中 基地 为空", "显示表", "统计 党课 排序 日期 降序"] {
      XCTAssertFalse(Continuation.needsMore(text), text)
    }
    XCTAssertEqual(
      Parser.parse("统计 党课 其中\n课型 = 微党课 且\n日期 属于 2016").statements.count, 1)
  }
}
