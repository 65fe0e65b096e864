import Foundation
import Lang
import XCTest

/// A file of `=== title` / input / `----` / expected rendered diagnostics blocks
/// (sqllogictest style). Set `DANGKE_UPDATE_GOLDEN=1` to rewrite the expected parts.
struct GoldenCorpus {
  struct Case {
    var title: String
    var input: String
    var expected: String
  }

  let url: URL
  var cases: [Case] = []
  /// Lines before the first case (a comment header), kept when rewriting.
  var header: [String] = []

  init(named name: String, file: StaticString = #filePath) throws {
    url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    var current: Case?
    var inExpected = false
    var input: [String] = []
    var expected: [String] = []
    func finish() {
      guard var done = current else { return }
      done.input = input.joined(separator: "\n")
      while expected.last?.isEmpty == true { expected.removeLast() }
      done.expected = expected.joined(separator: "\n")
      cases.append(done)
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("=== ") {
        finish()
        current = Case(title: String(line.dropFirst(4)), input: "", expected: "")
        input = []
        expected = []
        inExpected = false
      } else if current == nil {
        header.append(line)
      } else if !inExpected && line == "----" {
        inExpected = true
      } else if inExpected {
        expected.append(line)
      } else {
        input.append(line)
      }
    }
    finish()
  }

  /// The rendered diagnostics of an input, as the corpus records them.
  static func render(_ title: String, _ input: String) -> String {
    let fileName = title.hasSuffix("(report.dk)") ? "report.dk" : nil
    let result = Parser.parse(input)
    if result.diagnostics.isEmpty { return "(no error)" }
    return DiagnosticRenderer(text: input, fileName: fileName).render(result.diagnostics)
  }

  /// Checks every case; with DANGKE_UPDATE_GOLDEN=1 rewrites the file instead.
  func check(file: StaticString = #filePath, line: UInt = #line) throws {
    let update = ProcessInfo.processInfo.environment["DANGKE_UPDATE_GOLDEN"] == "1"
    var rewritten = header
    for entry in cases {
      let actual = Self.render(entry.title, entry.input)
      if update {
        rewritten += ["=== \(entry.title)", entry.input, "----", actual, ""]
      } else {
        XCTAssertEqual(actual, entry.expected, "case '\(entry.title)'", file: file, line: line)
      }
    }
    if update {
      try rewritten.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
  }
}
