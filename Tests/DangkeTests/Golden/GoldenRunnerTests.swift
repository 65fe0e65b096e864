import Foundation
import TestSupport
import XCTest

/// Tests of the golden runner itself: it finds the pairs the convention defines, and it
/// fails, with a readable diff, when an expected output no longer matches.
final class GoldenRunnerTests: XCTestCase {
  private let doc = """
    # Title

    ```dk
    count sessions
    ```

    ```text
    count
    -----
      999
    (1 row)
    ```

    ```dk
    list experts
    ```
    Prose between: not a pair.
    ```text
    ignored
    ```

    ```dk --set month=2016-11
    count sessions where date in $month
    ```
    ```text exit=1
    ```

    """

  func testFindsOnlyDirectlyFollowingTextBlocks() {
    let blocks = DocBlocks.blocks(in: doc)
    XCTAssertEqual(blocks.map(\.language), ["dk", "text", "dk", "text", "dk", "text"])
    let pairs = DocBlocks.pairs(in: doc, file: "doc.md")
    XCTAssertEqual(pairs.count, 2)
    XCTAssertEqual(pairs[0].line, 3)
    XCTAssertEqual(pairs[0].query.text, "count sessions\n")
    XCTAssertEqual(pairs[0].output.text, "count\n-----\n  999\n(1 row)\n")
    XCTAssertEqual(pairs[0].expectedStatus, 0)
    XCTAssertEqual(pairs[1].arguments, ["--set", "month=2016-11"])
    XCTAssertEqual(pairs[1].expectedStatus, 1)
    XCTAssertEqual(pairs[1].output.text, "")
  }

  func testLongerFencesHoldShorterOnes() {
    let text = "````text\n```dk\nx\n```\n````\n"
    let blocks = DocBlocks.blocks(in: text)
    XCTAssertEqual(blocks.count, 1)
    XCTAssertEqual(blocks[0].lines, ["```dk", "x", "```"])
  }

  func testReplacingOutputsRewritesOnlyTextBlocks() {
    let pairs = DocBlocks.pairs(in: doc, file: "doc.md")
    let updated = DocBlocks.replacingOutputs(
      in: doc, pairs: pairs,
      outputs: [
        pairs[0].query.openIndex: ("count\n-----\n  485\n(1 row)\n", 0),
        pairs[1].query.openIndex: ("count\n-----\n   21\n(1 row)\n", 0),
      ])
    let again = DocBlocks.pairs(in: updated, file: "doc.md")
    XCTAssertEqual(again.count, 2)
    XCTAssertEqual(again[0].output.text, "count\n-----\n  485\n(1 row)\n")
    XCTAssertEqual(again[1].output.info, "text")
    XCTAssertEqual(again[1].output.text, "count\n-----\n   21\n(1 row)\n")
    XCTAssert(updated.contains("Prose between: not a pair.\n```text\nignored\n```"))
  }

  func testDiffShowsRemovedAndAddedLinesWithFileLines() throws {
    let diff = try XCTUnwrap(
      LineDiff.unified(
        expected: "a\nb\nc\nd\n", actual: "a\nB\nc\nd\ne\n", expectedLabel: "old",
        actualLabel: "new", firstLine: 40))
    XCTAssertEqual(
      diff,
      """
      --- old
      +++ new
      @@ expected line 40 (4 lines), actual line 1 (5 lines) @@
        a
      - b
      + B
        c
        d
      + e

      """)
    XCTAssertNil(
      LineDiff.unified(expected: "x\n", actual: "x\n", expectedLabel: "", actualLabel: ""))
    let newline = try XCTUnwrap(
      LineDiff.unified(expected: "x\n", actual: "x", expectedLabel: "e", actualLabel: "a"))
    XCTAssert(newline.contains("final newline"), newline)
  }

