import Foundation

/// The fenced code blocks of a Markdown file, and the query/output pairs among them.
///
/// The convention (also in README.md, "Testing"): a block fenced with the info string `dk`
/// holds statements; when the next thing after it (blank lines aside) is a block fenced with
/// `text`, that block is the expected output. The whole `dk` block is fed to `dangke` as one
/// script on standard input, on the built-in sample, so `let` and `#` comments work across
/// its lines. Words after `dk` are extra command-line arguments (```` ```dk --set month=2016-11 ````).
/// The `text` block is what the terminal shows: stdout, then stderr. The exit status must be 0
/// unless the `text` info string says otherwise (```` ```text exit=1 ```` for a shown error).
/// A `dk` block with no `text` block after it is only parse-checked elsewhere, and skipped here.
public struct FencedBlock: Equatable, Sendable {
  /// The info string after the opening fence, trimmed (`dk`, `text exit=1`, `sh`…).
  public var info: String
  /// 0-based index of the opening fence line.
  public var openIndex: Int
  /// 0-based index of the closing fence line (the file's line count if unclosed).
  public var closeIndex: Int
  /// The lines between the fences.
  public var lines: [String]

  /// The first word of the info string.
  public var language: String { String(info.split(separator: " ").first ?? "") }
  /// The words of the info string after the first.
  public var words: [String] { info.split(separator: " ").dropFirst().map(String.init) }
  /// The block's text: its lines, each ended by a newline.
  public var text: String { lines.map { $0 + "\n" }.joined() }
}

/// One executable example of a document: statements and the output they must print.
public struct DocPair: Equatable, Sendable {
  public var file: String
  public var query: FencedBlock
  public var output: FencedBlock
  /// Arguments every block of the document gets before its own (`--lang zh` for docs/zh).
  public var leading: [String] = []

  /// The 1-based line of the `dk` fence, for messages.
  public var line: Int { query.openIndex + 1 }
  /// The document's leading arguments, then the extra ones from the `dk` info string.
  public var arguments: [String] { leading + query.words }
  /// The expected exit status, from `exit=N` in the `text` info string (default 0).
  public var expectedStatus: Int32 {
    for word in output.words where word.hasPrefix("exit=") {
      if let status = Int32(word.dropFirst(5)) { return status }
    }
    return 0
  }
}

public enum DocBlocks {
  /// Every fenced block of a Markdown text, in order. Fences are lines of three or more
  /// backticks (up to three spaces of indent); a block closes at a fence at least as long.
  public static func blocks(in text: String) -> [FencedBlock] {
    let lines = LineDiff.lines(text)
    var blocks: [FencedBlock] = []
    var index = 0
    while index < lines.count {
      guard let (ticks, info) = fence(lines[index]) else {
        index += 1
        continue
      }
      var close = index + 1
      while close < lines.count {
        if let (closing, rest) = fence(lines[close]), closing >= ticks, rest.isEmpty { break }
        close += 1
      }
      let body = Array(lines[min(index + 1, lines.count)..<min(close, lines.count)])
      blocks.append(FencedBlock(info: info, openIndex: index, closeIndex: close, lines: body))
      index = close + 1
    }
    return blocks
  }

  /// The `dk` blocks directly followed (blank lines aside) by a `text` block; `leading`
  /// arguments go before each block's own.
  public static func pairs(in text: String, file: String, leading: [String] = []) -> [DocPair] {
    let lines = LineDiff.lines(text)
    let all = blocks(in: text)
    var pairs: [DocPair] = []
    for (query, output) in zip(all, all.dropFirst()) {
      guard query.language == "dk", output.language == "text" else { continue }
      let between = lines[(query.closeIndex + 1)..<output.openIndex]
      guard between.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) else { continue }
      pairs.append(DocPair(file: file, query: query, output: output, leading: leading))
    }
    return pairs
  }

  /// The text with each pair's output block replaced by a new output and status, for
  /// `scripts/update-golden.sh`. `outputs` maps a pair's `dk` fence index to what it printed.
  public static func replacingOutputs(
    in text: String, pairs: [DocPair], outputs: [Int: (String, Int32)]
  ) -> String {
    var lines = LineDiff.lines(text)
    for pair in pairs.sorted(by: { $0.output.openIndex > $1.output.openIndex }) {
      guard let (printed, status) = outputs[pair.query.openIndex] else { continue }
      let opening = lines[pair.output.openIndex]
      let fence = String(opening.prefix { $0 == " " || $0 == "`" })
      let info = status == 0 ? "text" : "text exit=\(status)"
      let body = LineDiff.lines(printed)
      lines.replaceSubrange(
        pair.output.openIndex...min(pair.output.closeIndex, lines.count - 1),
        with: [fence + info] + body + [fence])
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The number of backticks and the info string of a fence line, or nil.
  private static func fence(_ line: String) -> (Int, String)? {
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    let ticks = rest.prefix { $0 == "`" }.count
    guard ticks >= 3 else { return nil }
    let info = rest.dropFirst(ticks).trimmingCharacters(in: .whitespaces)
    guard !info.contains("`") else { return nil }
    return (ticks, info)
  }
}
