import Lang
import XCTest

/// Every parser and lexer message, rendered, against the golden corpus in cases.txt;
/// and the messages still found weak, in weak-messages.txt.
final class DiagnosticCorpusTests: XCTestCase {
  func testCorpus() throws {
    let corpus = try GoldenCorpus(named: "cases.txt")
    XCTAssertGreaterThanOrEqual(corpus.cases.count, 45)
    XCTAssertEqual(Set(corpus.cases.map(\.input)).count, corpus.cases.count, "inputs are distinct")
    try corpus.check()
  }

  func testEveryCaseIsAnErrorWithOneDiagnosticPerStatement() throws {
    let corpus = try GoldenCorpus(named: "cases.txt")
    for entry in corpus.cases {
      let result = Parser.parse(entry.input)
      XCTAssertFalse(result.diagnostics.isEmpty, entry.title)
      let expectedCount = entry.title.contains("three errors") ? 3 : 1
      XCTAssertEqual(result.diagnostics.count, expectedCount, "no cascades: \(entry.title)")
    }
  }

  func testWeakMessages() throws {
    let corpus = try GoldenCorpus(named: "weak-messages.txt")
    XCTAssertFalse(corpus.cases.isEmpty)
    try corpus.check()
  }
}
