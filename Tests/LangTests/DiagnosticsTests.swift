import Lang
import XCTest

/// Rendering details, display width, line/column and suggestions.
final class DiagnosticsTests: XCTestCase {
  func testDisplayWidth() {
    XCTAssertEqual(displayWidth("abc"), 3)
    XCTAssertEqual(displayWidth("居民区"), 6)
    XCTAssertEqual(displayWidth("，（）"), 6)
    XCTAssertEqual(displayWidth("e\u{301}"), 1)
    XCTAssertEqual(displayWidth("a\tb"), 6)
    XCTAssertEqual(displayWidth("한국"), 4)
    XCTAssertEqual(displayWidth("😀"), 2)
  }

  func testLineAndColumn() {
    let source = SourceText("count\n居民区 x\r\nlast")
    XCTAssertEqual(source.lineCount, 3)
    XCTAssertEqual(source.location(of: 0).line, 1)
    XCTAssertEqual(source.location(of: 6).line, 2)
    XCTAssertEqual(source.location(of: 16).column, 5)
    XCTAssertEqual(source.lineText(2), "居民区 x")
    XCTAssertEqual(source.location(of: 19).line, 3)
    XCTAssertEqual(source.location(of: 999).line, 3)
  }

  func testCaretSitsUnderWideCharacters() {
    let text = "count members where 类别＝＝居民区"
    let rendered = DiagnosticRenderer(text: text).render(Parser.parse(text).diagnostics)
    let lines = rendered.split(separator: "\n").map(String.init)
    let source = lines[3].dropFirst(4)
    let caretLine = lines[4].dropFirst(4)
    let caretColumn = displayWidth(caretLine.prefix { $0 == " " })
    XCTAssertEqual(caretColumn, displayWidth("count members where 类别"))
    XCTAssertEqual(source, Substring(text))
    XCTAssertTrue(caretLine.contains("^^^^ "), "a full-width character gets two carets")
  }

  func testSeveralDiagnosticsAreSeparatedByABlankLine() {
    let text = "cuont a\nshow tabels"
    let rendered = DiagnosticRenderer(text: text).render(Parser.parse(text).diagnostics)
    XCTAssertTrue(
      rendered.contains("did you mean 'count'?\n\nerror[E0201]: unknown keyword 'tabels'"))
  }

  func testEmptySpanAtEndOfLongLineNumber() {
    var text = String(repeating: "show tables\n", count: 11)
    text += "count"
    let diagnostics = Parser.parse(text).diagnostics
    XCTAssertEqual(
      DiagnosticRenderer(text: text, fileName: "a.dk", language: .en).render(diagnostics),
      """
      error[E0202]: expected a table after 'count', found end of input
        --> a.dk:12:6
         |
      12 | count
         |      ^ for example: count sessions
      """)
    XCTAssertEqual(
      DiagnosticRenderer(text: text, fileName: "a.dk", language: .zh).render(diagnostics),
      """
      错误[E0202]：“count”后面要写表名，却遇到了输入的末尾
        --> a.dk:12:6
         |
      12 | count
         |      ^ 例如：count sessions
      """)
  }

  func testSuggestions() {
    XCTAssertEqual(Suggest.closest(to: "cuont", among: ["count", "sum", "list"]), "count")
    XCTAssertEqual(Suggest.closest(to: "wehre", among: ["where", "by"]), "where")
    XCTAssertEqual(Suggest.closest(to: "SESIONS", among: ["members", "sessions"]), "sessions")
    XCTAssertEqual(Suggest.closest(to: "居民", among: ["居民区", "两新组织"]), nil)
    XCTAssertEqual(Suggest.closest(to: "居民小区", among: ["居民区", "两新组织"]), "居民区")
    XCTAssertNil(Suggest.closest(to: "type", among: ["top"]))
    XCTAssertNil(Suggest.closest(to: "xyzzy", among: ["count"]))
    XCTAssertEqual(Suggest.distance("ab", "ba"), 1)
    XCTAssertEqual(Suggest.distance("kitten", "sitting"), 3)
    XCTAssertEqual(Suggest.distance("", "abc"), 3)
  }

  func testParseStatementThrowsTheFirstError() {
    XCTAssertThrowsError(try Parser.parseStatement("cuont sessions")) { error in
      XCTAssertEqual((error as? Diagnostic)?.message, "unknown keyword 'cuont'")
    }
    XCTAssertThrowsError(try Parser.parseStatement("show tables; show tables"))
    XCTAssertThrowsError(try Parser.parseStatement("# nothing"))
    XCTAssertEqual(try Parser.parseStatement("show tables").kind, .showTables)
  }

  func testParseValueForParameters() throws {
    XCTAssertEqual(
      try Parser.parseValue("2016-11").kind, .literal(.period(.month(year: 2016, month: 11))))
    XCTAssertEqual(try Parser.parseValue("居民区").kind, .literal(.word("居民区")))
    XCTAssertEqual(try Parser.parseValue("32").kind, .literal(.integer(32)))
    XCTAssertThrowsError(try Parser.parseValue("a b"))
  }
}
