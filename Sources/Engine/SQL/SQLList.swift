import Lang

extension SQLGenerator {
  /// A list query: the fields of the rows for which the filter holds, in table order unless
  /// ordered (missing values last either way), limited.
  func list(_ plan: QueryPlan, _ constants: SQLConstants) throws(Diagnostic) -> String {
    let aliases = SQLAliases()
    let x = SQLRows(store: store, aliases: aliases, constants: constants)
    var scope = SQLScope(store: store, table: plan.table, aliases: aliases, nested: false)
    var fields: [(sql: String, name: String)] = []
    for f in plan.fields {
      fields.append((try field(f.expr, x, &scope), f.name))
    }
    let condition = try plan.filter.map { (p) throws(Diagnostic) in try x.condition(p, in: &scope) }
    var order: [String] = []
    for item in plan.order {
      let sql: String
      switch item.key {
      case .column(let i):
        sql = fields[i].sql + (isText(plan.fields[i].expr) ? dialect.collate(item.text) : "")
      case .value(let e):
        sql = try x.value(e, in: &scope) + (isText(e) ? dialect.collate(item.text) : "")
      }
      order += ["\(sql) IS NULL", item.descending ? "\(sql) DESC" : sql]
    }
    let id = Resolver(store: store).idColumn(of: plan.table)
    if store.tables[plan.table].hasRowOrder, let rows = dialect.rowOrder(scope.alias) {
      order.append(rows)
    } else if let id {
      order.append(SQLText.column(scope.alias, id.name))
    }
    var sql =
      "SELECT "
      + fields.map { "\($0.sql) AS \(SQLText.identifier($0.name))" }
      .joined(separator: ",\n  ") + "\nFROM " + scope.fromClause
    if let condition { sql += "\nWHERE " + condition }
    if !order.isEmpty { sql += "\nORDER BY " + order.joined(separator: ", ") }
    if let limit = plan.limit { sql += "\nLIMIT \(limit)" }
    return sql + ";"
  }

  /// Whether a row value is text (a bucket's label orders alike in every collation).
  private func isText(_ e: RowExpr) -> Bool {
    if case .bucket = e { return false }
    return e.type == .text
  }

  /// A listed field: a column, a count of related rows, or a time bucket shown by its label
  /// (`year(date)` as the year number).
  private func field(_ e: RowExpr, _ x: SQLRows, _ scope: inout SQLScope) throws(Diagnostic)
    -> String
  {
    if case .bucket(let bucket, _) = e {
      return dialect.bucketLabel(bucket, try x.value(e, in: &scope))
    }
    return try x.value(e, in: &scope)
  }
}
