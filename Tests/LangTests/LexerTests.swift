import Lang
import XCTest

/// Tokens, spans and statement separation.
final class LexerTests: XCTestCase {
  func kinds(_ text: String) -> [Token.Kind] { Lexer.tokenize(text).map(\.kind) }

  func testKeywordsAreCaseInsensitiveAndNamesKeepTheirCase() {
    XCTAssertEqual(
      kinds("COUNT Sessions wHeRe"),
      [.keyword(.count), .name("Sessions"), .keyword(.where), .end])
  }

  /// `+ - * /` after a value are operators; `-` elsewhere starts a negative number; dates
  /// stay single tokens.
  func testArithmeticOperatorsAndNegativeNumbers() {
    XCTAssertEqual(
      kinds("2016 - born, 2016-born, hours*2/3+x, x = -1, x -1, (a) - 2016-11-24"),
      [
        .integer(2016), .symbol(.minus), .name("born"), .symbol(.comma), .integer(2016),
        .symbol(.minus), .name("born"), .symbol(.comma), .name("hours"), .symbol(.star),
        .integer(2), .symbol(.slash), .integer(3), .symbol(.plus), .name("x"), .symbol(.comma),
        .name("x"), .symbol(.equal), .integer(-1), .symbol(.comma), .name("x"), .symbol(.minus),
        .integer(1), .symbol(.comma), .symbol(.leftParen), .name("a"), .symbol(.rightParen),
        .symbol(.minus), .date(year: 2016, month: 11, day: 24), .end,
      ])
    XCTAssertEqual(kinds("学时 ＝ 2016 － born × 2 ÷ 3").count, 10)
  }

  func testLiterals() {
    XCTAssertEqual(
      kinds("-1 32 1.50 \"a\\\"b\" 'c' 2016-11-24 2016-11 2016-Q4 2016-1-5 $month true"),
      [
        .integer(-1), .integer(32), .decimal("1.50"), .string("a\"b"), .string("c"),
        .date(year: 2016, month: 11, day: 24), .month(year: 2016, month: 11),
        .quarter(year: 2016, quarter: 4), .date(year: 2016, month: 1, day: 5), .parameter("month"),
        .keyword(.true), .end,
      ])
  }

  func testSymbolsAndNotEqualSpellings() {
    XCTAssertEqual(
      kinds("= != <> < <= > >= ~ , . ( )"),
      [
        .symbol(.equal), .symbol(.notEqual), .symbol(.notEqual), .symbol(.less),
        .symbol(.lessOrEqual), .symbol(.greater), .symbol(.greaterOrEqual), .symbol(.tilde),
        .symbol(.comma), .symbol(.dot), .symbol(.leftParen), .symbol(.rightParen), .end,
      ])
  }

  func testSpansAreUTF8ByteOffsets() {
    let tokens = Lexer.tokenize("类别 = 居民区")
    XCTAssertEqual(tokens.map(\.span), [Span(0, 6), Span(7, 8), Span(9, 18), Span(18, 18)])
    XCTAssertEqual(tokens[2].kind, .name("居民区"))
  }

  func testChineseIdentifiersWithDigitsAndUnderscores() {
    XCTAssertEqual(kinds("名字2 _x 会议_类型"), [.name("名字2"), .name("_x"), .name("会议_类型"), .end])
  }

  func testCommentsAreSkipped() {
    XCTAssertEqual(
      kinds("count # all of them\nsessions"),
      [.keyword(.count), .separator, .name("sessions"), .end])
  }

  func testNewlineSeparatesStatementsUnlessTheStatementGoesOn() {
    XCTAssertEqual(kinds("show tables\nshow tables").filter { $0 == .separator }.count, 1)
    XCTAssertEqual(kinds("show tables;show tables").filter { $0 == .separator }.count, 1)
    // Inside parentheses, after a trailing backslash, after a word that needs more, before an indented line.
    for text in [
      "count sessions where (type\n= micro)", "count sessions \\\nby month",
      "count sessions where\ntype = micro",
      "count sessions\n  by month", "count sessions\n\n# note\n   by month",
      "count sessions by month,\ntype",
    ] {
      XCTAssertFalse(kinds(text).contains(.separator), text)
    }
  }

  /// A run of blank and comment lines is looked through once for the indented line after it
  /// (a script's later statements come after as many newlines as lines before them), and
  /// every newline of the run gets the answer it had: a separator unless the next line with
  /// something on it is indented.
  func testLongRunsOfBlankLinesKeepTheirSeparators() {
    let blanks = String(repeating: "\n", count: 5000)
    let separators = { (text: String) in self.kinds(text).filter { $0 == .separator }.count }
    // 5000 before the statement and 5000 at the end; none before the indented `by month`.
    XCTAssertEqual(separators(blanks + "count sessions" + blanks + "  by month" + blanks), 10000)
    // `by month` is not indented: every newline of the run, the comment's too, separates.
    XCTAssertEqual(
      separators(blanks + "count sessions" + blanks + "# note\n" + blanks + "by month"), 15001)
    // An indented comment line is looked through as well; two newlines end the text.
    XCTAssertEqual(
      separators("count sessions\n\n  # note\n\n\n  by month\nshow tables\n\n"), 3)
    XCTAssertEqual(separators("show tables\n" + blanks + "# last\n" + blanks), 10002)
  }

  func testInvalidTextBecomesOneInvalidToken() {
    let tokens = Lexer.tokenize("count 。 sessions")
    XCTAssertEqual(tokens.count, 4)
    guard case .invalid(let diagnostic) = tokens[1].kind else { return XCTFail("not invalid") }
    XCTAssertEqual(diagnostic.span, Span(6, 9))
  }

  func testLexerStateForContinuation() {
    XCTAssertEqual(Lexer("count (a (b)").openParens, 1)
    XCTAssertTrue(Lexer("name ~ \"王").endsInsideString)
    XCTAssertTrue(Lexer("count sessions \\").endsWithBackslash)
    XCTAssertFalse(Lexer("count sessions").endsWithBackslash)
  }

  func testPlainNames() {
    XCTAssertTrue(Lexer.isPlainName("居民区"))
    XCTAssertTrue(Lexer.isPlainName("micro"))
    XCTAssertFalse(Lexer.isPlainName("where"))
    XCTAssertFalse(Lexer.isPlainName("Where"))
    XCTAssertFalse(Lexer.isPlainName("two words"))
    XCTAssertFalse(Lexer.isPlainName("2x"))
    XCTAssertFalse(Lexer.isPlainName(""))
  }
}
