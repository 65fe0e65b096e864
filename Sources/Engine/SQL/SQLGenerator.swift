import Lang

/// One SQL statement made from a plan, with the values bound to its parameters (empty when
/// the dialect writes constants into the text).
public struct SQLStatement: Sendable {
  public var text: String
  public var parameters: [String?]
}

/// Writes a plan as one SQL statement in a dialect (`sql …`, the differential tests' oracle,
/// and queries on a database server).
///
/// It reads only the plan — never the statement's text — and follows the engine's semantics
/// (see grammar.md): paths become LEFT JOINs, conditions use SQL's three-valued logic, time
/// buckets are numbered and labelled as the engine does, gaps are filled with a recursive CTE.
struct SQLGenerator {
  let store: Store
  let dialect: any SQLDialect

  /// The statement for `plan`; `across` holds a crosstab's column values in column order (the
  /// caller finds them, on the data or with a query of their own).
  func statement(_ plan: QueryPlan, across: [Value] = []) throws(Diagnostic) -> SQLStatement {
    let constants = SQLConstants(dialect: dialect)
    let text =
      plan.isList ? try list(plan, constants) : try aggregate(plan, across: across, constants)
    return SQLStatement(text: text, parameters: constants.parameters)
  }

  /// The statement as text alone (for a dialect that writes its constants into the text).
  func text(_ plan: QueryPlan, across: [Value] = []) throws(Diagnostic) -> String {
    try statement(plan, across: across).text
  }
}
