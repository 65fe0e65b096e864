/// The reserved words of the language: the one keyword list (grammar.md lists exactly these).
///
/// Keywords are matched case-insensitively; they cannot be used as table or column names.
public enum Keyword: String, CaseIterable, Hashable, Sendable {
  // Metrics.
  case count
  case distinct
  case sum
  case avg
  case min
  case max
  case median
  case stddev
  case rate
  // Statements.
  case list
  case of
  case `let`
  case show
  case tables
  case describe
  case sql
  // Clauses.
  case `where`
  case by
  case across
  case having
  case order
  case limit
  case top
  case `as`
  case asc
  case desc
  // Comparisons beside a measure (`with change, yoy, share`).
  case with
  case change
  case yoy
  case share
  // Conditions.
  case and
  case or
  case not
  case `in`
  case between
  case `is`
  case empty
  case has
  case no
  // Values.
  case `true`
  case `false`

  /// The keyword spelled by `text` (any letter case), or nil.
  public init?(word text: String) {
    self.init(rawValue: text.lowercased())
  }

  /// Keywords that start a metric (`count`, `sum hours`, `rate status=done`, …): one per
  /// `AggregateFunction` (`count distinct` starts with `count`), in its order.
  public static let metrics: [Keyword] = AggregateFunction.allCases.compactMap {
    Keyword(rawValue: $0.rawValue)
  }

  /// Metric keywords followed by a column (`sum hours`, `stddev score`): all but `count`
  /// and `rate`.
  public static let columnMetrics: [Keyword] = metrics.filter { $0 != .count && $0 != .rate }

  /// Keywords that may start a statement.
  public static let statementStarts: [Keyword] =
    metrics + [.list, .let, .show, .describe, .sql]

  /// Clause keywords in the fixed order they must appear after the source.
  public static let clauses: [Keyword] = [
    .by, .across, .with, .having, .order, .limit, .top, .as,
  ]

  /// What `with` shows beside each measure: 环比, 同比, 占比.
  public static let comparisons: [Keyword] = [.change, .yoy, .share]

  /// Keywords after which a statement cannot end: a newline after them continues the statement.
  static let needsMore: Set<Keyword> = [
    .distinct, .of, .let, .show, .describe, .sql, .where, .by, .across, .with, .having, .order,
    .limit,
    .top, .as, .and, .or, .not, .in, .between, .is, .has, .no,
  ]
}
