/// Renders diagnostics as text with the source line and a caret under the exact columns.
///
/// ```
/// error: unknown keyword 'cuont'
///  --> line 1, column 1
///   |
/// 1 | cuont sessions
///   | ^^^^^ did you mean 'count'?
/// ```
/// Carets are placed by display width, so they line up under Chinese text.
public struct DiagnosticRenderer: Sendable {
  public let source: SourceText

  public init(source: SourceText) {
    self.source = source
  }

  public init(text: String, fileName: String? = nil) {
    self.source = SourceText(text, fileName: fileName)
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
      source.fileName.map { "\($0):\(line):\(column)" } ?? "line \(line), column \(column)"
    let range = source.byteRange(ofLine: line)
    let lineText = source.lineText(line)
    let start = Swift.min(Swift.max(diagnostic.span.start, range.lowerBound), range.upperBound)
    let end = Swift.min(Swift.max(diagnostic.span.end, start), range.upperBound)
    let before = displayWidth(source.text(in: range.lowerBound..<start))
    let marked = Swift.max(1, displayWidth(source.text(in: start..<end)))
    var carets = String(repeating: " ", count: before) + String(repeating: "^", count: marked)
    var hints = diagnostic.hints[...]
    if let first = hints.popFirst() { carets += " " + first }
    var lines = [
      "\(diagnostic.severity.rawValue): \(diagnostic.message)",
      "\(pad)--> \(place)",
      "\(pad) |",
      "\(number) | \(Self.expandingTabs(lineText))".trimmingTrailingSpaces(),
      "\(pad) | \(carets)",
    ]
    for hint in hints { lines.append("\(pad) = \(hint)") }
    return lines.joined(separator: "\n")
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
