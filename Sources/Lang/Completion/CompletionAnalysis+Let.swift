extension CompletionAnalysis {
  /// For `let NAME = …`: the candidates right after `=` (a table or let name for a selection,
  /// or the start of a query for a named answer), or, inside a named answer's query, the
  /// analysis of that query alone; nil for any other statement.
  // Not optimized: Swift 6.3.1's release optimizer crashes on this function (CopyPropagation:
  // "Found outside of lifetime use", signal 6), however its conditions are written. It runs
  // once per Tab press, so the unoptimized code costs nothing a user can see.
  @_optimize(none)
  func letCandidates() -> [CompletionCandidate]? {
    guard tokens.count >= 3, tokens[0].keyword == .let, tokens[1].name != nil,
      tokens[2].isSymbol(.equal)
    else { return nil }
    if tokens.count == 3 { return tables() + keywords(Keyword.metrics + [.list]) }
    let keyword: Keyword? = tokens[3].keyword
    let named = tokens[3].name != nil
    var startsQuery = false
    if let keyword {
      startsQuery = Keyword.metrics.contains(keyword) || keyword == .list
    } else if named, tokens.count > 4 {
      startsQuery = tokens[4].isSymbol(.equal)
    }
    guard startsQuery else { return nil }
    var query = self
    query.tokens = Array(tokens.dropFirst(3))
    return query.candidates()
  }
}
