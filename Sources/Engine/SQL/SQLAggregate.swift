import Lang

extension SQLGenerator {
  /// An aggregate query: `base` (the filtered rows with their key and argument values),
  /// `grouped`, gap filling with a time bucket, then `answer` with the engine's column names,
  /// filtered by `having`, ordered and limited. `across` holds the crosstab's column values.
  func aggregate(_ plan: QueryPlan, across acrossValues: [Value], _ constants: SQLConstants)
    throws(Diagnostic) -> String
  {
    let aliases = SQLAliases()
    let x = SQLRows(store: store, aliases: aliases, constants: constants)
    var scope = SQLScope(store: store, table: plan.table, aliases: aliases, nested: false)
    var base: [(sql: String, name: String)] = []
    var keys: [SQLKey] = []
    for (i, k) in plan.keys.enumerated() {
      keys.append(try x.key(k, internal: "k\(i)", in: &scope, base: &base))
    }
    let across = try plan.across.map { (k) throws(Diagnostic) in
      try x.key(k, internal: "x", labelled: true, in: &scope, base: &base)
    }
    var metrics: [SQLMetric] = []
    for (j, m) in plan.metrics.enumerated() {
      metrics.append(try x.metric(m, internal: "a\(j)", in: &scope, base: &base))
    }
    let condition = try plan.filter.map { (p) throws(Diagnostic) in try x.condition(p, in: &scope) }

    var ctes = SQLCTEs()
    let selected =
      base.isEmpty ? ["1 AS \"one\""] : base.map { "\($0.sql) AS \(SQLText.identifier($0.name))" }
    ctes.add(
      "base",
      "SELECT " + selected.joined(separator: ",\n    ") + "\n  FROM " + scope.fromClause
        + (condition.map { "\n  WHERE " + $0 } ?? ""))
    let groupColumns = keys.map(\.column) + (across.map { [$0.column] } ?? [])
    var rows = "base"
    let ranks = metrics.flatMap { $0.rankColumns(partition: groupColumns) }
    if !ranks.isEmpty {
      ctes.add("ranked", "SELECT *, " + ranks.joined(separator: ", ") + " FROM \"base\"")
      rows = "ranked"
    }

    // One measure column per metric, or per crosstab value.
    var measures: [(sql: String, name: String, fill: String)] = []
    if let across {
      guard acrossValues.count <= Self.maxCrosstabColumns else {
        throw .error(
          planMessages.crosstabTooWide(acrossValues.count, dialect.name, Self.maxCrosstabColumns),
          at: plan.span, notes: [planMessages.fewerValues()])
      }
      if acrossValues.isEmpty {
        // No row is selected, so the answer has no rows (and no value columns).
        let names = keys.flatMap(\.names).map { "NULL AS \(SQLText.identifier($0))" }
        return
          "SELECT \((names.isEmpty ? ["NULL AS \"count\""] : names).joined(separator: ", ")) LIMIT 0;"
      }
      for v in acrossValues {
        let only = dialect.same(SQLText.identifier(across.column), constants.value(v))
        measures.append((metrics[0].aggregate(only: only), v.label, metrics[0].fill))
      }
    } else {
      measures = metrics.map { ($0.aggregate(), $0.plan.name, $0.fill) }
    }
    let keyColumns = keys.flatMap(\.columns)
    let measureColumns = measures.indices.map { "m\($0)" }
    let groupedSelect =
      keyColumns.map(SQLText.identifier)
      + zip(measures, measureColumns).map { "\($0.sql) AS \(SQLText.identifier($1))" }
    ctes.add(
      "grouped",
      "SELECT " + groupedSelect.joined(separator: ", ") + " FROM " + SQLText.identifier(rows)
        + (keyColumns.isEmpty
          ? "" : " GROUP BY " + keyColumns.map(SQLText.identifier).joined(separator: ", ")))
    var answerSource = "grouped"
    if let b = keys.firstIndex(where: { $0.bucket != nil }) {
      gapFill(&ctes, keys: keys, bucket: b, measures: measureColumns, fills: measures.map(\.fill))
      answerSource = "filled"
    }
    // The answer's columns carry the engine's names, unless two share a name (`by x, x`):
    // SQLite would rename one inside the CTE, so they are numbered there and named at the end.
    let shown =
      plan.compare.isEmpty
      ? zip(measures, measureColumns).map { (SQLText.identifier($1), $0.name) }
      : windowColumns(
        plan, keys: keys, measures: measureColumns, source: answerSource, &ctes)
    if !plan.compare.isEmpty { answerSource = "windowed" }
    let names = keys.flatMap(\.names) + shown.map(\.name)
    // SQLite also renames a CTE column named true or false (to column1 …).
    let unique =
      Set(names.map { $0.lowercased() }).count == names.count
      && !names.contains { ["true", "false"].contains($0.lowercased()) }
    let columns = unique ? names : names.indices.map { "o\($0)" }
    let values = keys.flatMap { $0.outputs(dialect) } + shown.map(\.sql)
    ctes.add(
      "answer",
      "SELECT "
        + zip(values, columns).map { "\($0) AS \(SQLText.identifier($1))" }
        .joined(separator: ", ") + " FROM " + SQLText.identifier(answerSource))
    var output = SQLOutput(columns: columns, keyCount: keyColumns.count, constants: constants)
    output.textOrder = plan.textOrder
    output.textColumns = Set(
      zip(
        plan.keys.flatMap(textKinds) + plan.measureColumns.map { $0.kind == .text }, columns.indices
      )
      .filter(\.0).map(\.1))
    var final =
      unique
      ? "SELECT * FROM \"answer\""
      : "SELECT "
        + zip(columns, names).map { "\(SQLText.identifier($0)) AS \(SQLText.identifier($1))" }
        .joined(separator: ", ") + " FROM \"answer\""
    if let having = plan.having { final += "\nWHERE " + output.having(having) }
    let order = output.orderTerms(plan.order)
    if !order.isEmpty { final += "\nORDER BY " + order.joined(separator: ", ") }
    if let limit = plan.limit { final += "\nLIMIT \(limit)" }
    return ctes.statement(final + ";")
  }

  /// The widest crosstab translated (SQLite's default limit is 2000 columns per result).
  static let maxCrosstabColumns = 1_900

  /// Adds `bounds`, `series` and `filled`: every bucket of each series (each combination of the
  /// other keys) over the period `where` bounds the date to, or else between the series' own
  /// first and last bucket; the missing ones with 0 for counts and sums, empty otherwise. (A
  /// group's count or sum is never NULL, so COALESCE only fills the missing buckets.)
  private func gapFill(
    _ ctes: inout SQLCTEs, keys: [SQLKey], bucket b: Int, measures: [String], fills: [String]
  ) {
    let kb = SQLText.identifier(keys[b].column)
    let others = keys.enumerated().filter { $0.offset != b }.flatMap(\.element.columns)
      .map(SQLText.identifier)
    let lead = others.map { $0 + ", " }.joined()
    let first = keys[b].period?.first.map { "COALESCE(\($0), MIN(\(kb)))" } ?? "MIN(\(kb))"
    let last = keys[b].period?.last.map { "COALESCE(\($0), MAX(\(kb)))" } ?? "MAX(\(kb))"
    ctes.add(
      "bounds",
      "SELECT \(lead)CAST(\(first) AS BIGINT) AS \"lo\", CAST(\(last) AS BIGINT) AS \"hi\""
        + " FROM \"grouped\" WHERE \(kb) IS NOT NULL"
        + (others.isEmpty ? "" : " GROUP BY " + others.joined(separator: ", ")))
    ctes.add(
      "series",
      "SELECT \(lead)\"lo\" AS \(kb), \"hi\" FROM \"bounds\""
        + " WHERE \"lo\" IS NOT NULL AND \"hi\" IS NOT NULL\n  UNION ALL "
        + "SELECT \(lead)\(kb) + 1, \"hi\" FROM \"series\" WHERE \(kb) < \"hi\"", recursive: true)
    // Each series' buckets joined to their groups (a missing one takes the fill), then the
    // groups whose bucket is empty, which belong to no series.
    let all = keys.flatMap(\.columns).map(SQLText.identifier)
    let same =
      (["\"g\".\(kb) = \"s\".\(kb)"] + others.map { dialect.same("\"g\".\($0)", "\"s\".\($0)") })
      .joined(separator: " AND ")
    let filledMeasures = zip(measures, fills).map { m, fill in
      let g = "\"g\".\(SQLText.identifier(m))"
      return (fill == "NULL" ? g : "COALESCE(\(g), \(fill))") + " AS \(SQLText.identifier(m))"
    }
    ctes.add(
      "filled",
      "SELECT " + (all.map { "\"s\".\($0)" } + filledMeasures).joined(separator: ", ")
        + " FROM \"series\" AS \"s\" LEFT JOIN \"grouped\" AS \"g\" ON \(same)\n  UNION ALL SELECT "
        + (all + measures.map(SQLText.identifier)).joined(separator: ", ")
        + " FROM \"grouped\" WHERE \(kb) IS NULL")
  }

  /// Whether each answer column of a key holds text (a bucket's label does not count: its
  /// labels order the same in every collation).
  private func textKinds(_ key: KeyPlan) -> [Bool] {
    guard key.bucket == nil else { return [false] }
    guard key.referenced == nil, case .path(let p, _) = key.expr else {
      let display = key.referenced.flatMap { Resolver(store: store).displayColumn(of: $0) }
      return [key.expr.type == .text] + (display.map { [$0.type == .text] } ?? [])
    }
    return [p.column.type == .text]
  }
}
