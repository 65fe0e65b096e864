import Lang

/// A value per row of the table a query reads, resolved against the store (the "plan" stage:
/// names and types are settled here; no row is read until execution).
indirect enum RowExpr {
  /// A column reached through a path; `follow` keeps a final reference as row indices.
  case path(ResolvedPath, follow: Bool)
  /// A time bucket of a date path: `month(session.date)`, or `by month` on the time column.
  case bucket(Bucket, ResolvedPath)
  /// `year(x)` in a condition: the year as a whole number.
  case year(ResolvedPath)
  /// Related rows aggregated: `count(attendance where …)`, `sum(attendance.hours)`.
  case related(RelatedPlan)
  /// A number written in the query, the same for every row (an operand of arithmetic).
  case number(Number)
  /// Arithmetic on two values, with the type of its answer (dates enter as day numbers:
  /// a date minus a date is a whole number of days). Division by zero is empty.
  case arithmetic(ArithmeticOp, RowExpr, RowExpr, ColumnType)

  /// The Chinese labels of the codes this expression yields (a text column's, from the
  /// schema), shown instead of the codes when labels are on.
  var codeLabels: [String: String] {
    if case .path(let p, _) = self, p.column.type == .text { return p.column.codeLabels }
    return [:]
  }

  /// The stored type this expression yields.
  var type: ColumnType {
    switch self {
    case .path(let p, _): p.column.type
    case .bucket: .integer
    case .year: .integer
    case .related: .integer
    case .number(let n): n.isInteger ? .integer : .decimal
    case .arithmetic(_, _, _, let type): type
    }
  }
}

/// Rows of another table referring to each row of the base table, filtered.
struct RelatedPlan {
  /// The table whose rows refer to the base table.
  var table: Int
  /// Its column that refers to the base table, and that column's stored name.
  var reference: Reference
  var referenceColumn: String
  /// The condition on the related rows.
  var filter: Predicate?
  /// How they are aggregated per row, and the value aggregated (on the related table).
  var function: AggregateFunction = .count
  var value: RowExpr? = nil
  /// Where the query wrote it (for a backend's message about it).
  var span: Span = .at(0)

  /// The type of the aggregate: counts are whole numbers, sums follow their column.
  var type: ColumnType {
    switch function {
    case .count, .countDistinct: return .integer
    case .sum, .min, .max: return value?.type == .integer ? .integer : (value?.type ?? .decimal)
    default: return .decimal
    }
  }
}

/// What a text test asks, kept beside its truth table so that SQL can say it too.
enum TextTest {
  /// `x op "text"` (the text after a Chinese label was turned into its code).
  case compare(CompareOp, String)
  /// `x ~ "text"`: contains, case-insensitive.
  case contains(String)
  /// `x in ("a", "b", …)`.
  case oneOf([String])
}

/// A condition per row, in three-valued logic: true, false, or unknown (an empty cell compared).
indirect enum Predicate {
  /// A text value tested through a truth table indexed by dictionary code (1 true, 0 false);
  /// `test` says the same for a backend without the dictionary (SQL).
  case textTable(RowExpr, [UInt8], test: TextTest)
  /// A number compared with a constant, exactly (whole numbers as whole numbers).
  case number(RowExpr, CompareOp, Number)
  /// A date (or bucketed) value within an inclusive range of day numbers / whole numbers.
  case range(RowExpr, low: Int64, high: Int64)
  /// Two row values compared.
  case pair(RowExpr, CompareOp, RowExpr)
  /// `is empty` / `is not empty`.
  case isEmpty(RowExpr, negated: Bool)
  /// `has x` / `no x`.
  case has(RelatedPlan, negated: Bool)
  /// Every part true (a flat list, so a chain of thousands of `and`s needs no deep recursion).
  case all([Predicate])
  /// Any part true.
  case any([Predicate])
  /// A number (or day number) equal to one of a set: `id in (…)` with many values.
  case numberSet(RowExpr, NumberSet)
  case not(Predicate)
  /// A condition that is the same for every row (e.g. a comparison with an unknown code).
  case constant(UInt8)
}

/// Truth values of the three-valued logic used by masks and `having`, and its connectives
/// (the one place they are written).
enum Truth {
  static let no: UInt8 = 0
  static let yes: UInt8 = 1
  static let unknown: UInt8 = 2

  /// false wins, then unknown.
  @inline(__always)
  static func and(_ x: UInt8, _ y: UInt8) -> UInt8 {
    x == no || y == no ? no : (x == unknown || y == unknown ? unknown : yes)
  }

  /// true wins, then unknown.
  @inline(__always)
  static func or(_ x: UInt8, _ y: UInt8) -> UInt8 {
    x == yes || y == yes ? yes : (x == unknown || y == unknown ? unknown : no)
  }

  /// unknown stays unknown.
  @inline(__always)
  static func not(_ x: UInt8) -> UInt8 { x == unknown ? x : 1 - x }
}

/// A value in a `having` condition: an answer column by position, or a constant.
enum OutputOperand {
  case column(Int)
  case constant(Value)
}

