/// The optional schema file `schema.json` beside the data files.
///
/// It fixes column types, declares references, each table's time and display column,
/// Chinese labels for tables, columns and codes, and sensitive columns. Every field is
/// optional; what it leaves out is inferred. Encoded with sorted keys so a generated
/// schema file is byte-for-byte reproducible.
public struct Schema: Codable, Sendable, Hashable {
  /// A human name for the data set.
  public var name: String?
  /// Encoding of every file unless a table says otherwise: `utf-8` or `gb18030` (`gbk` too).
  public var encoding: String?
  /// By table name (the file name without extension).
  public var tables: [String: TableSchema]
  /// The words that mean "no value" in every table unless a table lists its own; they
  /// replace the usual ones (`NULL`, `N/A`, `#N/A`, `-`, `无`). See `MissingMarkers`.
  public var missing: [String]?

  public init(
    name: String? = nil, encoding: String? = nil, tables: [String: TableSchema] = [:],
    missing: [String]? = nil
  ) {
    self.name = name
    self.encoding = encoding
    self.tables = tables
    self.missing = missing
  }
}

/// What the schema says about one table.
public struct TableSchema: Codable, Sendable, Hashable {
  /// Chinese label of the table (`党课`).
  public var label: String?
  /// The column that `by month` alone buckets.
  public var time: String?
  /// The column shown beside the id when grouping by a reference to this table.
  public var display: String?
  /// Encoding of this table's file, overriding the schema-wide one.
  public var encoding: String?
  /// By column name.
  public var columns: [String: ColumnSchema]
  /// For a workbook's sheet: the 1-based row that holds the column names (rows above it are
  /// titles); by default the first row, or the second when the first is a title.
  public var header: Int?
  /// The words that mean "no value" in this table (see `Schema.missing`).
  public var missing: [String]?
  /// What becomes of a total row (合计, Total) at the bottom of the file: `drop` (the
  /// default) leaves it out, `keep` loads it.
  public var total: String?

  public init(
    label: String? = nil, time: String? = nil, display: String? = nil, encoding: String? = nil,
    columns: [String: ColumnSchema] = [:], header: Int? = nil, missing: [String]? = nil,
    total: String? = nil
  ) {
    self.missing = missing
    self.total = total
    self.label = label
    self.time = time
    self.display = display
    self.encoding = encoding
    self.columns = columns
    self.header = header
  }
}

/// What the schema says about one column.
public struct ColumnSchema: Codable, Sendable, Hashable {
  /// The fixed type; a value that does not fit is a load error naming file, line and column.
  public var type: ColumnType?
  /// Chinese label of the column (`日期`).
  public var label: String?
  /// The table whose `id` this column holds.
  public var references: String?
  /// Chinese labels of codes (`micro` → `微党课`).
  public var codes: [String: String]?
  /// Personal data, masked in output unless `--reveal`.
  public var sensitive: Bool?

  public init(
    type: ColumnType? = nil, label: String? = nil, references: String? = nil,
    codes: [String: String]? = nil, sensitive: Bool? = nil
  ) {
    self.type = type
    self.label = label
    self.references = references
    self.codes = codes
    self.sensitive = sensitive
  }
}
