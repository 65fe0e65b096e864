import Lang

/// A session's PostgreSQL data source: the connection, the schema-only store read from the
/// server's catalog, and the one entry point that runs generated SQL and returns an answer.
public final class PostgresSource: @unchecked Sendable {
  public let connection: PostgresConnection
  /// The server's tables and columns with no rows (`rowCount` 0, empty column data).
  public private(set) var store: Store
  /// By lower-cased table name: the schema-qualified SQL name (`"public"."member"`).
  public private(set) var qualifiedNames: [String: String] = [:]
  /// By lower-cased table name: the server's estimate of its rows (`pg_class.reltuples`).
  public private(set) var estimatedRows: [String: Int64] = [:]

  /// Opens `text` (a URL or conninfo string) read-only and reads its catalog. A database with
  /// no tables is an error (E0812). `statementTimeout` is in milliseconds, 0 for none.
  public init(_ text: String, statementTimeout: Int = 0) throws(PostgresError) {
    let target = ConnectionString(text)
    connection = try PostgresConnection(target, statementTimeout: statementTimeout)
    store = Store(name: target.redacted, tables: [], report: LoadReport())
    try reloadCatalog()
    if store.tables.isEmpty {
      throw PostgresError(
        .connection, postgresMessages.noTables(target.redacted),
        notes: [postgresMessages.importHint()])
    }
  }

  /// Reads the catalog again (after tables were added or dropped on the server).
  public func reloadCatalog() throws(PostgresError) {
    let entries = try PostgresCatalog(connection: connection).read()
    store = Store(
      name: connection.target.redacted, tables: entries.map(\.table), report: LoadReport())
    qualifiedNames = [:]
    estimatedRows = [:]
    for e in entries {
      qualifiedNames[e.table.name.lowercased()] = e.qualified
      estimatedRows[e.table.name.lowercased()] = e.estimatedRows
    }
  }

  /// Runs generated SQL with `parameters` bound as `$1`, `$2` … (nil is NULL; never spliced
  /// into the text) in the session's read-only transaction, streaming rows in single-row mode
  /// into typed columns. `columns` are the plan's answer columns (names, kinds, masking,
  /// labels); without them the server's names and types are used. Ctrl-C setting
  /// `cancellation` sends the server a cancel request.
  public func run(
    sql: String, parameters: [String?] = [], columns: [ResultColumn]? = nil,
    isTimeSeries: Bool = false, cancellation: CancellationFlag? = nil
  ) throws(PostgresError) -> ResultTable {
    var builder: ResultBuilder? = nil
    try connection.stream(
      sql, parameters, cancellation: cancellation,
      fields: { builder = ResultBuilder(fields: $0, planned: columns) },
      row: { builder!.append($0) })
    let done = builder ?? ResultBuilder(fields: [], planned: columns ?? [])
    return done.finish(isTimeSeries: isTimeSeries)
  }

  /// Starts generated SQL and returns its rows to be read as they arrive, as values of the
  /// plan's `planned` columns (or the server's names and types without them): for a renderer
  /// that writes rows as they come (a million-row `list` to a file). Errors before the first
  /// row are thrown; a later one ends the rows and is the stream's `failure` at `span`.
  public func stream(
    sql: String, parameters: [String?] = [], planned: [ResultColumn]? = nil,
    isTimeSeries: Bool = false, cancellation: CancellationFlag? = nil, at span: Span
  ) throws(PostgresError) -> RowStream {
    let cursor = try PostgresCursor(connection, sql, parameters, cancellation: cancellation)
    let columns = ResultBuilder(fields: cursor.fields, planned: planned).columns
    let storage = columns.map { ResultBuilder.storage($0.kind) }
    return RowStream(
      columns: columns, isTimeSeries: isTimeSeries,
      next: { cursor.next().map { ResultBuilder.values($0, storage) } },
      skip: { stop in
        // Counted for a footer (`(40 of 1,000,000 rows shown)`), never made into values.
        var n = 0
        while cursor.next() != nil {
          n += 1
          if n & 1023 == 0, stop() { return nil }
        }
        return n
      },
      failure: { cursor.failure?.diagnostic(at: span) },
      close: { cursor.close() })
  }

  /// The SQL name of a table of the store (`"public"."member"`), for the generator.
  public func qualifiedName(_ table: String) -> String {
    qualifiedNames[table.lowercased()] ?? PostgresCatalog.quote(table)
  }
}
