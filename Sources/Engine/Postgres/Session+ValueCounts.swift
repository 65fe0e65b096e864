import Dispatch
import Lang

/// Tab's value counts on a PostgreSQL server: the server counts, under a short statement
/// timeout and a row limit, so that completion never holds the prompt for long.
extension Session {
  /// The most frequent values of the text column `path` reaches from `table` (following
  /// references), each with the number of rows holding it, most frequent first, then a
  /// schema's Chinese code labels (`微党课`) with the same counts. With `source` (the table
  /// and the conditions typed so far, `sessions where mode = online`) only its rows count.
  ///
  /// At most `limit` values; the server gets `timeout` for it (`statement_timeout`, and a
  /// cancel request when it has not answered by then). Nil when this session is not on a
  /// server, the connection is down, the column is not text or is personal data, or the
  /// server was too slow or failed: the caller then offers names only. Never reconnects.
  public func serverValueCounts(
    table: String, column path: [String], over source: Source? = nil, limit: Int = 50,
    timeout: Duration = .milliseconds(300)
  ) -> [(value: String, count: Int)]? {
    guard let server, server.connection.isAlive, !path.isEmpty else { return nil }
    let connection = server.connection
    let milliseconds = max(
      1,
      Int(timeout.components.seconds * 1000)
        + Int(timeout.components.attoseconds / 1_000_000_000_000_000))
    do {
      try connection.execute("SET statement_timeout = \(milliseconds)")
    } catch {
      return nil
    }
    defer { _ = try? connection.execute("SET statement_timeout = \(connection.statementTimeout)") }
    // The conditions typed so far count only when they read the table completed.
    let over = source.flatMap { s in
      (try? planner.resolveSource(s))?.0 == planner.store.tableIndex(table) ? s : nil
    }
    guard let (statement, column) = valueCountStatement(table, path, over, limit: limit) else {
      return nil
    }
    // The server stops at its statement timeout; the cancel request covers a server that
    // does not answer at all (a statement stuck before it runs).
    let flag = CancellationFlag()
    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds * 2)) {
      flag.cancel()
    }
    var found: [(value: String, count: Int)] = []
    do {
      try connection.stream(
        statement.text, statement.parameters, cancellation: flag, singleRow: false,
        fields: { _ in },
        row: { cells in
          guard let value = cells[0], let count = cells[1] else { return }
          let text = String(decoding: value, as: UTF8.self)
          found.append((text, Int(String(decoding: count, as: UTF8.self)) ?? 0))
        })
    } catch {
      return nil
    }
    var result: [(value: String, count: Int)] = []
    for (value, count) in found {
      result.append((value, count))
      if let label = column.codeLabels[value], label != value { result.append((label, count)) }
    }
    result.sort { a, b in
      a.count != b.count ? a.count > b.count : TextOrder.pinyin.compare(a.value, b.value) < 0
    }
    return result
  }

  /// `count SOURCE by PATH` as the SQL generator writes it, wrapped to keep the `limit` most
  /// frequent values that are not empty; with the column counted. Nil when the query does not
  /// plan, or the column is not a text column a person may see.
  private func valueCountStatement(
    _ table: String, _ path: [String], _ source: Source?, limit: Int
  ) -> (SQLStatement, Column)? {
    let from = source.map { Printer.print($0) } ?? Printer.name(table)
    let text = "count \(from) by " + path.map(Printer.name).joined(separator: ".")
    guard case .query(let query) = (try? Parser.parseStatement(text))?.kind else { return nil }
    let planner = self.planner
    var warnings: [Diagnostic] = []
    guard let plan = try? planner.plan(query, warnings: &warnings),
      let key = plan.keys.first, case .path(let resolved, _) = key.expr,
      resolved.column.type == .text, !resolved.column.sensitive,
      var statement = try? SQLGenerator(store: sqlStore, dialect: .postgres).statement(plan),
      let inner = try? withLets(statement.text, dialect: .postgres)
    else { return nil }
    let names = planner.outputColumnNames(plan)
    let value = SQLText.identifier(names[0])
    let count = SQLText.identifier(names[names.count - 1])
    let body = inner.hasSuffix(";") ? String(inner.dropLast()) : inner
    statement.text =
      "SELECT \(value), \(count) FROM (\(body)) AS \"values\" WHERE \(value) IS NOT NULL "
      + "ORDER BY \(count) DESC, \(value) LIMIT \(limit)"
    return (statement, resolved.column)
  }
}
