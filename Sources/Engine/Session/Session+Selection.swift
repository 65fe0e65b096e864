import Lang

extension Session {
  /// The rows of the table a source reads that its `where` selects (a `let` name's own
  /// filters too), for Tab's value counts under the conditions typed so far: the table's
  /// index in `storeWithLets` and the selected rows. Nil when the source does not resolve or
  /// `cancellation` stopped the evaluation.
  public func selection(of source: Source, cancellation: CancellationFlag) -> (
    table: Int, rows: [Int32]
  )? {
    do {
      let planner = self.planner
      let (table, filters) = try planner.resolveSource(source)
      var conditions = ConditionPlanner(planner: planner, table: table)
      var filter: Predicate?
      for f in filters {
        let p = try conditions.condition(f)
        filter = filter.map { .all([$0, p]) } ?? p
      }
      let executor = Executor(
        store: storeWithLets, cancellation: cancellation, textOrder: textOrder)
      try cancellation.check(source.span)
      return (table, try executor.selection(filter, table: table))
    } catch {
      return nil
    }
  }
}
