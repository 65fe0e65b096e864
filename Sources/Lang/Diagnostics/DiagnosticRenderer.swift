/// Renders diagnostics as text with the source line and a caret under the exact columns.
///
/// ```
/// error[E0201]: unknown keyword 'cuont'
///  --> line 1, column 1
///   |
/// 1 | cuont sessions
///   | ^^^^^ did you mean 'count'?
/// ```
/// Carets are placed by display width, so they line up under Chinese text. The words are
/// in `language` (Chinese: `错误[E0201]：…`, `--> 第 1 行，第 1 列`).
public struct DiagnosticRenderer: Sendable {
  public let source: SourceText
  public let language: Language

  public init(source: SourceText, language: Language = .current) {
    self.source = source
    self.language = language
  }

  public init(text: String, fileName: String? = nil, language: Language = .current) {
    self.source = SourceText(text, fileName: fileName)
    self.language = language
  }

  /// All diagnostics, separated by blank lines.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined(separator: "\n\n")
  }

  /// One diagnostic, without a trailing newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    let (line, column) = source.location(of: diagnostic.span.start)
    let number = String(line)
    let pad = String(repeating: " ", count: number.count)
    let place =
      source.fileName.map { "\($0):\(line):\(column)" }
      ?? (language == .zh ? "第 \(line) 行，第 \(column) 列" : "line \(line), column \(column)")
    let range = source.byteRange(ofLine: line)
    let lineText = source.lineText(line)
    let start = Swift.min(Swift.max(diagnostic.span.start, range.lowerBound), range.upperBound)
    let end = Swift.min(Swift.max(diagnostic.span.end, start), range.upperBound)
    let before = displayWidth(source.text(in: range.lowerBound..<start))
    let marked = Swift.max(1, displayWidth(source.text(in: start..<end)))
    var carets = String(repeating: " ", count: before) + String(repeating: "^", count: marked)
    var hints = diagnostic.notes.map { $0.text(language) }[...]
    if let first = hints.popFirst() { carets += " " + first }
    var lines = [
      Self.headline(diagnostic, language),
      "\(pad)--> \(place)",
      "\(pad) |",
      "\(number) | \(Self.expandingTabs(lineText))".trimmingTrailingSpaces(),
      "\(pad) | \(carets)",
    ]
    for hint in hints { lines.append("\(pad) = \(hint)") }
    return lines.joined(separator: "\n")
  }

  /// `error[E0201]: unknown keyword 'cuont'`, `错误[E0201]：不认识的关键字“cuont”`.
  public static func headline(_ diagnostic: Diagnostic, _ language: Language) -> String {
    let code = diagnostic.code.map { "[\($0)]" } ?? ""
    let colon = language == .zh ? "：" : ": "
    return diagnostic.severity.word(language) + code + colon + diagnostic.text.text(language)
  }

  static func expandingTabs(_ text: String) -> String {
    text.contains("\t")
      ? text.split(separator: "\t", omittingEmptySubsequences: false)
        .joined(separator: "    ") : text
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
