/// How a result column's values are to be read and shown.
public enum ResultKind: String, Hashable, Sendable {
  /// Free text or codes, left-aligned.
  case text
  /// Whole numbers (counts, ids), right-aligned, never grouped (ids and years stay plain).
  case integer
  /// Decimals (sums of hours, averages), right-aligned.
  case decimal
  /// A share in 0...1, shown as a percentage in tables and charts, raw in csv/json.
  case rate
  case date
  case boolean
  /// A time bucket label (`2016-11`, `2016-Q4`, `2016`), left-aligned, text in every format.
  case period
}

/// One column of an answer.
public struct ResultColumn: Hashable, Sendable {
  public var name: String
  public var kind: ResultKind
  /// Whether the column is personal data to be masked (`138****5678`) unless revealed.
  public var sensitive: Bool

  public init(name: String, kind: ResultKind, sensitive: Bool = false) {
    self.name = name
    self.kind = kind
    self.sensitive = sensitive
  }
}

/// An answer: named, typed columns and rows of values, in display order.
public struct ResultTable: Hashable, Sendable {
  public var columns: [ResultColumn]
  /// Row-major cells; every row has `columns.count` values.
  public var rows: [[Value]]
  /// Whether the query's first column is a time series (for the chart renderer).
  public var isTimeSeries: Bool

  public init(columns: [ResultColumn], rows: [[Value]], isTimeSeries: Bool = false) {
    self.columns = columns
    self.rows = rows
    self.isTimeSeries = isTimeSeries
  }
}
