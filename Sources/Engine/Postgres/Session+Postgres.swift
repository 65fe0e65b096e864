import Lang

/// A session whose data live on a PostgreSQL server: its `store` is the server's schema with
/// no rows, and every statement that reads rows runs on the server.
extension Session {
  /// A session over a server's schema; statements that read rows go to `server`.
  public convenience init(server: PostgresSource) {
    self.init(store: server.store)
    self.server = server
  }

  /// INTEGRATION POINT for the SQL generator's PostgreSQL dialect.
  ///
  /// Names, types and parameters are checked against the server's schema by the planner as
  /// on files. What is missing is the one statement: when the generator lands, replace the
  /// `throw` below with
  ///
  ///     let generated = try <generator>(plan, dialect: .postgres)   // text with $1…, values
  ///     return try onServer(query.span) {
  ///       try server.run(
  ///         sql: generated.text, parameters: generated.parameters,
  ///         columns: generated.columns, isTimeSeries: generated.isTimeSeries,
  ///         cancellation: cancellation)
  ///     }
  func runOnServer(_ query: Query, _ server: PostgresSource, warnings: inout [Diagnostic])
    throws(Diagnostic) -> ResultTable
  {
    _ = try plan(query, warnings: &warnings)
    throw .error(postgresMessages.queriesNotWired(), at: query.span)
  }

  /// `show tables` with row counts from the server.
  func showTablesOnServer(_ server: PostgresSource, at span: Span) throws(Diagnostic)
    -> ResultTable
  {
    try onServer(span) { () throws(PostgresError) in try server.showTables() }
  }

  /// `describe T` with distinct values counted by the server.
  func describeOnServer(_ index: Int, _ server: PostgresSource, at span: Span)
    throws(Diagnostic) -> ResultTable
  {
    try onServer(span) { () throws(PostgresError) in try server.describe(index) }
  }

  /// Runs `body`, turning a server's error into a diagnostic at `span` (the statement).
  func onServer<T>(_ span: Span, _ body: () throws(PostgresError) -> T) throws(Diagnostic) -> T {
    do {
      return try body()
    } catch {
      throw error.diagnostic(at: span)
    }
  }
}