  func testDiffMakesTrailingSpacesVisible() throws {
    let diff = try XCTUnwrap(
      LineDiff.unified(expected: "a  \n", actual: "a\n", expectedLabel: "e", actualLabel: "a"))
    XCTAssert(diff.contains("- a··\n"), diff)
  }

  func testShellWords() throws {
    XCTAssertEqual(
      try ShellWords.split(#" dangke run x.dk --set 'title=a b' --set "k=v w" c\ d"#),
      ["dangke", "run", "x.dk", "--set", "title=a b", "--set", "k=v w", "c d"])
    XCTAssertThrowsError(try ShellWords.split("dangke 'open"))
  }

  func testScriptCommandMustNameTheScript() throws {
    let good = try ExampleScript(
      path: "examples/a.dk",
      text: "#!/usr/bin/env -S dangke run\n# dangke run examples/a.dk --set x=1\n")
    XCTAssertEqual(good.arguments, ["run", "examples/a.dk", "--set", "x=1"])
    XCTAssertEqual(good.commandLine, 2)
    XCTAssertEqual(good.outputPath, "examples/a.out")
    XCTAssertThrowsError(
      try ExampleScript(path: "examples/a.dk", text: "# dangke run examples/b.dk\n"))
    XCTAssertThrowsError(try ExampleScript(path: "examples/a.dk", text: "# Monthly report\n"))
    XCTAssertThrowsError(try ExampleScript(path: "examples/a.dk", text: "count sessions\n"))
  }

  // The runner against the real binary: a doctored expectation fails with a diff, the
  // true one passes.

  func testDoctoredDocumentOutputFailsWithDiff() throws {
    let reports = try GoldenRunner.check(document: doc, file: "doc.md")
    XCTAssertEqual(reports.count, 2, reports.joined(separator: "\n\n"))
    let first = try XCTUnwrap(reports.first)
    XCTAssert(first.hasPrefix("doc.md:3: "), first)
    XCTAssert(first.contains("expected (doc.md, text block at line 7)"), first)
    XCTAssert(first.contains("\n-   999\n"), first)
    XCTAssert(first.contains("\n+   485\n"), first)
    XCTAssert(first.contains("\n  count\n"), first)
  }

  func testTrueDocumentOutputPasses() throws {
    let fixed = doc.replacingOccurrences(of: "  999", with: "  485")
    let reports = try GoldenRunner.check(document: fixed, file: "doc.md")
    XCTAssertEqual(reports.count, 1, reports.joined(separator: "\n\n"))
    XCTAssert(reports[0].hasPrefix("doc.md:22: "), reports[0])
  }

  func testUnexpectedExitStatusFails() throws {
    let text = "```dk\ncuont sessions\n```\n```text\n```\n"
    let reports = try GoldenRunner.check(document: text, file: "bad.md")
    XCTAssertEqual(reports.count, 1)
    XCTAssert(reports[0].contains("exit status 1, expected 0"), reports[0])
    XCTAssert(reports[0].contains("did you mean 'count'?"), reports[0])
  }

  func testDoctoredScriptOutputFailsWithDiff() throws {
    let root = Repository.root
    let script = try XCTUnwrap(try ExampleScript.all(root: root).first)
    let url = root.appendingPathComponent(script.outputPath)
    let expected = try String(contentsOf: url, encoding: .utf8)
    XCTAssertNil(try GoldenRunner.check(script, expected: expected))
    var lines = LineDiff.lines(expected)
    let last = lines.removeLast()
    let doctored = (lines + ["(doctored) " + last]).map { $0 + "\n" }.joined()
    let report = try XCTUnwrap(try GoldenRunner.check(script, expected: doctored))
    XCTAssert(report.hasPrefix("\(script.path):\(script.commandLine): stdout differs"), report)
    XCTAssert(report.contains("\n- (doctored) \(last)\n"), report)
    XCTAssert(report.contains("\n+ \(last)\n"), report)
    XCTAssertNotNil(try GoldenRunner.check(script, expected: nil))
  }
}
