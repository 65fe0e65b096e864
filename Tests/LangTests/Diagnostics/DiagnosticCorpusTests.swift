import Foundation
import Lang
import TestSupport
import XCTest

/// Every parser and lexer message, rendered, against the golden corpus in cases/ (one file a
/// feature); and the messages still found weak, in weak-messages.txt. Every case runs in both
/// languages; with DANGKE_UPDATE_GOLDEN=1 the expected renderings are rewritten instead.
final class DiagnosticCorpusTests: XCTestCase {
  /// A corpus beside this file (`cases`, `weak-messages.txt`).
  static func corpus(_ name: String) throws -> GoldenCorpus {
    try GoldenCorpus(
      path: URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
        .appendingPathComponent(name).path)
  }

  func testCorpus() throws {
    let corpus = try Self.corpus("cases")
    XCTAssertGreaterThanOrEqual(corpus.cases.count, 45)
    XCTAssertEqual(
      Set(corpus.cases.map(\.inputText)).count, corpus.cases.count, "inputs are distinct")
    try check(corpus)
  }

  func testEveryCaseIsAnErrorWithOneDiagnosticPerStatement() throws {
    let corpus = try Self.corpus("cases")
    for entry in corpus.cases {
      let result = Parser.parse(entry.inputText)
      XCTAssertFalse(result.diagnostics.isEmpty, entry.name)
      let expectedCount = entry.title.contains("three errors") ? 3 : 1
      XCTAssertEqual(result.diagnostics.count, expectedCount, "no cascades: \(entry.name)")
    }
  }

  func testWeakMessages() throws {
    let corpus = try Self.corpus("weak-messages.txt")
    XCTAssertFalse(corpus.cases.isEmpty)
    try check(corpus)
  }

  /// The rendered diagnostics of an input, as the corpus records them.
  static func render(_ title: String, _ input: String, _ language: Language) -> String {
    let fileName = title.hasSuffix("(report.dk)") ? "report.dk" : nil
    let result = Parser.parse(input)
    if result.diagnostics.isEmpty { return language == .zh ? "（没有错误）" : "(no error)" }
    return DiagnosticRenderer(text: input, fileName: fileName, language: language)
      .render(result.diagnostics)
  }

  /// Checks every case in both languages; with DANGKE_UPDATE_GOLDEN=1 rewrites the corpus.
  private func check(_ corpus: GoldenCorpus, file: StaticString = #filePath, line: UInt = #line)
    throws
  {
    let reports = try corpus.check { c in
      (Self.render(c.title, c.inputText, .en), Self.render(c.title, c.inputText, .zh))
    }
    for report in reports { XCTFail(report, file: file, line: line) }
  }
}
