import Foundation
import TestSupport
import XCTest

/// The golden tests: every examples/*.dk script against its .out file, and every dk/text
/// block pair in README.md, grammar.md, the Chinese manual (docs/zh/, run with `--lang zh`)
/// and examples/README.zh.md, run through the real binary and compared byte for byte. The
/// block convention is described in DocBlocks.swift and README.md ("Testing");
/// `scripts/update-golden.sh` rewrites the expectations.
final class GoldenTests: XCTestCase {
  private let root = Repository.root

  func testExampleScriptsPrintTheirOutputFiles() throws {
    let scripts = try ExampleScript.all(root: root)
    XCTAssertGreaterThanOrEqual(scripts.count, 7, "examples/ should hold the seven report scripts")
    for script in scripts {
      if Golden.updating {
        if let problem = try GoldenRunner.update(script, root: root) { XCTFail(problem) }
        continue
      }
      let expected = try? String(
        contentsOf: root.appendingPathComponent(script.outputPath), encoding: .utf8)
      if let report = try GoldenRunner.check(script, expected: expected) { XCTFail(report) }
    }
  }

  func testEveryOutputFileHasItsScript() throws {
    let folder = root.appendingPathComponent("examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    for name in names where name.hasSuffix(".out") {
      let script = String(name.dropLast(4)) + ".dk"
      XCTAssert(names.contains(script), "examples/\(name) has no examples/\(script)")
    }
  }

  func testReadmeExamples() throws {
    try checkDocument("README.md", minimumPairs: 10, everyBlockRuns: true)
  }

  func testGrammarExamples() throws {
    try checkDocument("grammar.md", minimumPairs: 40)
  }

  func testChineseGuideExamples() throws {
    try checkDocument(
      "examples/README.zh.md", minimumPairs: 3, everyBlockRuns: true, leading: Self.chinese)
  }

  func testChineseManualReadmeExamples() throws {
    try checkDocument(
      "docs/zh/README.md", minimumPairs: 30, everyBlockRuns: true, leading: Self.chinese)
  }

  func testChineseManualGrammarExamples() throws {
    try checkDocument(
      "docs/zh/grammar.md", minimumPairs: 60, everyBlockRuns: true, leading: Self.chinese)
  }

  /// The Chinese documents run in Chinese, whatever the locale of the test run.
  static let chinese = ["--lang", "zh"]

  /// Checks (or, when updating, rewrites) one document's pairs. With `everyBlockRuns`, a
  /// `dk` block without a `text` block fails: only grammar.md's are parse-checked elsewhere.
  private func checkDocument(
    _ file: String, minimumPairs: Int, everyBlockRuns: Bool = false, leading: [String] = []
  ) throws {
    let url = root.appendingPathComponent(file)
    guard FileManager.default.fileExists(atPath: url.path) else {
      return XCTFail("\(file) is missing")
    }
    if Golden.updating {
      try GoldenRunner.update(documentAt: url, file: file, leading: leading)
    }
    let text = try String(contentsOf: url, encoding: .utf8)
    let pairs = DocBlocks.pairs(in: text, file: file, leading: leading)
    XCTAssertGreaterThanOrEqual(
      pairs.count, minimumPairs, "\(file) should show at least \(minimumPairs) queries with output")
    if everyBlockRuns {
      let paired = Set(pairs.map(\.query.openIndex))
      for block in DocBlocks.blocks(in: text) where block.language == "dk" {
        XCTAssert(
          paired.contains(block.openIndex),
          "\(file):\(block.openIndex + 1): a dk block without a text block after it is never "
            + "checked; add an empty ```text block and run scripts/update-golden.sh")
      }
    }
    for pair in pairs {
      if let report = try GoldenRunner.check(pair) { XCTFail(report) }
    }
  }
}
