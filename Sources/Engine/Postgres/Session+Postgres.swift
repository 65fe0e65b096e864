import Lang

/// A session whose data live on a PostgreSQL server: its `store` is the server's schema with
/// no rows, and every statement that reads rows runs on the server.
extension Session {
  /// A session over a server's schema; statements that read rows go to `server`.
  public convenience init(server: PostgresSource) {
    self.init(store: server.store)
    self.server = server
  }

  /// Runs a planned query on the server: the plan becomes one PostgreSQL statement (the SQL
  /// generator's PostgreSQL dialect, constants bound as `$1` …) run in the session's
  /// read-only transaction, its rows streamed into the answer.
  ///
  /// The answer's columns (names, kinds, masking, labels) are the executor's own for the
  /// plan, taken from running it over the schema-only store (no rows); a crosstab's columns
  /// are the across values found on the server first, as the executor finds them on files.
  func runOnServer(_ plan: QueryPlan, _ server: PostgresSource, at span: Span)
    throws(Diagnostic) -> ResultTable
  {
    let (statement, columns, template) = try serverStatement(plan, server, at: span)
    guard let statement else { return template }
    return try onServer(span) { () throws(PostgresError) in
      try server.run(
        sql: statement.text, parameters: statement.parameters, columns: columns,
        isTimeSeries: template.isTimeSeries, cancellation: cancellation)
    }
  }

  /// Starts a planned query on the server and returns its rows to be read as they arrive
  /// (single-row mode): a renderer writes them as they come, so a million-row `list` never
  /// gathers in memory. An error before the first row is thrown; a later one (a division by
  /// zero on row 500,000, a server stopped) is the stream's `failure`, at `span`.
  func streamOnServer(_ plan: QueryPlan, _ server: PostgresSource, at span: Span)
    throws(Diagnostic) -> RowStream
  {
    let (statement, columns, template) = try serverStatement(plan, server, at: span)
    guard let statement else { return RowStream(template) }
    return try onServer(span) { () throws(PostgresError) in
      try server.stream(
        sql: statement.text, parameters: statement.parameters, planned: columns,
        isTimeSeries: template.isTimeSeries, cancellation: cancellation, at: span)
    }
  }

  /// The PostgreSQL statement for `plan`, the answer's columns, and the executor's answer
  /// over the schema-only store (the columns' template). No statement when that empty answer
  /// is the answer: a crosstab with no value to spread across.
  private func serverStatement(_ plan: QueryPlan, _ server: PostgresSource, at span: Span)
    throws(Diagnostic) -> (SQLStatement?, [ResultColumn], ResultTable)
  {
    let template = try executor.run(plan)
    let generator = SQLGenerator(store: sqlStore, dialect: .postgres)
    var columns = template.columns
    var across: [Value] = []
    if let key = plan.across, let metric = plan.metrics.first {
      across = try acrossValuesOnServer(plan, key, server, generator, at: span)
      // No row to spread across: the answer is empty, as over the schema-only store.
      if across.isEmpty { return (nil, columns, template) }
      // The row keys' columns only: the template may hold a period's columns already.
      let keyColumns = planner.outputColumnNames(plan).count - plan.metrics.count
      columns = Array(columns.prefix(keyColumns))
      let labels = key.expr.codeLabels
      columns += across.map { metric.acrossColumn($0, labels: labels, sensitive: key.sensitive) }
    }
    var statement = try generator.statement(plan, across: across)
    statement.text = try withLets(statement.text, dialect: .postgres)
    return (statement, columns, template)
  }

  /// `sql QUERY` on a server: the PostgreSQL statement the query runs as, its values written
  /// into the text so that it runs in psql as shown (a crosstab's columns are found on the
  /// server first, as when it runs).
  func sqlTextOnServer(_ plan: QueryPlan, _ server: PostgresSource, at span: Span)
    throws(Diagnostic) -> String
  {
    var across: [Value] = []
    if let key = plan.across {
      let generator = SQLGenerator(store: sqlStore, dialect: .postgres)
      across = try acrossValuesOnServer(plan, key, server, generator, at: span)
    }
    return try sqlText(plan, across: across, dialect: PostgresDialect(bindsParameters: false))
  }

  /// The values of a crosstab's `across` key among the rows the query reads, in the order the
  /// executor shows them (ascending, missing last): a `count … by KEY` of the same rows.
  private func acrossValuesOnServer(
    _ plan: QueryPlan, _ key: KeyPlan, _ server: PostgresSource, _ generator: SQLGenerator,
    at span: Span
  ) throws(Diagnostic) -> [Value] {
    var counting = plan
    counting.keys = [key]
    counting.across = nil
    counting.metrics = [
      MetricPlan(function: .count, argument: nil, condition: nil, name: "n", kind: .integer)
    ]
    counting.having = nil
    counting.order = []
    counting.limit = nil
    var statement = try generator.statement(counting)
    statement.text = try withLets(statement.text, dialect: .postgres)
    let table = try onServer(span) { () throws(PostgresError) in
      try server.run(sql: statement.text, parameters: statement.parameters)
    }
    // As the executor: for a time bucket, every bucket of its range (gap filling gives the
    // empty ones, count 0), in the session's text order.
    return table.rows.map { $0[0] }.sorted { $0.order($1, text: textOrder) < 0 }
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
