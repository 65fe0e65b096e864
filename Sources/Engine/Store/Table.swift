/// A loaded table: columns of equal length, and what the schema says about the table.
public struct Table: Sendable {
  /// The table's name: the file name without extension (`sessions`).
  public var name: String
  /// A Chinese label for the table (`党课`), from the schema.
  public var label: String?
  public var columns: [Column]
  public var rowCount: Int
  /// The column `by month` alone buckets (`date` for sessions), if any.
  public var timeColumn: String?
  /// The column a reference to this table shows beside the id (`name`, `title`).
  public var displayColumn: String?
  /// Where the table came from (a file path, or `<sample>/sessions.csv`).
  public var origin: String
  /// Whether its rows have an order of their own (the file's, or a server table's physical
  /// order); false for a view on a server, whose list follows the view.
  public var hasRowOrder = true

  public init(
    name: String, label: String? = nil, columns: [Column], rowCount: Int,
    timeColumn: String? = nil, displayColumn: String? = nil, origin: String
  ) {
    self.name = name
    self.label = label
    self.columns = columns
    self.rowCount = rowCount
    self.timeColumn = timeColumn
    self.displayColumn = displayColumn
    self.origin = origin
  }

  /// The index of the column named `name`, matched case-insensitively, or else labelled
  /// `name` (see Labels.swift).
  public func columnIndex(_ name: String) -> Int? {
    let key = name.lowercased()
    return columns.firstIndex { $0.name.lowercased() == key } ?? columnIndex(label: name)
  }

  /// The column named `name`, matched case-insensitively.
  public func column(_ name: String) -> Column? {
    columnIndex(name).map { columns[$0] }
  }
}

/// All loaded tables plus the report of how loading went.
public struct Store: Sendable {
  /// A human name for the data set (`康健街道社区党校 sample`, or the folder name).
  public var name: String
  public var tables: [Table]
  public var report: LoadReport
  /// The files on disk it was loaded from (none for the built-in sample).
  public var sources: [SourceFile] = []

  public init(name: String, tables: [Table], report: LoadReport) {
    self.name = name
    self.tables = tables
    self.report = report
  }

  /// The index of the table named `name`, matched case-insensitively, or else labelled
  /// `name` (see Labels.swift).
  public func tableIndex(_ name: String) -> Int? {
    let key = name.lowercased()
    return tables.firstIndex { $0.name.lowercased() == key } ?? tableIndex(label: name)
  }

  /// The table named `name`, matched case-insensitively.
  public func table(_ name: String) -> Table? {
    tableIndex(name).map { tables[$0] }
  }
}
