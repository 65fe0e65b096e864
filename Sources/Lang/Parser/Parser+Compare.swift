extension Parser {
  /// compare := ("change" | "yoy" | "share") {"," ("change" | "yoy" | "share")} — after `with`.
  mutating func parseCompareItems() throws(Diagnostic) -> [CompareItem] {
    var items: [CompareItem] = []
    repeat {
      let word = items.isEmpty ? "with" : ","
      guard let keyword = current.keyword, Keyword.comparisons.contains(keyword),
        let comparison = Comparison(rawValue: keyword.rawValue)
      else {
        throw unexpected(
          expected: compareSyntaxMessages.comparisonAfterWith(word),
          hints: [compareSyntaxMessages.comparisonsAre()], keywords: Keyword.comparisons)
      }
      let token = advance()
      if items.contains(where: { $0.comparison == comparison }) {
        // Named as written: `环比` in a Chinese statement.
        let written = String(decoding: source[token.span.start..<token.span.end], as: UTF8.self)
        throw .error(
          compareSyntaxMessages.writtenTwice(written), at: token.span,
          notes: [compareSyntaxMessages.keepOne(written)])
      }
      items.append(CompareItem(comparison, span: token.span))
    } while accept(.comma) != nil
    return items
  }
}
