import Engine
import Lang
import XCTest

/// Every malformed query in Fixtures/bad/queries.txt gives exactly its expected message, quickly.
final class QueryCorpusTests: XCTestCase {
  /// The longest one case may take (debug build, shared machine).
  static let timeLimit = Duration.seconds(5)

  func testEveryMalformedQueryHasItsExactMessage() throws {
    let path = CorpusFile.root + "/queries.txt"
    let corpus = try CorpusFile(path: path)
    XCTAssertGreaterThanOrEqual(corpus.cases.count, 60)
    var actual: [String] = []
    var actualZh: [String] = []
    for c in corpus.cases {
      let (text, elapsed) = run(c.input, .en)
      let (textZh, _) = run(c.input, .zh)
      actual.append(text)
      actualZh.append(textZh)
      XCTAssertLessThan(elapsed, Self.timeLimit, c.title)
      if !CorpusFile.updating {
        XCTAssertEqual(text, c.expected, "case '\(c.title)'")
        XCTAssertEqual(textZh, c.expectedZh, "case '\(c.title)' in Chinese")
      }
    }
    if CorpusFile.updating { try corpus.write(to: path, actual: actual, actualZh: actualZh) }
  }

  /// Every case that is an error or a warning says where: a `line …, column …` and a caret.
  func testEveryMessageIsLocated() throws {
    let corpus = try CorpusFile(path: CorpusFile.root + "/queries.txt")
    for c in corpus.cases where !c.expected.isEmpty {
      XCTAssertTrue(c.expected.contains(" --> line "), "case '\(c.title)' has no location")
      XCTAssertTrue(c.expected.contains("^"), "case '\(c.title)' has no caret")
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
