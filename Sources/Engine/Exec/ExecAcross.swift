import Lang

extension Executor {
  /// The values of a crosstab's `across` key among the selected rows, in column order, as the
  /// answer names its columns (for a backend that needs them before it can write the query).
  func acrossValues(_ plan: QueryPlan) throws(Diagnostic) -> [Value] {
    guard let across = plan.across else { return [] }
    let selection = try selection(plan.filter, table: plan.table)
    let key = try keyColumn(across, table: plan.table, selection: selection)
    var codes = Set<Int32>()
    for (i, r) in selection.enumerated() { codes.insert(key.code(i, row: r)) }
    return codes.map { key.labels($0)[0] }.sorted { $0.order($1) < 0 }
  }
}
