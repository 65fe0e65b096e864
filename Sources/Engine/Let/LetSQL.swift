import Lang

/// Let answers in SQL: a statement that reads one takes it along as a common table
/// expression, `WITH "per" AS (…) SELECT …`, in every dialect (on a PostgreSQL session the
/// statement runs on the server as it is).
extension Session {
  /// The CTE names the generator writes itself; a let of one of these names is called
  /// `NAME_let` in SQL.
  private static let generatorNames: Set<String> = [
    "base", "ranked", "grouped", "bounds", "series", "filled", "answer", "a",
  ]

  /// The store the SQL generator reads: `storeWithLets`, with a let table renamed where its
  /// name is one the generator uses itself.
  var sqlStore: Store {
    var store = storeWithLets
    for i in self.store.tables.count..<store.tables.count
    where Self.generatorNames.contains(store.tables[i].name.lowercased()) {
      store.tables[i].name += "_let"
    }
    return store
  }

  /// `plan` as SQL in `dialect`, with the let answers it reads before it.
  func sqlText(_ plan: QueryPlan, across: [Value], dialect: any SQLDialect) throws(Diagnostic)
    -> String
  {
    let text = try SQLGenerator(store: sqlStore, dialect: dialect).text(plan, across: across)
    return try withLets(text, dialect: dialect)
  }

  /// `sql` with the let answers it reads (and those they read) as CTEs in front of it, each
  /// after the ones it reads.
  func withLets(_ sql: String, dialect: any SQLDialect) throws(Diagnostic) -> String {
    guard !answers.entries.isEmpty else { return sql }
    let store = sqlStore
    let first = self.store.tables.count
    let names = answers.entries.indices.map { SQLText.identifier(store.tables[first + $0].name) }
    var bodies: [Int: String] = [:]
    var pending = [sql]
    while let text = pending.popLast() {
      for i in names.indices where bodies[i] == nil && text.contains(names[i]) {
        let body = try letBody(answers.entries[i], store: store, dialect: dialect)
        bodies[i] = body
        pending.append(body)
      }
    }
    guard !bodies.isEmpty else { return sql }
    // Each CTE after those its body names.
    var order: [Int] = []
    while order.count < bodies.count {
      let ready = bodies.keys.sorted().first { i in
        !order.contains(i)
          && bodies.keys.allSatisfy { j in
            j == i || order.contains(j) || !bodies[i]!.contains(names[j])
          }
      }
      order.append(ready ?? bodies.keys.sorted().first { !order.contains($0) }!)
    }
    let ctes = order.map { "\(names[$0]) AS (\n\(bodies[$0]!)\n)" }.joined(separator: ",\n")
    for head in ["WITH RECURSIVE ", "WITH "] where sql.hasPrefix(head) {
      return head + ctes + ",\n" + sql.dropFirst(head.count)
    }
    return "WITH " + ctes + "\n" + sql
  }

  /// The body of a let answer's CTE: its own statement (buckets as dates, constants in the
  /// text) with the table's column names, and its row order as `rowid` (SQLite) or `ctid`
  /// (PostgreSQL), which is what a list of the table is ordered by when it says nothing.
  private func letBody(_ entry: LetAnswers.Entry, store: Store, dialect: any SQLDialect)
    throws(Diagnostic) -> String
  {
    var inner = try SQLGenerator(store: store, dialect: LetBodyDialect(base: dialect)).text(
      entry.plan)
    if inner.hasSuffix(";") { inner.removeLast() }
    var columns: [String] = []
    for (shown, name) in zip(entry.shape.shown, entry.shape.names) {
      guard let name else { continue }
      columns.append("\(SQLText.identifier(shown)) AS \(SQLText.identifier(name))")
    }
    let row = dialect is PostgresDialect ? "ctid" : "rowid"
    columns.append("ROW_NUMBER() OVER () AS \(SQLText.identifier(row))")
    return "SELECT " + columns.joined(separator: ", ") + " FROM (\n" + inner + "\n) AS \"a\""
  }

  /// `describe` of a table held here: a let answer on a server session has no rows here, so
  /// its distinct values and examples are left empty rather than shown as none.
  func describeLocally(_ index: Int) -> ResultTable {
    var described = Catalog(store: storeWithLets).describe(index)
    guard server != nil else { return described }
    described.rows = ResultRows(
      described.rows.map { row in row.enumerated().map { $0.offset >= 4 ? .missing : $0.element } })
    return described
  }

  /// `show tables` from a server, with the let answers after the server's tables.
  func withLetRows(_ tables: ResultTable) -> ResultTable {
    guard !answers.entries.isEmpty else { return tables }
    let rows =
      Array(tables.rows)
      + answers.entries.map { e -> [Value] in
        [.text(e.name), .missing, .missing, .integer(Int64(e.table.columns.count))]
      }
    return ResultTable(
      columns: tables.columns,
      rows: rows.map {
        Array($0.prefix(tables.columns.count))
          + Array(repeating: Value.missing, count: max(0, tables.columns.count - $0.count))
      })
  }
}
