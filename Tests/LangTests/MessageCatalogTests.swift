import XCTest

@testable import Lang

final class MessageCatalogTests: XCTestCase {
  func testPlaceholdersAreFilledInBothLanguages() {
    let spec = MessageSpec("E9999", en: "unknown table '{0}'", zh: "没有名为“{0}”的表")
    let message = spec("sesions")
    XCTAssertEqual(message.code, "E9999")
    XCTAssertEqual(message.en, "unknown table 'sesions'")
    XCTAssertEqual(message.zh, "没有名为“sesions”的表")
    XCTAssertEqual(MessageSpec.placeholders("{1} and {0} and {x}"), [0, 1])
  }

  func testRenderedCodeAndChineseWords() {
    let d = Diagnostic.error(
      MessageSpec("E9999", en: "unknown table '{0}'", zh: "没有名为“{0}”的表")("党课x"),
      at: Span(6, 13),
      notes: [Message(en: "did you mean '党课'?", zh: "是不是“党课”？")])
    XCTAssertEqual(
      DiagnosticRenderer(text: "count 党课x", language: .en).render(d),
      """
      error[E9999]: unknown table '党课x'
       --> line 1, column 7
        |
      1 | count 党课x
        |       ^^^^^ did you mean '党课'?
      """)
    XCTAssertEqual(
      DiagnosticRenderer(text: "count 党课x", language: .zh).render(d),
      """
      错误[E9999]：没有名为“党课x”的表
       --> 第 1 行，第 1 列
        |
      1 | count 党课x
        |       ^^^^^ 是不是“党课”？
      """.replacingOccurrences(of: "第 1 列", with: "第 7 列"))
  }

  func testLanguageFromTheLocale() {
    XCTAssertEqual(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]), .zh)
    XCTAssertEqual(Language.fromEnvironment(["LANG": "C.UTF-8"]), .en)
    XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]), .en)
    XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"]), .zh)
    XCTAssertEqual(Language.fromEnvironment([:]), .en)
  }
}
