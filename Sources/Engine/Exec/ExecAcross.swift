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
    return key.columnCodes(codes, text: textOrder).map { key.labels($0)[0] }
  }
}

extension KeyColumn {
  /// The codes of a crosstab's columns, in column order: those with rows, and for a time
  /// bucket every bucket of its range (the period `where` bounds it to, or first to last),
  /// text in `text` order.
  func columnCodes(_ present: Set<Int32>, text: TextOrder) -> [Int32] {
    var codes = present
    if bucket != nil {
      let dated = present.filter { $0 != missing }
      let range = dated.isEmpty ? nil : (dated.min()!, dated.max()!)
      if let (lo, hi) = fillRange(present: range) { codes.formUnion(lo...hi) }
    }
    return codes.sorted { labels($0)[0].order(labels($1)[0], text: text) < 0 }
  }
}
