import Lang
import XCTest

/// Diagnostics as JSON lines (`--format json`): exact lines in both languages, escaping.
final class DiagnosticJSONTests: XCTestCase {
  func testOneLineInEnglishAndChinese() {
    let text = "show tables\ncount sesions wehre type = micro"
    let source = SourceText(text, fileName: "report.dk")
    let diagnostic = Parser.parse(text).diagnostics[0]
    XCTAssertEqual(
      DiagnosticJSON.line(diagnostic, source: source, language: .en),
      #"{"code":"E0201","severity":"error","message":"unknown keyword 'wehre'","#
        + #""hint":"did you mean 'where'?","file":"report.dk","line":2,"column":15}"#)
    XCTAssertEqual(
      DiagnosticJSON.line(diagnostic, source: source, language: .zh),
      #"{"code":"E0201","severity":"error","message":"不认识的关键字“wehre”","#
        + #""hint":"是不是“where”？","file":"report.dk","line":2,"column":15}"#)
  }

  func testNoFileNoHintAndColumnsCountCharacters() {
    let text = "count members where 类别 = 居民区 and 名字 == \"王\""
    let diagnostic = Parser.parse(text).diagnostics[0]
    XCTAssertEqual(
      DiagnosticJSON.line(diagnostic, source: SourceText(text), language: .en),
      #"{"code":"E0107","severity":"error","message":"'==' is not an operator","#
        + #""hint":"use a single '=' to compare","file":null,"line":1,"column":37}"#)
    let bare = Diagnostic(.warning, Message(verbatim: "x"), at: .at(0))
    XCTAssertEqual(
      DiagnosticJSON.line(bare, source: SourceText("x"), language: .zh),
      #"{"code":null,"severity":"warning","message":"x","hint":null,"file":null,"line":1,"column":1}"#
    )
  }

  func testSeveralHintsAreJoinedAndTextIsEscaped() {
    let text = "count sessions where type = \"a\\q\""
    let diagnostic = Parser.parse(text).diagnostics[0]
    XCTAssertEqual(
      DiagnosticJSON.line(diagnostic, source: SourceText(text, fileName: "a \"b\".dk")),
      #"{"code":"E0116","severity":"error","message":"unknown escape in string","#
        + #""hint":"inside quotes write \\\" \\' \\\\ or \\n; a plain backslash is \\\\","#
        + #""file":"a \"b\".dk","line":1,"column":31}"#)
    let sessions = Parser.parse("sessions").diagnostics[0]
    XCTAssertEqual(
      DiagnosticJSON.line(sessions, source: SourceText("sessions"), language: .zh),
      #"{"code":"E0210","severity":"error","message":"语句不能以“sessions”开头","#
        + #""hint":"语句以 count、sum、avg、min、max、median、stddev、rate、list、let、show、describe 或 sql 开头；"#
        + #"例如：count sessions","file":null,"line":1,"column":1}"#)
    XCTAssertEqual(DiagnosticJSON.quoted("a\tb\u{1}\n\r"), #""a\tb\u0001\n\r""#)
  }
}
