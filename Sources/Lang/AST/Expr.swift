/// An expression: a filter condition, a value, a grouping key or a listed field.
public struct Expr: Hashable, Sendable {
  public indirect enum Kind: Hashable, Sendable {
    /// A column or reference path: `date`, `member.org.name`.
    case path(Path)
    /// A literal value.
    case literal(Literal)
    /// A parameter `$month`, filled from `--set` or `.set` (name without `$`).
    case parameter(String)
    /// A time bucket or other function applied to one argument: `month(session.date)`.
    case call(function: Name, argument: Expr)
    /// Related rows aggregated per row: `count(attendance)`, `count(attendance where …)`,
    /// `sum(attendance.hours where …)` (see `Related.function` and `Related.value`).
    case relatedCount(Related)
    /// `has attendance` (negated: `no attendance`): at least one related row.
    case hasRelated(Related, negated: Bool)
    /// A comparison `a op b`.
    case compare(CompareOp, Expr, Expr)
    /// `a ~ "text"`: contains, case-insensitive.
    case contains(Expr, Expr)
    /// `a in (x, y, …)`; `negated` for `not in`.
    case inList(Expr, [Expr], negated: Bool)
    /// `date in 2016`, `in 2016-11`, `in 2016-Q4`, `in $month`; `negated` for `not in`.
    case inPeriod(Expr, Expr, negated: Bool)
    /// `a between low and high` (inclusive); `negated` for `not between`.
    case between(Expr, low: Expr, high: Expr, negated: Bool)
    /// `a is empty` (`negated`: `a is not empty`).
    case isEmpty(Expr, negated: Bool)
    /// `a and b`.
    case and(Expr, Expr)
    /// `a or b`.
    case or(Expr, Expr)
    /// `not a`.
    case not(Expr)
    /// Arithmetic on values: `2016 - born`, `hours * 2`, `done_on - deadline` (days).
    case arithmetic(ArithmeticOp, Expr, Expr)
    /// A parenthesised expression, kept so the printer writes what the user wrote.
    case group(Expr)
  }

  public var kind: Kind
  public var span: Span

  public init(_ kind: Kind, span: Span) {
    self.kind = kind
    self.span = span
  }
}

/// Arithmetic operators; `*` and `/` bind tighter than `+` and `-`, all from left to right.
public enum ArithmeticOp: String, Hashable, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"

  /// Whether the operator binds tighter (`*`, `/`).
  public var isProduct: Bool { self == .multiply || self == .divide }
}

/// Comparison operators.
public enum CompareOp: String, Hashable, Sendable, CaseIterable {
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
}

/// A set of related rows seen from a row of another table: the rows of `table`
/// whose reference points at the current row, optionally filtered.
/// `attendance` or `(attendance where session.date in 2016)`; aggregated as a value:
/// `count(attendance)`, `sum(attendance.hours where …)`.
public struct Related: Hashable, Sendable {
  /// The table whose rows refer to the current row.
  public var table: Name
  /// The condition on those rows, if any.
  public var filter: Expr?
  /// How the rows are aggregated when used as a value (`count` unless written otherwise).
  public var function: AggregateFunction
  /// The column of `table` aggregated (`hours` in `sum(attendance.hours)`); nil for a count.
  public var value: Path?
  public var span: Span

  public init(
    table: Name, filter: Expr?, function: AggregateFunction = .count, value: Path? = nil,
    span: Span
  ) {
    self.table = table
    self.filter = filter
    self.function = function
    self.value = value
    self.span = span
  }
}
