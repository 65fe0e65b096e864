import Foundation
import Lang

/// `dangke import SOURCE --into URL`: copies a loaded store into PostgreSQL in one transaction
/// (typed tables, primary keys, indexes on reference columns, foreign keys where every value
/// matches, labels as comments, and Dangke's schema file), so a failure leaves the database
/// as it was.
public struct PostgresImport {
  /// Where one table's copy has got to, for a progress line.
  public struct Progress: Sendable {
    public var table: String
    public var rows: Int
    public var total: Int
  }

  /// What was imported, and the references left without a foreign key (W0801).
  public struct Summary: Sendable {
    public var tables: Int
    public var rows: Int
    public var warnings: [Message]
  }

  /// The progress line for a terminal (`import: attendance 65536/10000000 rows`).
  public static func progressLine(_ p: Progress) -> Message {
    postgresMessages.progress(p.table, p.rows, p.total)
  }

  /// The closing line (`imported 7 tables, 12345 rows into postgresql://…`) and the warnings.
  public static func summaryLine(_ s: Summary, into text: String) -> Message {
    postgresMessages.imported(s.tables, s.rows, ConnectionString.redact(text))
  }

  public var replace = false
  /// Set (by Ctrl-C) to stop the import; the database is then left unchanged.
  public var cancellation: CancellationFlag? = nil
  public var progress: (Progress) -> Void = { _ in }

  public init(replace: Bool = false) { self.replace = replace }

  public func run(_ store: Store, into text: String) throws(PostgresError) -> Summary {
    let target = ConnectionString(text)
    let connection = try PostgresConnection(target, readOnly: false)
    do {
      try connection.execute("begin")
      let summary = try copy(store, connection)
      try connection.execute("commit")
      return summary
    } catch {
      if connection.isAlive { _ = try? connection.execute("rollback") }
      let m = postgresMessages.importFailed
      throw PostgresError(
        .connection,
        Message(
          code: m.code, en: m(target.redacted, error.message.en).en,
          zh: m(target.redacted, error.message.zh).zh), notes: error.notes,
        sqlState: error.sqlState)
    }
  }

  private func copy(_ store: Store, _ connection: PostgresConnection) throws(PostgresError)
    -> Summary
  {
    try connection.execute("set local standard_conforming_strings = on")
    for table in store.tables {
      try checkReplaceable(table.name, connection)
    }
    var keyed = Set<String>()
    var rows = 0
    for table in store.tables {
      let name = PostgresCatalog.quote(table.name)
      try connection.execute(createTable(table))
      do {
        try PostgresCopy(connection: connection).copy(table, into: name) { done in
          if cancellation?.isCancelled == true {
            throw PostgresError(.query, postgresMessages.cancelled())
          }
          progress(Progress(table: table.name, rows: done, total: table.rowCount))
        }
      } catch let error as PostgresError {
        throw error
      } catch {
        throw PostgresError(.query, Message(verbatim: "\(error)"))
      }
      rows += table.rowCount
      if let id = Self.primaryKey(table) {
        try connection.execute(
          "alter table \(name) add primary key (\(PostgresCatalog.quote(id)))")
        keyed.insert(table.name.lowercased())
      }
      try comment(table, connection)
    }
    var warnings: [Message] = []
    for table in store.tables {
      for column in table.columns {
        guard let reference = column.reference else { continue }
        let name = PostgresCatalog.quote(table.name)
        let col = PostgresCatalog.quote(column.name)
        try connection.execute("create index on \(name) (\(col))")
        if reference.dangling > 0 {
          warnings.append(
            postgresMessages.danglingNoForeignKey(
              table.name, column.name, reference.table, reference.dangling))
        } else if keyed.contains(reference.table.lowercased()) {
          try connection.execute(
            "alter table \(name) add foreign key (\(col)) references "
              + "\(PostgresCatalog.quote(reference.table)) (\"id\")")
        }
      }
    }
    try saveSchema(store, connection)
    for table in store.tables {
      try connection.execute("analyze \(PostgresCatalog.quote(table.name))")
    }
    return Summary(tables: store.tables.count, rows: rows, warnings: warnings)
  }

