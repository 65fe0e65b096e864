/// A table, a `let` name, optionally narrowed by `where`: `sessions where type=micro`.
public struct Source: Hashable, Sendable {
  /// The table or `let` name.
  public var table: Name
  /// The `where` condition, if any.
  public var filter: Expr?
  public var span: Span

  public init(table: Name, filter: Expr?, span: Span) {
    self.table = table
    self.filter = filter
    self.span = span
  }
}

/// An aggregate function.
public enum AggregateFunction: String, Hashable, Sendable, CaseIterable {
  /// Rows (no argument) or non-empty values (with argument).
  case count
  /// Distinct non-empty values (`count distinct x`).
  case countDistinct = "count distinct"
  case sum
  case avg
  case min
  case max
  case median
  /// Sample standard deviation of the non-empty values (empty for fewer than two).
  case stddev
  /// Share of rows for which the argument condition holds (`rate status=done`).
  case rate
}

/// One aggregate of a query: `count`, `sum hours`, `count distinct member`, `rate status=done`,
/// a filtered one `sum(hours where mode = online)`, `count(where type = micro)`, and a named
/// one `lessons = count`.
public struct Metric: Hashable, Sendable {
  public var function: AggregateFunction
  /// The value aggregated (a condition for `rate`); nil for a plain `count`.
  public var argument: Expr?
  /// The rows of the statement's table it aggregates: `sum(hours where mode = online)`.
  public var filter: Expr?
  /// The output column's name: `lessons = count`.
  public var name: Name?
  /// Measures combined by arithmetic (`sum(hours where mode = online) / sum hours`); when
  /// set, it is the whole measure and `function`, `argument` and `filter` are those of its
  /// first measure.
  public var formula: Formula?
  public var span: Span

  public init(
    function: AggregateFunction, argument: Expr?, filter: Expr? = nil, name: Name? = nil,
    formula: Formula? = nil, span: Span
  ) {
    self.function = function
    self.argument = argument
    self.filter = filter
    self.name = name
    self.formula = formula
    self.span = span
  }
}

/// Measures and numbers combined by `+ - * /`, `*` and `/` first, from left to right.
public indirect enum Formula: Hashable, Sendable {
  case measure(Metric)
  case number(Literal)
  case arithmetic(ArithmeticOp, Formula, Formula)
}

/// One `order by` item.
public struct OrderItem: Hashable, Sendable {
  /// The output column or path ordered by.
  public var key: Expr
  public var descending: Bool
  /// Whether `asc`/`desc` was written (so the printer writes it back only then).
  public var explicitDirection: Bool
  /// `order by name bytes`: text by its UTF-8 bytes instead of by pinyin.
  public var bytes: Bool
  public var span: Span

  public init(
    key: Expr, descending: Bool, explicitDirection: Bool, bytes: Bool = false, span: Span
  ) {
    self.key = key
    self.descending = descending
    self.explicitDirection = explicitDirection
    self.bytes = bytes
    self.span = span
  }
}

/// A query that answers with a table: aggregates or a list of rows.
public struct Query: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// `count sessions …`, `sum hours of attendance …`, `count, avg score of attendance …`.
    case aggregate([Metric])
    /// `list sessions …` (all columns, fields empty) or `list date, title of sessions …`.
    case list([Expr])
  }

  public var kind: Kind
  /// The rows the query reads.
  public var source: Source
  /// `by` keys: paths, bucket calls, a bare bucket word (`by month`) parsed as a path.
  public var groups: [Expr]
  /// `across` key of a crosstab: one output column per value.
  public var across: Expr?
  /// `with change, yoy, share`: comparisons shown beside each measure (环比, 同比, 占比).
  public var compare: [CompareItem] = []
  /// `having` condition over output columns.
  public var having: Expr?
  /// `order by` items.
  public var order: [OrderItem]
  /// `limit N`.
  public var limit: Int?
  /// `top N`: order by the first metric descending, keep N.
  public var top: Int?
  /// `as chart|csv|json|markdown|table`.
  public var format: Name?
  public var span: Span

  public init(
    kind: Kind, source: Source, groups: [Expr] = [], across: Expr? = nil, having: Expr? = nil,
    order: [OrderItem] = [], limit: Int? = nil, top: Int? = nil, format: Name? = nil, span: Span
  ) {
    self.kind = kind
    self.source = source
    self.groups = groups
    self.across = across
    self.having = having
    self.order = order
    self.limit = limit
    self.top = top
    self.format = format
    self.span = span
  }
}
