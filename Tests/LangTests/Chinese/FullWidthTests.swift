import Lang
import XCTest

/// Input-method punctuation and digits: read as ASCII outside strings, kept inside, with
/// byte-exact spans and carets under the full-width characters.
final class FullWidthTests: XCTestCase {
  func kinds(_ text: String) -> [Token.Kind] { Lexer.tokenize(text).map(\.kind) }

  func render(_ text: String, strict: Bool = false) -> String {
    let result = Parser.parse(text, options: ParseOptions(strict: strict))
    return DiagnosticRenderer(text: text, language: .en).render(result.diagnostics + result.notes)
  }

  func assertSameStatements(
    _ fullWidth: String, _ ascii: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let left = parseOK(fullWidth, file: file, line: line).map { $0.withoutSpans() }
    let right = parseOK(ascii, file: file, line: line).map { $0.withoutSpans() }
    XCTAssertEqual(left, right, fullWidth, file: file, line: line)
  }

  func testTheIssuesExamplesAreAccepted() {
    assertSameStatements(
      "count sessions where type＝micro and date in ２０１６",
      "count sessions where type=micro and date in 2016")
    assertSameStatements(
      "count sessions where type in （micro，open）", "count sessions where type in (micro,open)")
  }

  func testEveryTwinIsReadAsASCII() {
    assertSameStatements(
      "list date，title of sessions where hours ＞ 1．5 and hours ＜＝ ２ and type ！＝ micro",
      "list date,title of sessions where hours > 1.5 and hours <= 2 and type != micro")
    assertSameStatements(
      "count attendance where member．category ＞＝ a and score ＜＞ －１",
      "count attendance where member.category >= a and score <> -1")
    assertSameStatements(
      "count sessions where date ＝ ２０１６－１１－２４；count sessions where date in ２０１６－１１",
      "count sessions where date = 2016-11-24;count sessions where date in 2016-11")
    assertSameStatements(
      "count sessions where date in ２０１６－Q４ and title ～ 党",
      "count sessions where date in 2016-Q4 and title ~ 党")
    assertSameStatements("count　sessions　by　month", "count sessions by month")
    assertSameStatements(
      "count sessions where date in ￥month", "count sessions where date in $month")
    assertSameStatements("count sessions ＃ a comment", "count sessions")
  }

  func testTheEnumerationCommaSeparatesAList() {
    assertSameStatements(
      "count sessions where type in （micro、open、demo）",
      "count sessions where type in (micro, open, demo)")
  }

  func testSpansCountTheBytesAsWritten() {
    let tokens = Lexer.tokenize("type＝micro ２０１６")
    XCTAssertEqual(
      tokens.map(\.span), [Span(0, 4), Span(4, 7), Span(7, 12), Span(13, 25), Span(25, 25)])
    XCTAssertEqual(tokens[3].kind, .integer(2016))
    XCTAssertEqual(tokens[1].kind, .symbol(.equal))
  }

  func testInsideStringsFullWidthIsKeptAsWritten() {
    XCTAssertEqual(
      kinds("title ~ \"（示范课）：２０１６，规范“三会一课”\""),
      [.name("title"), .symbol(.tilde), .string("（示范课）：２０１６，规范“三会一课”"), .end])
    // Names keep full-width digits too: only numbers are folded.
    XCTAssertEqual(kinds("名字２ = ２"), [.name("名字２"), .symbol(.equal), .integer(2), .end])
  }

  func testChineseQuotesDelimitStrings() {
    XCTAssertEqual(
      kinds("name ~ “王” or name ~ ‘李’ or name ~ ＂张＂"),
      [
        .name("name"), .symbol(.tilde), .string("王"), .keyword(.or), .name("name"),
        .symbol(.tilde), .string("李"), .keyword(.or), .name("name"), .symbol(.tilde),
        .string("张"), .end,
      ])
    // Inside Chinese quotes, ASCII quotes are text; `\”` escapes the closing quote.
    XCTAssertEqual(kinds("“a\"b\\”c”"), [.string("a\"b”c"), .end])
  }

  func testAStrayClosingQuoteIsPointedAt() {
    XCTAssertEqual(
      render("count members where name ~ ”王”"),
      """
      error[E0901]: '”' closes a string that was never opened
       --> line 1, column 28
        |
      1 | count members where name ~ ”王”
        |                            ^ start the string with “: “王”
      """)
  }

  func testAnUnclosedChineseStringAsksForTheClosingQuote() {
    XCTAssertEqual(
      Parser.parse("count members where name ~ “王").diagnostics.first?.hints,
      ["close it with a matching ”"])
  }

  func testCaretsStayUnderFullWidthCharacters() {
    XCTAssertEqual(
      render("count members where 类别＝＝居民区"),
      """
      error[E0107]: '==' is not an operator
       --> line 1, column 23
        |
      1 | count members where 类别＝＝居民区
        |                         ^^^^ use a single '=' to compare
      """)
    // `。` is not read as '.': it ends a Chinese sentence, not a path.
    XCTAssertEqual(
      render("count sessions where type＝micro。"),
      """
      error[E0101]: full-width '。' is not allowed here
       --> line 1, column 32
        |
      1 | count sessions where type＝micro。
        |                                 ^^ type the ASCII '.' instead (switch the input method to English)
      """)
  }

  func testStrictModeNotesEachFullWidthToken() {
    let text = "count sessions where type＝micro and date in ２０１６"
    XCTAssertEqual(Parser.parse(text).notes, [])
    let strict = Parser.parse(text, options: ParseOptions(strict: true))
    XCTAssertEqual(strict.diagnostics, [])
    XCTAssertEqual(strict.statements.count, 1)
    XCTAssertEqual(
      render(text, strict: true),
      """
      note[W0901]: full-width '＝' read as '='
       --> line 1, column 26
        |
      1 | count sessions where type＝micro and date in ２０１６
        |                          ^^ strict mode asks for ASCII punctuation: switch the input method to English

      note[W0901]: full-width '２０１６' read as '2016'
       --> line 1, column 45
        |
      1 | count sessions where type＝micro and date in ２０１６
        |                                              ^^^^^^^^ strict mode asks for ASCII punctuation: switch the input method to English
      """)
    XCTAssertEqual(
      DiagnosticRenderer(text: text, language: .zh).render(strict.notes[0]).split(separator: "\n")
        .first, "提示[W0901]：全角的“＝”已按半角“=”读取")
  }
}
