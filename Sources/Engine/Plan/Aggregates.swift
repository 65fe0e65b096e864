import Lang

/// What the engine knows of each aggregate function, in one place: the columns it takes, the
/// type of its answer, the cell of an empty group, and its SQL form. The planner, the
/// executor's empty cells, related-row aggregates and the SQL generator all read these.
///
/// To add an aggregate: its case in Lang's `AggregateFunction` and keyword, a line in each
/// switch below, and its accumulator in `Exec/ExecAggregate.swift` (the full list is
/// ARCHITECTURE.md, "How to extend", "An aggregate").
extension AggregateFunction {
  /// The answer column name of a metric: `count`, `sum`, `avg`, …
  var outputName: String {
    switch self {
    case .countDistinct: "count"
    default: rawValue
    }
  }

  /// Whether the function can aggregate values of `type` (a count takes any column; `rate`
  /// takes a condition, not a column).
  func accepts(_ type: ColumnType) -> Bool {
    let numeric = type == .integer || type == .decimal
    switch self {
    case .count, .countDistinct: return true
    case .sum, .avg, .median, .stddev: return numeric
    case .min, .max: return numeric || type == .date || type == .text
    case .rate: return false
    }
  }

  /// The kind of the answer for an argument of `type` (nil: no argument).
  func resultKind(_ type: ColumnType?) -> ResultKind {
    switch (self, type) {
    case (.count, _), (.countDistinct, _): .integer
    case (.rate, _): .rate
    case (.sum, .integer), (.min, .integer), (.max, .integer): .integer
    case (.min, .date), (.max, .date): .date
    case (.min, .text), (.max, .text): .text
    default: .decimal
    }
  }

  /// The cell of a group with no rows: 0 for counts and sums, empty otherwise.
  func emptyValue(_ kind: ResultKind) -> Value {
    switch self {
    case .count, .countDistinct: .integer(0)
    case .sum: kind == .integer ? .integer(0) : .decimal(0)
    default: .missing
    }
  }

  /// The SQL aggregate over `x`, where a dialect needs nothing special (a median and a
  /// standard deviation are the dialect's: `SQLDialect.median`, `SQLDialect.stddev`); `COALESCE(SUM(x), 0)` so a sum of no rows is 0, as in the engine.
  func sql(_ x: String) -> String {
    switch self {
    case .count: "COUNT(\(x))"
    case .countDistinct: "COUNT(DISTINCT \(x))"
    case .sum: "COALESCE(SUM(\(x)), 0)"
    case .avg, .rate: "AVG(\(x))"
    case .min: "MIN(\(x))"
    case .max: "MAX(\(x))"
    case .median, .stddev: "NULL"
    }
  }

  /// The SQL cell of a bucket or crosstab cell with no rows (as `emptyValue`).
  var sqlFill: String {
    switch self {
    case .count, .countDistinct, .sum: "0"
    default: "NULL"
    }
  }
}

extension MetricPlan {
  /// For measures combined by arithmetic, the cell of a group with no rows: the formula of its
  /// measures' empty cells (`count - count` is 0, `sum / count` empty); nil otherwise.
  var formulaEmptyValue: Value? {
    guard let formula else { return nil }
    let x = formula.evaluate { i in
      switch parts[i].function.emptyValue(parts[i].kind) {
      case .integer(let v): Double(v)
      case .decimal(let v): v
      default: .nan
      }
    }
    if x.isNaN || x.isInfinite { return .missing }
    return kind == .integer ? .integer(Int64(x)) : .decimal(x)
  }
}

extension MetricPlan {
  /// The answer column of this measure named `name` (its own name unless a crosstab names it
  /// after a value): counts, sums, averages and formulas are amounts; a `min`, `max` or
  /// `median` is a value of its column and shows as the column does.
  func resultColumn(named name: String? = nil) -> ResultColumn {
    var column = ResultColumn(name: name ?? self.name, kind: kind)
    switch function {
    case _ where formula != nil: column.role = .amount
    case .count, .countDistinct, .sum, .avg, .stddev, .rate: column.role = .amount
    case .min, .max, .median: column.role = .value
    }
    column.sensitive = returnsSensitiveValue
    return column
  }

  /// Whether the measure's cells are values of a sensitive column (`max phone`): they are
  /// masked as the column is. A count, a sum or a rate of it tells no one's number.
  var returnsSensitiveValue: Bool {
    guard formula == nil, case .path(let p, _)? = argument else { return false }
    switch function {
    case .min, .max, .median: return p.column.sensitive
    case .count, .countDistinct, .sum, .avg, .stddev, .rate: return false
    }
  }

  /// The crosstab column of `value` of the `across` key, with the key's label for it.
  /// A sensitive key's values head their columns masked (`headerSensitive`).
  func acrossColumn(_ value: Value, labels: [String: String], sensitive: Bool = false)
    -> ResultColumn
  {
    var column = resultColumn(named: value.label)
    column.labelledName = labels[value.label]
    column.headerSensitive = sensitive
    column.headsEmptyValue = value == .missing
    return column
  }
}
