import Lang

/// Resolves statements against a store: every table, column, path, value, parameter and
/// output name is looked up here, and the result is a `QueryPlan` that no later stage needs
/// the statement's text to read.
struct Planner {
  let store: Store
  /// Parameter values by name (without `$`).
  let parameters: [String: String]
  /// `let` names, lower-cased, to the name as written and the source it stands for.
  let lets: [String: (name: String, source: Source)]
  /// How text is ordered unless an `order by` item says `bytes`.
  var textOrder: TextOrder = .pinyin

  /// The `let` names, as written.
  var letNames: [String] { lets.values.map(\.name).sorted() }

  /// The table a source reads and its filters, following `let` names.
  func resolveSource(_ source: Source) throws(Diagnostic) -> (table: Int, filters: [Expr]) {
    if let bound = lets[source.table.text.lowercased()] {
      var inner = try resolveSource(bound.source)
      if let filter = source.filter { inner.filters.append(filter) }
      return inner
    }
    let table = try Resolver(store: store).table(source.table, lets: letNames)
    return (table, source.filter.map { [$0] } ?? [])
  }
}
