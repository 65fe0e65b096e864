import Lang

/// One `by` (or `across`) key as columns of the `base` CTE.
struct SQLKey {
  /// The internal column of the key's value (a bucket number for a time bucket).
  var column: String
  /// The internal column of the referred row's display value, for a reference key.
  var display: String?
  /// Output names: the key's, then its display column's.
  var names: [String]
  var bucket: Bucket?
}

extension SQLExpressions {
  /// Adds the base columns of key `e` (planned as `plan`) and describes it. An `across` key
  /// (`labelled`) carries its bucket label rather than its bucket number, to match column values.
  func key(
    _ e: Expr, _ plan: KeyPlan, internal name: String, labelled: Bool = false,
    in scope: inout SQLScope, base: inout [(sql: String, name: String)]
  ) throws(Diagnostic) -> SQLKey {
    if let bucket = plan.bucket {
      let date: SQLValue
      if case .call(_, let argument) = unwrapped(e).kind {
        date = try value(argument, in: &scope)
      } else {
        let t = store.tables[scope.table]
        let time = Name(t.timeColumn ?? "", span: e.span)
        date = try value(Expr(.path(Path([time], span: e.span)), span: e.span), in: &scope)
      }
      let number = SQLBucket.number(bucket, date.sql)
      base.append((labelled ? SQLBucket.label(bucket, number) : number, name))
      return SQLKey(column: name, display: nil, names: [plan.name], bucket: bucket)
    }
    if plan.referenced != nil, case .path(let path) = unwrapped(e).kind,
      let (alias, target) = try scope.target(of: path)
    {
      let resolver = Resolver(store: store)
      base.append((SQLText.column(alias, resolver.idColumn(of: target)?.name ?? "id"), name))
      guard let display = resolver.displayColumn(of: target) else {
        return SQLKey(column: name, display: nil, names: [plan.name], bucket: nil)
      }
      base.append((SQLText.column(alias, display.name), name + "_d"))
      return SQLKey(
        column: name, display: name + "_d", names: [plan.name, plan.name + "." + display.name],
        bucket: nil)
    }
    base.append((try value(e, in: &scope, follow: true).sql, name))
    return SQLKey(column: name, display: nil, names: [plan.name], bucket: nil)
  }

  /// `e` without its parentheses.
  func unwrapped(_ e: Expr) -> Expr {
    if case .group(let inner) = e.kind { return unwrapped(inner) }
    return e
  }
}

extension SQLKey {
  /// Internal columns, in output order.
  var columns: [String] { [column] + (display.map { [$0] } ?? []) }

  /// The output expressions of the key (a bucket number becomes its label), in output order.
  var outputs: [String] {
    let value =
      bucket.map { SQLBucket.label($0, SQLText.identifier(column)) }
      ?? SQLText.identifier(column)
    return [value] + (display.map { [SQLText.identifier($0)] } ?? [])
  }
}
