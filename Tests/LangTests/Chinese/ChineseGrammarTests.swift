import Foundation
import Lang
import TestSupport
import XCTest

/// grammar.md's table of Chinese keywords lists exactly the lexer's words.
final class ChineseGrammarTests: XCTestCase {
  let root = Repository.root

  /// The backticked words of a table cell: "`且` `并且` `和`" → [且, 并且, 和].
  func words(_ cell: Substring) -> [String] {
    cell.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  func testTheTableMatchesTheLexer() throws {
    let text = try String(contentsOf: root.appendingPathComponent("grammar.md"), encoding: .utf8)
    let start = try XCTUnwrap(text.range(of: "| English | 中文 | example |"))
    var listed: [String] = []
    for line in text[start.upperBound...].split(separator: "\n").dropFirst() {
      guard line.hasPrefix("| `") else { break }
      let cells = line.split(separator: "|")
      let english = try XCTUnwrap(words(cells[0]).first)
      let keywords = english.split(separator: " ").compactMap { Keyword(rawValue: String($0)) }
      XCTAssertEqual(keywords.count, english.split(separator: " ").count, english)
      for (index, word) in words(cells[1]).enumerated() where word != "sql" {
        listed.append(Self.describe(word, keywords, canonical: index == 0))
      }
      // The example reads back with the keyword in it.
      let example = try XCTUnwrap(words(cells[2]).first)
      XCTAssertTrue(
        Lexer.tokenize(example).contains { $0.keyword == keywords[0] }, "\(english): \(example)")
    }
    let entries = ChineseKeywords.entries.map {
      Self.describe($0.word, $0.keywords, canonical: $0.canonical)
    }
    XCTAssertEqual(listed.sorted(), entries.sorted())
  }

  static func describe(_ word: String, _ keywords: [Keyword], canonical: Bool) -> String {
    "\(word)=\(keywords.map(\.rawValue).joined(separator: " "))\(canonical ? "" : " (synonym)")"
  }
}
