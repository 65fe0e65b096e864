import Lang

/// One metric: the base column it aggregates and its aggregate in SQL.
struct SQLMetric {
  var plan: MetricPlan
  /// The internal base column of the argument (nil for a plain row count).
  var argument: String?
  let dialect: any SQLDialect
  /// The measures of a formula (`sum(…) / sum hours`), each with its own base column.
  var parts: [SQLMetric] = []

  /// Whether it needs the window columns of `ranked` (a median or standard deviation the
  /// dialect cannot take in one call: the ranks, or the group's mean).
  var needsRanks: Bool {
    guard plan.formula == nil else { return parts.contains { $0.needsRanks } }
    switch plan.function {
    case .median: return dialect.median("x") == nil
    case .stddev: return dialect.stddev("x") == nil
    default: return false
    }
  }

  /// The aggregate over a group's rows, or over those of them for which `only` holds
  /// (a crosstab cell).
  func aggregate(only: String? = nil) -> String {
    if let formula = plan.formula { return sql(formula, only: only) }
    guard let argument else {
      return only.map { "SUM(CASE WHEN \($0) THEN 1 ELSE 0 END)" } ?? "COUNT(*)"
    }
    let a = SQLText.identifier(argument)
    let x = only.map { "CASE WHEN \($0) THEN \(a) END" } ?? a
    switch plan.function {
    case .median:
      if let median = dialect.median(x) { return median }
      // The middle row (or the mean of the two middle rows) of the non-empty values.
      let n = SQLText.identifier(argument + "_n")
      let rank = SQLText.identifier(argument + "_rn")
      let condition =
        (only.map { [$0] } ?? [])
        + ["\(a) IS NOT NULL", "\(rank) IN ((\(n) + 1) / 2, (\(n) + 2) / 2)"]
      return "AVG(CASE WHEN \(condition.joined(separator: " AND ")) THEN \(a) END)"
    case .stddev:
      if let stddev = dialect.stddev(x) { return stddev }
      // The squared distances from the mean of the group (or crosstab cell) of `ranked`.
      return SQLRows.stddev(x, mean: SQLText.identifier(argument + "_mean"))
    default:
      return plan.function.sql(x)
    }
  }

  /// A formula of the parts' aggregates; a division is exact and empty by zero.
  private func sql(_ f: MetricFormula, only: String?) -> String {
    switch f {
    case .part(let i): return parts[i].aggregate(only: only)
    case .number(let v): return SQLText.number(v, integer: v == v.rounded() && abs(v) < 1e15)
    case .arithmetic(let op, let a, let b):
      let x = sql(a, only: only)
      let y = sql(b, only: only)
      if op == .divide { return "(\(x) * 1.0 / NULLIF(\(y), 0))" }
      return "(\(x) \(op.rawValue) \(y))"
    }
  }

  /// The cell of a bucket or crosstab cell with no rows: 0 for counts and sums, else empty.
  var fill: String {
    switch plan.formulaEmptyValue {
    case nil: return plan.function.sqlFill
    case .integer(let v)?: return String(v)
    case .decimal(let v)?: return SQLText.number(v, integer: v == v.rounded() && abs(v) < 1e15)
    default: return "NULL"
    }
  }

  /// The window columns a median or standard deviation needs, partitioned by the group's key
  /// columns (with a crosstab's, so each cell has its own).
  func rankColumns(partition keys: [String]) -> [String] {
    if !parts.isEmpty { return parts.flatMap { $0.rankColumns(partition: keys) } }
    guard needsRanks, let argument else { return [] }
    let a = SQLText.identifier(argument)
    let groups = keys.map(SQLText.identifier)
    let byValue = (groups + ["\(a) IS NULL"]).joined(separator: ", ")
    let byGroup = groups.isEmpty ? "" : "PARTITION BY " + groups.joined(separator: ", ")
    if plan.function == .stddev {
      return ["AVG(\(a)) OVER (\(byGroup)) AS " + SQLText.identifier(argument + "_mean")]
    }
    return [
      "ROW_NUMBER() OVER (PARTITION BY \(byValue) ORDER BY \(a)) AS "
        + SQLText.identifier(argument + "_rn"),
      "COUNT(\(a)) OVER (\(byGroup)) AS " + SQLText.identifier(argument + "_n"),
    ]
  }
}

extension SQLRows {
  /// Adds the base column of a metric and describes it.
  func metric(
    _ m: MetricPlan, internal name: String, in scope: inout SQLScope,
    base: inout [(sql: String, name: String)]
  ) throws(Diagnostic) -> SQLMetric {
    if m.formula != nil {
      var parts: [SQLMetric] = []
      for (i, part) in m.parts.enumerated() {
        parts.append(try metric(part, internal: "\(name)_\(i)", in: &scope, base: &base))
      }
      return SQLMetric(plan: m, argument: nil, dialect: dialect, parts: parts)
    }
    var sql: String
    if let condition = m.condition {
      sql = "CASE WHEN \(try self.condition(condition, in: &scope)) THEN 1.0 ELSE 0.0 END"
    } else if let argument = m.argument {
      sql = try value(argument, in: &scope)
    } else if m.filter != nil {
      sql = "1"
    } else {
      return SQLMetric(plan: m, argument: nil, dialect: dialect)
    }
    // A filtered measure sees its value only on the rows that pass (COUNT skips the NULLs).
    if let filter = m.filter {
      sql = "CASE WHEN \(try self.condition(filter, in: &scope)) THEN \(sql) END"
    }
    base.append((sql, name))
    return SQLMetric(plan: m, argument: name, dialect: dialect)
  }
}