  /// A table of that name in the current schema is an error unless `--replace` (then dropped).
  private func checkReplaceable(_ table: String, _ connection: PostgresConnection)
    throws(PostgresError)
  {
    let found = try connection.execute(
      "select 1 from pg_class where relnamespace = current_schema()::regnamespace "
        + "and relname = $1", [table])
    guard !found.rows.isEmpty else { return }
    guard replace else {
      throw PostgresError(
        .query, postgresMessages.tableExists(table, connection.database))
    }
    try connection.execute("drop table \(PostgresCatalog.quote(table)) cascade")
  }

  private func createTable(_ table: Table) -> String {
    let columns = table.columns.map { c in
      PostgresCatalog.quote(c.name) + " " + Self.sqlType(c.type)
    }
    return "create table \(PostgresCatalog.quote(table.name)) (\(columns.joined(separator: ", ")))"
  }

  static func sqlType(_ type: ColumnType) -> String {
    switch type {
    case .integer: "bigint"
    case .decimal: "double precision"
    case .boolean: "boolean"
    case .date: "date"
    case .text: "text"
    }
  }

  /// The `id` column when its values are present and distinct (a table others refer to).
  static func primaryKey(_ table: Table) -> String? {
    guard let c = table.column("id") else { return nil }
    let data = c.data
    var seen = Set<Value>()
    for row in 0..<data.count {
      let v = data.value(row)
      if v == .missing || !seen.insert(v).inserted { return nil }
    }
    return c.name
  }

  private func comment(_ table: Table, _ connection: PostgresConnection) throws(PostgresError) {
    let name = PostgresCatalog.quote(table.name)
    if let label = table.label {
      try connection.execute("comment on table \(name) is \(Self.literal(label))")
    }
    for c in table.columns {
      guard let label = c.label else { continue }
      try connection.execute(
        "comment on column \(name).\(PostgresCatalog.quote(c.name)) is \(Self.literal(label))")
    }
  }

  /// A string literal (standard_conforming_strings is on: only quotes are doubled).
  static func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// What PostgreSQL's catalog cannot hold (time and display columns, code labels, sensitive
  /// columns, references without a foreign key), merged into the database's `dangke_schema`.
  private func saveSchema(_ store: Store, _ connection: PostgresConnection) throws(PostgresError) {
    let table = PostgresCatalog.schemaTable
    try connection.execute("create table if not exists \(table) (schema text not null)")
    let old = try connection.execute("select schema from \(table) limit 1")
    var schema =
      (old.rows.first?.first ?? nil).flatMap {
        try? JSONDecoder().decode(Schema.self, from: Data($0.utf8))
      } ?? Schema()
    schema.name = store.name
    for t in store.tables { schema.tables[t.name] = Self.tableSchema(t) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: (try? encoder.encode(schema)) ?? Data("{}".utf8), as: UTF8.self)
    try connection.execute("delete from \(table)")
    try connection.execute("insert into \(table) values ($1)", [json])
    try connection.execute(
      "comment on table \(table) is "
        + Self.literal(
          "Dangke's schema file: time and display columns, code labels, sensitive columns"))
  }

  static func tableSchema(_ t: Table) -> TableSchema {
    var columns: [String: ColumnSchema] = [:]
    for c in t.columns {
      columns[c.name] = ColumnSchema(
        type: c.type, label: c.label, references: c.reference?.table,
        codes: c.codeLabels.isEmpty ? nil : c.codeLabels, sensitive: c.sensitive ? true : nil)
    }
    return TableSchema(
      label: t.label, time: t.timeColumn, display: t.displayColumn, columns: columns)
  }
}
