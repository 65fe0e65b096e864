import Lang

/// Translates a query into an equivalent SQLite query (`sql …`), for IT and as the test oracle.
///
/// The query is planned first, so a wrong name or type gets the engine's own message; the SQL
/// is then written from the query itself, following the engine's semantics (see grammar.md):
/// paths become LEFT JOINs, conditions use SQL's three-valued logic, time buckets are numbered
/// and labelled as the engine does, gaps are filled with a recursive CTE.
struct SQLTranslator {
  let session: Session

  func translate(_ query: Query) throws(Diagnostic) -> String {
    var warnings: [Diagnostic] = []
    let plan = try session.plan(query, warnings: &warnings)
    let (_, filters) = try session.resolveSource(query.source, warnings: &warnings)
    return plan.isList
      ? try list(query, plan, filters: filters) : try aggregate(query, plan, filters: filters)
  }
}
