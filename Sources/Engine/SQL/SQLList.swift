import Lang

extension SQLTranslator {
  /// A list query: the fields of the rows for which the filter holds, in table order unless
  /// ordered (missing values last either way), limited.
  func list(_ query: Query, _ plan: QueryPlan, filters: [Expr]) throws(Diagnostic) -> String {
    guard case .list(let fieldASTs) = query.kind else { return "" }
    let aliases = SQLAliases()
    let x = SQLExpressions(session: session, aliases: aliases)
    var scope = SQLScope(store: session.store, table: plan.table, aliases: aliases, nested: false)
    var fields: [(sql: String, name: String)] = []
    if fieldASTs.isEmpty {
      fields = session.store.tables[plan.table].columns.map {
        (SQLText.column(scope.alias, $0.name), $0.name)
      }
    } else {
      for (e, f) in zip(fieldASTs, plan.fields) {
        fields.append((try listField(e, x, &scope), f.name))
      }
    }
    var conditions: [String] = []
    for f in filters { conditions.append(try x.condition(f, in: &scope)) }
    var order: [String] = []
    for item in query.order {
      var sql: String
      if case .path(let p) = x.unwrapped(item.key).kind,
        let field = fields.first(where: { $0.name.lowercased() == p.dotted.lowercased() })
      {
        sql = field.sql
      } else {
        sql = try x.value(item.key, in: &scope).sql
      }
      order += ["\(sql) IS NULL", item.descending ? "\(sql) DESC" : sql]
    }
    order.append(SQLText.identifier(scope.alias) + ".rowid")
    var sql =
      "SELECT "
      + fields.map { "\($0.sql) AS \(SQLText.identifier($0.name))" }
      .joined(separator: ",\n  ") + "\nFROM " + scope.fromClause
    if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
    sql += "\nORDER BY " + order.joined(separator: ", ")
    if let limit = query.limit ?? query.top { sql += "\nLIMIT \(limit)" }
    return sql + ";"
  }

  /// A listed field: a column, a count of related rows, or a time bucket shown by its label
  /// (`year(date)` as the year number).
  private func listField(_ e: Expr, _ x: SQLExpressions, _ scope: inout SQLScope)
    throws(Diagnostic) -> String
  {
    if case .call(let function, let argument) = x.unwrapped(e).kind,
      let bucket = Bucket(rawValue: function.text.lowercased()), bucket != .year
    {
      let date = try x.value(argument, in: &scope)
      return SQLBucket.label(bucket, SQLBucket.number(bucket, date.sql))
    }
    return try x.value(e, in: &scope).sql
  }
}
