import Lang

/// One metric: the base column it aggregates and its aggregate in SQL.
struct SQLMetric {
  var plan: MetricPlan
  /// The internal base column of the argument (nil for a plain row count).
  var argument: String?

  /// Whether it needs the rank columns of `ranked` (a median).
  var isMedian: Bool { plan.function == .median }

  /// The aggregate over a group's rows, or over those of them for which `only` holds
  /// (a crosstab cell).
  func aggregate(only: String? = nil) -> String {
    guard let argument else {
      return only.map { "SUM(CASE WHEN \($0) THEN 1 ELSE 0 END)" } ?? "COUNT(*)"
    }
    let a = SQLText.identifier(argument)
    let x = only.map { "CASE WHEN \($0) THEN \(a) END" } ?? a
    switch plan.function {
    case .count: return "COUNT(\(x))"
    case .countDistinct: return "COUNT(DISTINCT \(x))"
    case .sum: return "COALESCE(SUM(\(x)), 0)"
    case .avg, .rate: return "AVG(\(x))"
    case .min: return "MIN(\(x))"
    case .max: return "MAX(\(x))"
    case .median:
      // The middle row (or the mean of the two middle rows) of the non-empty values.
      let n = SQLText.identifier(argument + "_n")
      let rank = SQLText.identifier(argument + "_rn")
      let condition =
        (only.map { [$0] } ?? [])
        + ["\(a) IS NOT NULL", "\(rank) IN ((\(n) + 1) / 2, (\(n) + 2) / 2)"]
      return "AVG(CASE WHEN \(condition.joined(separator: " AND ")) THEN \(a) END)"
    }
  }

  /// The cell of a bucket or crosstab cell with no rows: 0 for counts and sums, else empty.
  var fill: String {
    switch plan.function {
    case .count, .countDistinct, .sum: "0"
    default: "NULL"
    }
  }

  /// The rank columns a median needs, partitioned by the group's key columns.
  func rankColumns(partition keys: [String]) -> [String] {
    guard isMedian, let argument else { return [] }
    let a = SQLText.identifier(argument)
    let groups = keys.map(SQLText.identifier)
    let byValue = (groups + ["\(a) IS NULL"]).joined(separator: ", ")
    let byGroup = groups.isEmpty ? "" : "PARTITION BY " + groups.joined(separator: ", ")
    return [
      "ROW_NUMBER() OVER (PARTITION BY \(byValue) ORDER BY \(a)) AS "
        + SQLText.identifier(argument + "_rn"),
      "COUNT(\(a)) OVER (\(byGroup)) AS " + SQLText.identifier(argument + "_n"),
    ]
  }
}

extension SQLExpressions {
  /// Adds the base column of metric `m` (planned as `plan`) and describes it.
  func metric(
    _ m: Metric, _ plan: MetricPlan, internal name: String, in scope: inout SQLScope,
    base: inout [(sql: String, name: String)]
  ) throws(Diagnostic) -> SQLMetric {
    guard let argument = m.argument else { return SQLMetric(plan: plan, argument: nil) }
    let sql: String
    switch m.function {
    case .rate:
      sql = "CASE WHEN \(try condition(argument, in: &scope)) THEN 1.0 ELSE 0.0 END"
    case .count, .countDistinct:
      sql = try value(argument, in: &scope, follow: true).sql
    default:
      sql = try value(argument, in: &scope).sql
    }
    base.append((sql, name))
    return SQLMetric(plan: plan, argument: name)
  }
}
