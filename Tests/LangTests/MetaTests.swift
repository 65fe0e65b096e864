import Foundation
import Lang
import TestSupport
import XCTest

/// grammar.md stays in step with the parser, and Lang stays independent of the package.
final class MetaTests: XCTestCase {
  let root = Repository.root

  func grammar() throws -> String {
    try String(contentsOf: root.appendingPathComponent("grammar.md"), encoding: .utf8)
  }

  /// The text of a `## title` section, up to the next `## `.
  func section(_ title: String, of text: String) -> String? {
    guard let start = text.range(of: "\n## \(title)\n") else { return nil }
    let rest = text[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }

  func testKeywordListMatchesTheLexer() throws {
    let keywords = try XCTUnwrap(section("Keywords", of: grammar()))
    // The list is the lines made only of `word`s.
    let lines = keywords.split(separator: "\n").map { $0.split(separator: " ") }.filter { words in
      words.allSatisfy { $0.count > 2 && $0.hasPrefix("`") && $0.hasSuffix("`") }
    }
    let listed = lines.flatMap { $0.map { String($0.dropFirst().dropLast()) } }
    XCTAssertEqual(listed, Keyword.allCases.map(\.rawValue))
    for word in listed {
      guard case .keyword(let keyword) = Lexer.tokenize(word.uppercased()).first?.kind else {
        XCTFail("the lexer does not read '\(word)' as a keyword")
        continue
      }
      XCTAssertEqual(keyword.rawValue, word)
    }
  }

  func testEveryDkBlockParses() throws {
    // A block shown to fail (its output `text exit=1`) may be a parse error on purpose: a
    // pasted SQL query.
    let failing = Set(
      DocBlocks.pairs(in: try grammar(), file: "grammar.md").filter { $0.expectedStatus != 0 }
        .map(\.query.openIndex))
    let blocks = DocBlocks.blocks(in: try grammar())
      .filter { $0.info == "dk" && !failing.contains($0.openIndex) }
      .map { $0.lines.joined(separator: "\n") }
    XCTAssertGreaterThanOrEqual(blocks.count, 20)
    var statements = 0
    for block in blocks {
      let result = Parser.parse(block)
      XCTAssertEqual(
        result.diagnostics, [], DiagnosticRenderer(text: block).render(result.diagnostics))
      XCTAssertFalse(result.statements.isEmpty, block)
      statements += result.statements.count
      for statement in result.statements {
        let reparsed = Parser.parse(Printer.print(statement)).statements.map { $0.withoutSpans() }
        XCTAssertEqual(reparsed, [statement.withoutSpans()])
      }
    }
    XCTAssertGreaterThanOrEqual(statements, 45)
  }

  func testEveryAcceptanceLineIsInTheGrammar() throws {
    let text = try grammar()
    for line in AcceptanceTests.lines {
      XCTAssertTrue(text.contains(line), "grammar.md lacks: \(line)")
    }
  }

  func testGrammarHasTheMeaningPlaceholderSectionAndGlossary() throws {
    let text = try grammar()
    XCTAssertNotNil(section("Meaning", of: text))
    XCTAssertTrue(text.contains("关键词"))
  }

  func testLangImportsNothingFromThePackage() throws {
    let sources = root.appendingPathComponent("Sources/Lang").resolvingSymlinksInPath()
    let enumerator = try XCTUnwrap(
      FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    var files = 0
    for case let url as URL in enumerator where url.pathExtension == "swift" {
      files += 1
      let text = try String(contentsOf: url, encoding: .utf8)
      for line in text.split(separator: "\n")
      where line.hasPrefix("import ") || line.contains(" import ") {
        let module = line.split(separator: " ").last.map(String.init) ?? ""
        XCTAssertFalse(
          ["Engine", "dangke", "CLibEdit", "ArgumentParser", "Foundation"].contains(module),
          "\(url.lastPathComponent): \(line)")
      }
    }
    XCTAssertGreaterThan(files, 20)
  }
}
