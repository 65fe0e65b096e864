import Foundation
import TestSupport

/// Runs the golden cases against the real binary and reports each mismatch as a readable diff;
/// when `Golden.updating` (`DANGKE_UPDATE_GOLDEN=1`, as `scripts/update-golden.sh` sets it) it
/// rewrites the expected outputs instead.
enum GoldenRunner {
  /// What the terminal shows for a documentation example: stdout, then stderr.
  static func shown(_ output: ProcessOutput) -> String {
    output.stdout + output.stderr
  }

  /// Runs the statements of a `dk` block as one script on standard input.
  static func run(_ pair: DocPair) throws -> ProcessOutput {
    try DangkeProcess.run(pair.arguments, input: pair.query.text)
  }

  /// The mismatch report for one documentation pair, or nil when it matches.
  static func check(_ pair: DocPair) throws -> String? {
    let output = try run(pair)
    return compare(
      expected: pair.output.text, expectedStatus: pair.expectedStatus, actual: shown(output),
      actualStatus: output.status, stderr: output.stderr,
      heading: "\(pair.file):\(pair.line): the dk block's output differs from the text block",
      expectedLabel: "expected (\(pair.file), text block at line \(pair.output.openIndex + 1))",
      firstLine: pair.output.openIndex + 2)
  }

  /// The mismatch reports of every pair in a document's text (empty when all match).
  static func check(document text: String, file: String) throws -> [String] {
    try DocBlocks.pairs(in: text, file: file).compactMap { try check($0) }
  }

  /// The mismatch report for one example script against an expected output, or nil.
  static func check(_ script: ExampleScript, expected: String?) throws -> String? {
    guard let expected else {
      return "\(script.outputPath): missing; run scripts/update-golden.sh to write it"
    }
    let output = try DangkeProcess.run(script.arguments)
    return compare(
      expected: expected, expectedStatus: 0, actual: output.stdout, actualStatus: output.status,
      stderr: output.stderr,
      heading: "\(script.path):\(script.commandLine): stdout differs from \(script.outputPath)",
      expectedLabel: "expected (\(script.outputPath))", firstLine: 1)
  }

  /// Compares a run with its expectation: status first, then the text as a line diff.
  static func compare(
    expected: String, expectedStatus: Int32, actual: String, actualStatus: Int32,
    stderr: String, heading: String, expectedLabel: String, firstLine: Int
  ) -> String? {
    var report: [String] = []
    if actualStatus != expectedStatus {
      report.append(
        "exit status \(actualStatus), expected \(expectedStatus)"
          + (stderr.isEmpty ? "" : "; stderr:\n" + stderr))
    }
    if let diff = LineDiff.unified(
      expected: expected, actual: actual, expectedLabel: expectedLabel,
      actualLabel: "actual (dangke)", firstLine: firstLine)
    {
      report.append(diff)
    }
    if report.isEmpty { return nil }
    return ([heading] + report).joined(separator: "\n")
  }

  /// Rewrites the `text` blocks of a Markdown file with what `dangke` prints now.
  /// Returns the number of blocks whose content or status changed.
  @discardableResult
  static func update(documentAt url: URL, file: String, leading: [String] = []) throws -> Int {
    let text = try String(contentsOf: url, encoding: .utf8)
    let pairs = DocBlocks.pairs(in: text, file: file, leading: leading)
    var outputs: [Int: (String, Int32)] = [:]
    var changed = 0
    for pair in pairs {
      let output = try run(pair)
      let printed = shown(output)
      if printed != pair.output.text || output.status != pair.expectedStatus { changed += 1 }
      outputs[pair.query.openIndex] = (printed, output.status)
    }
    let updated = DocBlocks.replacingOutputs(in: text, pairs: pairs, outputs: outputs)
    if updated != text { try Data(updated.utf8).write(to: url) }
    return changed
  }

  /// Rewrites an example script's `.out` file with its current stdout; a failing script is
  /// not written over but reported.
  static func update(_ script: ExampleScript, root: URL) throws -> String? {
    let output = try DangkeProcess.run(script.arguments)
    guard output.status == 0 else {
      return "\(script.path): exit status \(output.status); stderr:\n\(output.stderr)"
    }
    try Data(output.stdout.utf8).write(to: root.appendingPathComponent(script.outputPath))
    return nil
  }
}
