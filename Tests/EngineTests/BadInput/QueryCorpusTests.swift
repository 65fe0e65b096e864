import Engine
import Foundation
import Lang
import TestSupport
import XCTest

/// Every malformed query in Fixtures/bad/queries/ (one file a feature) gives exactly its
/// expected message, in English and in Chinese, quickly. With DANGKE_UPDATE_GOLDEN=1 the
/// expected messages are rewritten instead.
final class QueryCorpusTests: XCTestCase {
  /// `Tests/EngineTests/Fixtures/bad/queries`.
  static let path = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/bad/queries").path

  /// The longest one case may take (debug build, shared machine).
  static let timeLimit = Duration.seconds(5)

  func testEveryMalformedQueryHasItsExactMessage() throws {
    let corpus = try GoldenCorpus(path: Self.path)
    XCTAssertGreaterThanOrEqual(corpus.cases.count, 60)
    let reports = try corpus.check(printed: true) { c in
      let (text, elapsed) = run(c.input, .en)
      XCTAssertLessThan(elapsed, Self.timeLimit, c.name)
      return (text, run(c.input, .zh).0)
    }
    for report in reports { XCTFail(report) }
  }

  /// Every case that is an error or a warning says where: a `line …, column …` and a caret.
  func testEveryMessageIsLocated() throws {
    let corpus = try GoldenCorpus(path: Self.path)
    for c in corpus.cases where !c.expected.isEmpty {
      XCTAssertTrue(c.expected.contains(" --> line "), "case '\(c.name)' has no location")
      XCTAssertTrue(c.expected.contains("^"), "case '\(c.name)' has no caret")
    }
  }

  /// Runs the case's statements as `dangke` would and returns what goes to standard error.
  private func run(_ input: [String], _ language: Language) -> (String, Duration) {
    let before = Language.current
    Language.current = language
    defer { Language.current = before }
    var parameters: [String: String] = [:]
    var lines = input[...]
    while let line = lines.first, line.hasPrefix("set "), let eq = line.firstIndex(of: "=") {
      parameters[String(line.dropFirst(4)[..<eq])] = String(line[line.index(after: eq)...])
      lines = lines.dropFirst()
    }
    let session = Session(store: Sample.store)
    session.parameters = parameters
    var messages = ""
    let shell = StatementRunner(session: session, out: { _ in }, err: { messages += $0 })
    let clock = ContinuousClock()
    let elapsed = clock.measure { shell.run(lines.joined(separator: "\n")) }
    return (messages, elapsed)
  }
}
