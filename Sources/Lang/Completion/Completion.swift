/// Tab completion from the tokens before the cursor: keywords, tables, columns (following
/// reference paths like `member.org.`), and values of a column (`type = ` → `micro (96)`).
public enum Completion {
  /// Candidates for `line` with the cursor at UTF-8 byte offset `cursor`.
  public static func candidates(line: String, cursor: Int, context: any CompletionContext)
    -> CompletionResult
  {
    let bytes = Array(line.utf8)
    var cursor = Swift.max(0, Swift.min(cursor, bytes.count))
    while cursor > 0, cursor < bytes.count, bytes[cursor] & 0xC0 == 0x80 { cursor -= 1 }
    let prefix = String(decoding: bytes[0..<cursor], as: UTF8.self)
    let lexer = Lexer(prefix)
    var tokens = Array(lexer.tokens.dropLast())
    if lexer.endsInsideString {
      return CompletionResult(replaced: .at(cursor), candidates: [])
    }
    var partial = ""
    var replaced = Span.at(cursor)
    if let last = tokens.last, last.span.end == cursor {
      switch last.kind {
      case .name(let text):
        partial = text
      case .keyword:
        partial = String(decoding: bytes[last.span.start..<last.span.end], as: UTF8.self)
      case .symbol, .separator: break
      default:
        return CompletionResult(replaced: .at(cursor), candidates: [])
      }
      if !partial.isEmpty {
        replaced = last.span
        // A phrase word (`排序` = order by) is several tokens with one span.
        while tokens.last?.span == last.span { tokens.removeLast() }
      }
    }
    if let separator = tokens.lastIndex(where: { $0.kind == .separator }) {
      tokens.removeFirst(separator + 1)
    }
    // Keywords are offered in the form the statement is written in; a typed prefix picks
    // from both forms (`统` → 统计, `co` → count).
    let chinese = tokens.last { $0.keyword != nil }.map { bytes[$0.span.start] >= 0x80 } ?? false
    let keywordForms: CompletionAnalysis.KeywordForms =
      !partial.isEmpty ? .both : chinese ? .chinese : .english
    let analysis = CompletionAnalysis(
      tokens: tokens, context: context, keywordForms: keywordForms, text: Array(bytes[0..<cursor]))
    let lowered = partial.lowercased()
    var seen = Set<String>()
    let candidates = analysis.candidates().filter { candidate in
      let matches =
        candidate.text.lowercased().hasPrefix(lowered)
        || candidate.display.lowercased().hasPrefix(lowered)
      return matches && seen.insert(candidate.text).inserted
    }
    return CompletionResult(replaced: replaced, candidates: candidates)
  }
}
