extension Parser {
  /// What follows `let NAME =`: a query names its answer (`let per = sum hours of attendance
  /// by member`), anything else a selection (`let recent = sessions where …`).
  // Not optimized: Swift 6.3.1's release optimizer crashes on this function (CopyPropagation:
  // "Found outside of lifetime use", signal 6); it runs once per `let` statement.
  @_optimize(none)
  mutating func parseLetBody(_ name: Name, start: Int) throws(Diagnostic) -> Statement {
    let startsQuery =
      startsNamedMeasure
      || current.keyword.map { Keyword.metrics.contains($0) || $0 == .list } ?? false
    if startsQuery {
      let query = try parseQuery()
      return Statement(.letAnswer(name: name, query: query), span: span(from: start))
    }
    let source = try parseSource(after: "=")
    return Statement(.letBinding(name: name, source: source), span: span(from: start))
  }
}