/// A `having` condition over the columns of an answer, by position, in three-valued logic.
indirect enum OutputPredicate {
  case compare(OutputOperand, CompareOp, OutputOperand)
  case isEmpty(Int, negated: Bool)
  /// `x in (a, b, …)`.
  case oneOf(OutputOperand, [OutputOperand])
  case all([OutputPredicate])
  case any([OutputPredicate])
  case not(OutputPredicate)

  /// The answer columns the condition reads.
  var columns: Set<Int> {
    switch self {
    case .compare(let a, _, let b): return a.columns.union(b.columns)
    case .isEmpty(let c, _): return [c]
    case .oneOf(let a, let items): return items.reduce(a.columns) { $0.union($1.columns) }
    case .all(let parts), .any(let parts):
      return parts.reduce(into: Set<Int>()) { $0.formUnion($1.columns) }
    case .not(let a): return a.columns
    }
  }
}

extension OutputOperand {
  var columns: Set<Int> {
    if case .column(let c) = self { return [c] }
    return []
  }
}

/// One `order by` item, resolved: an answer column, or (for a list) a value of the row.
struct OrderPlan {
  enum Key {
    /// An output column by position (an aggregate's column, a list's field).
    case column(Int)
    /// A value of the row that is not shown (lists only).
    case value(RowExpr)
  }
  var key: Key
  var descending: Bool
  /// Text by pinyin, or by bytes (`order by name bytes`).
  var text: TextOrder = .pinyin
}

/// One resolved aggregate of a query.
struct MetricPlan {
  var function: AggregateFunction
  /// The aggregated value (nil for a plain row count).
  var argument: RowExpr?
  /// The condition of a `rate`.
  var condition: Predicate?
  /// The rows it aggregates, of those the query reads: `sum(hours where mode = online)`.
  var filter: Predicate? = nil
  /// Output column name: as written (`lessons = count`), else `count`, `sum`, or `sum_hours`
  /// when two metrics would share a name.
  var name: String
  var kind: ResultKind
  /// Measures combined by arithmetic (`sum(…) / sum hours`): the measures are `parts`.
  var formula: MetricFormula? = nil
  var parts: [MetricPlan] = []
}

/// Measures (by position in `MetricPlan.parts`) and numbers combined by arithmetic, per group;
/// a division by zero, or an empty measure, gives an empty cell.
indirect enum MetricFormula {
  case part(Int)
  case number(Double)
  case arithmetic(ArithmeticOp, MetricFormula, MetricFormula)

  /// The value for one group, from the parts' values (NaN when empty).
  func evaluate(_ parts: (Int) -> Double) -> Double {
    switch self {
    case .part(let i): return parts(i)
    case .number(let v): return v
    case .arithmetic(let op, let a, let b):
      let x = a.evaluate(parts)
      let y = b.evaluate(parts)
      switch op {
      case .add: return x + y
      case .subtract: return x - y
      case .multiply: return x * y
      case .divide: return y == 0 ? .nan : x / y
      }
    }
  }
}

/// One resolved `by` key.
struct KeyPlan {
  var expr: RowExpr
  /// Output column name: the path as written, or the bucket name.
  var name: String
  /// The bucket, when the key is a time bucket (gap filling applies).
  var bucket: Bucket?
  /// The buckets the query's `where` bounds this key's date to (all of them are shown).
  var period: BucketPeriod? = nil
  /// The table a reference key points to (its display column is shown beside the id).
  var referenced: Int?
  var sensitive: Bool

  /// The reference a reference key follows.
  var reference: Reference? {
    if referenced != nil, case .path(let p, _) = expr { return p.column.reference }
    return nil
  }
}

/// A whole resolved query.
struct QueryPlan {
  var table: Int
  var filter: Predicate?
  var metrics: [MetricPlan]
  var keys: [KeyPlan]
  var across: KeyPlan?
  /// List fields (list queries only).
  var fields: [(name: String, expr: RowExpr, sensitive: Bool)]
  var isList: Bool
  /// `having`, over the answer's columns.
  var having: OutputPredicate?
  /// What `with` shows beside the measures, and the key (a time bucket) changes follow.
  var compare: [ComparePlan] = []
  var compareKey: Int? = nil
  /// `order by` (and the order `top` implies: its first measure, descending).
  var order: [OrderPlan]
  /// `limit`, or `top`, whichever is smaller.
  var limit: Int?
  /// How text keys are ordered where no `order by` item says (pinyin unless asked).
  var textOrder: TextOrder = .pinyin
  var span: Span
  /// The schema's labels of the answer's first columns (keys and their display columns, or
  /// list fields), by position; nil where a column has none. Shown as headers with labels on.
  var labels: [String?] = []
}

extension Expr {
  /// The operands of a chain of `and`s (or of `or`s when `and` is false), left to right,
  /// found with a stack instead of recursion (a long chain is a balanced tree, a short one
  /// leans left: `Expr.chain`); nil when `self` is not such a chain.
  func chain(and: Bool) -> [Expr]? {
    func split(_ e: Expr) -> (Expr, Expr)? {
      switch e.kind {
      case .and(let l, let r) where and, .or(let l, let r) where !and: return (l, r)
      default: return nil
      }
    }
    guard split(self) != nil else { return nil }
    var parts: [Expr] = []
    var pending = [self]
    while let e = pending.popLast() {
      if let (l, r) = split(e) {
        pending.append(r)
        pending.append(l)
      } else {
        parts.append(e)
      }
    }
    return parts
  }
}
