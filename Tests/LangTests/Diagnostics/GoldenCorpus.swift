import Foundation
import Lang
import XCTest

/// A file of `=== title` / input / `----` / expected English rendering / `---- zh` /
/// expected Chinese rendering blocks (sqllogictest style): every case runs in both
/// languages. Set `DANGKE_UPDATE_GOLDEN=1` to rewrite the expected parts.
struct GoldenCorpus {
  struct Case {
    var title: String
    var input: String
    var expected: String
    var expectedZh: String = ""
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
    var inChinese = false
    var input: [String] = []
    var expected: [String] = []
    var chinese: [String] = []
    func finish() {
      guard var done = current else { return }
      done.input = input.joined(separator: "\n")
      while expected.last?.isEmpty == true { expected.removeLast() }
      while chinese.last?.isEmpty == true { chinese.removeLast() }
      done.expected = expected.joined(separator: "\n")
      done.expectedZh = chinese.joined(separator: "\n")
      cases.append(done)
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("=== ") {
        finish()
        current = Case(title: String(line.dropFirst(4)), input: "", expected: "")
        input = []
        expected = []
        chinese = []
        inExpected = false
        inChinese = false
      } else if current == nil {
        header.append(line)
      } else if !inExpected && line == "----" {
        inExpected = true
      } else if inExpected && !inChinese && line == "---- zh" {
        inChinese = true
      } else if inChinese {
        chinese.append(line)
      } else if inExpected {
        expected.append(line)
      } else {
        input.append(line)
      }
    }
    finish()
  }

  /// The rendered diagnostics of an input, as the corpus records them.
  static func render(_ title: String, _ input: String, _ language: Language = .en) -> String {
    let fileName = title.hasSuffix("(report.dk)") ? "report.dk" : nil
    let result = Parser.parse(input)
    if result.diagnostics.isEmpty { return language == .zh ? "（没有错误）" : "(no error)" }
    return DiagnosticRenderer(text: input, fileName: fileName, language: language)
      .render(result.diagnostics)
  }

  /// Checks every case; with DANGKE_UPDATE_GOLDEN=1 rewrites the file instead.
  func check(file: StaticString = #filePath, line: UInt = #line) throws {
    let update = ProcessInfo.processInfo.environment["DANGKE_UPDATE_GOLDEN"] == "1"
    var rewritten = header
    for entry in cases {
      let actual = Self.render(entry.title, entry.input, .en)
      let actualZh = Self.render(entry.title, entry.input, .zh)
      if update {
        rewritten += ["=== \(entry.title)", entry.input, "----", actual, "---- zh", actualZh, ""]
      } else {
        XCTAssertEqual(actual, entry.expected, "case '\(entry.title)'", file: file, line: line)
        XCTAssertEqual(
          actualZh, entry.expectedZh, "case '\(entry.title)' in Chinese", file: file, line: line)
      }
    }
    if update {
      try rewritten.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
  }
}
