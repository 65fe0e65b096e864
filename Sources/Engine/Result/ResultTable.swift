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

/// What a column is in its answer, for the formats people read (table, markdown, chart, html).
public enum ColumnRole: Hashable, Sendable {
  /// A value as stored or listed (ids, years, names; a `min`, `max` or `median`): shown as is.
  case value
  /// A `by` key: its empty value is a group of its own, shown as `(empty)` (`（空）`).
  case key
  /// A number the answer works out (a count, a sum, an average, a formula of measures, a
  /// related-row measure of a list): its digits are grouped by thousands when asked.
  case amount
}

/// One column of an answer.
public struct ResultColumn: Hashable, Sendable {
  public var name: String
  public var kind: ResultKind
  /// Whether the column is personal data to be masked (`138****5678`) unless revealed.
  public var sensitive: Bool
  /// Chinese labels of its codes (`micro` → `微党课`), shown instead when labels are on.
  public var codeLabels: [String: String]
  /// The name shown when labels are on, for a crosstab column named after a code.
  public var labelledName: String?
  /// How the people-facing formats treat its cells (csv, json and xlsx ignore it).
  public var role: ColumnRole = .value
  /// A crosstab column for the `across` key's empty value: named `(empty)`, headed `（空）` in
  /// Chinese by the people-facing formats.
  public var headsEmptyValue = false
  /// A crosstab column named after a value of a sensitive key (`across phone`): its header is
  /// masked as the value would be, in every format, JSON keys included.
  public var headerSensitive = false

  public init(
    name: String, kind: ResultKind, sensitive: Bool = false, codeLabels: [String: String] = [:]
  ) {
    self.name = name
    self.kind = kind
    self.sensitive = sensitive
    self.codeLabels = codeLabels
  }
}

/// The rows of an answer: held in memory, or made one at a time on request, so that an
/// answer of millions of rows streams to a file or pipe without being built whole.
public struct ResultRows: RandomAccessCollection, Hashable, Sendable {
  private enum Storage: Sendable {
    case held([[Value]])
    case made(count: Int, row: @Sendable (Int) -> [Value])
  }

  private let storage: Storage

  /// Rows held in memory.
  public init(_ rows: [[Value]]) { storage = .held(rows) }

  /// `count` rows, row `i` made by `row(i)` each time it is read.
  public init(count: Int, row: @escaping @Sendable (Int) -> [Value]) {
    storage = .made(count: count, row: row)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int {
    switch storage {
    case .held(let rows): rows.count
    case .made(let count, _): count
    }
  }

  public subscript(position: Int) -> [Value] {
    switch storage {
    case .held(let rows): rows[position]
    case .made(_, let row): row(position)
    }
  }

  public static func == (a: ResultRows, b: ResultRows) -> Bool { a.elementsEqual(b) }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for row in self { hasher.combine(row) }
  }
}

/// An answer: named, typed columns and rows of values, in display order.
public struct ResultTable: Hashable, Sendable {
  public var columns: [ResultColumn]
  /// Row-major cells; every row has `columns.count` values.
  public var rows: ResultRows
  /// Whether the query's first column is a time series (for the chart renderer).
  public var isTimeSeries: Bool

  public init(columns: [ResultColumn], rows: [[Value]], isTimeSeries: Bool = false) {
    self.columns = columns
    self.rows = ResultRows(rows)
    self.isTimeSeries = isTimeSeries
  }

  public init(columns: [ResultColumn], rows: ResultRows, isTimeSeries: Bool = false) {
    self.columns = columns
    self.rows = rows
    self.isTimeSeries = isTimeSeries
  }
}
