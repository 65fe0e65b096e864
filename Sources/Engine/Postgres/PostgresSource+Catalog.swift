/// `show tables` and `describe T` on a server: the same answers as on files, with row counts
/// and distinct values counted by the server.
extension PostgresSource {
  /// One row per table: name, Chinese label, rows (counted now), columns.
  public func showTables() throws(PostgresError) -> ResultTable {
    let tables = store.tables
    let counts = try connection.execute(
      tables.map { "select count(*)::text from \(qualifiedName($0.name))" }
        .joined(separator: " union all "))
    let rows: [[Value]] = tables.enumerated().map { i, t in
      [
        .text(t.name), t.label.map { .text($0) } ?? .missing,
        .integer(Int64(counts.rows[i][0] ?? "0") ?? 0), .integer(Int64(t.columns.count)),
      ]
    }
    return ResultTable(
      columns: [
        ResultColumn(name: "table", kind: .text), ResultColumn(name: "label", kind: .text),
        ResultColumn(name: "rows", kind: .integer), ResultColumn(name: "columns", kind: .integer),
      ], rows: rows)
  }

  /// One row per column of table `index`: name, type, label, what it refers to, distinct
  /// values (counted by the server) and the first three values met.
  public func describe(_ index: Int) throws(PostgresError) -> ResultTable {
    let t = store.tables[index]
    let from = qualifiedName(t.name)
    let names = t.columns.map { PostgresCatalog.quote($0.name) }
    let distinct = try connection.execute(
      "select " + names.map { "count(distinct \($0))::text" }.joined(separator: ", ")
        + " from \(from)")
    var rows: [[Value]] = []
    for (i, c) in t.columns.enumerated() {
      let sample = try firstValues(names[i], from)
      var seen = Set<String>()
      var first: [String] = []
      for row in sample.rows where first.count < 3 {
        guard let cell = row[0], seen.insert(cell).inserted else { continue }
        first.append(example(cell, c))
      }
      var type = c.type.rawValue
      if c.name.lowercased() == t.timeColumn?.lowercased() { type += ", time" }
      if c.sensitive { type += ", sensitive" }
      rows.append([
        .text(c.name), .text(type), c.label.map { .text($0) } ?? .missing,
        c.reference.map { .text($0.key == "id" ? $0.table : "\($0.table).\($0.key)") } ?? .missing,
        .integer(Int64(distinct.rows.first?[i] ?? "0") ?? 0),
        .text(c.sensitive ? "(hidden)" : first.joined(separator: ", ")),
      ])
    }
    return ResultTable(
      columns: [
        ResultColumn(name: "column", kind: .text), ResultColumn(name: "type", kind: .text),
        ResultColumn(name: "label", kind: .text), ResultColumn(name: "refers to", kind: .text),
        ResultColumn(name: "distinct", kind: .integer),
        ResultColumn(name: "examples", kind: .text),
      ], rows: rows)
  }

  /// The column's first distinct values in the table's physical order (as a file's rows are
  /// read); a view or foreign table, which has no `ctid`, gives a sample instead.
  private func firstValues(_ column: String, _ from: String) throws(PostgresError) -> PostgresRows {
    do {
      return try connection.execute(
        "select \(column) from \(from) where \(column) is not null group by \(column) "
          + "order by min(ctid) limit 3")
    } catch  where error.kind == .query {
      return try connection.execute(
        "select \(column) from \(from) where \(column) is not null limit 200")
    }
  }

  /// A value as `describe` shows it on files (`2016-11-03`, `2.5`, `micro 微党课`).
  private func example(_ cell: String, _ c: Column) -> String {
    var builder = ResultBuilder(
      fields: [], planned: [ResultColumn(name: c.name, kind: ResultBuilder.kind(c.type))])
    var bytes = Array(cell.utf8)
    bytes.withUnsafeMutableBufferPointer { builder.append([UnsafeBufferPointer($0)]) }
    let value = builder.finish().rows[0][0]
    if case .text(let s) = value, let label = c.codeLabels[s] { return "\(s) \(label)" }
    return value.label
  }
}
