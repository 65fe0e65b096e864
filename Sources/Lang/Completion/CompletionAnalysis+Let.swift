extension CompletionAnalysis {
  /// For `let NAME = …`: the candidates right after `=` (a table or let name for a selection,
  /// or the start of a query for a named answer), or, inside a named answer's query, the
  /// analysis of that query alone; nil for any other statement.
  func letCandidates() -> [CompletionCandidate]? {
    guard tokens.count >= 3, tokens[0].keyword == .let, tokens[1].name != nil,
      tokens[2].isSymbol(.equal)
    else { return nil }
    if tokens.count == 3 { return tables() + keywords(Keyword.metrics + [.list]) }
    let first = tokens[3]
    let startsQuery =
      first.keyword.map { Keyword.metrics.contains($0) || $0 == .list }
      ?? (first.name != nil && tokens.count > 4 && tokens[4].isSymbol(.equal))
    guard startsQuery else { return nil }
    var query = self
    query.tokens = Array(tokens.dropFirst(3))
    return query.candidates()
  }
}
