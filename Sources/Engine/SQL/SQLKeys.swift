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
  /// The period `where` bounds a time bucket to (every bucket of it is shown).
  var period: BucketPeriod? = nil

  /// Internal columns, in output order.
  var columns: [String] { [column] + (display.map { [$0] } ?? []) }

  /// The output expressions of the key (a bucket number becomes its label), in output order.
  func outputs(_ dialect: any SQLDialect) -> [String] {
    let value =
      bucket.map { dialect.bucketLabel($0, SQLText.identifier(column)) }
      ?? SQLText.identifier(column)
    return [value] + (display.map { [SQLText.identifier($0)] } ?? [])
  }
}

extension SQLRows {
  /// Adds the base columns of a key and describes it. An `across` key (`labelled`) carries
  /// its bucket label rather than its bucket number, to match column values.
  func key(
    _ key: KeyPlan, internal name: String, labelled: Bool = false, in scope: inout SQLScope,
    base: inout [(sql: String, name: String)]
  ) throws(Diagnostic) -> SQLKey {
    if let bucket = key.bucket {
      let number = try value(key.expr, in: &scope)
      base.append((labelled ? dialect.bucketLabel(bucket, number) : number, name))
      return SQLKey(
        column: name, display: nil, names: [key.name], bucket: bucket, period: key.period)
    }
    if key.referenced != nil, case .path(let path, _) = key.expr,
      let (alias, target, keyName) = scope.target(of: path)
    {
      let resolver = Resolver(store: store)
      base.append(
        (SQLText.column(alias, store.tables[target].column(keyName)?.name ?? keyName), name))
      guard let display = resolver.displayColumn(of: target) else {
        return SQLKey(column: name, display: nil, names: [key.name], bucket: nil)
      }
      base.append((SQLText.column(alias, display.name), name + "_d"))
      return SQLKey(
        column: name, display: name + "_d", names: [key.name, key.name + "." + display.name],
        bucket: nil)
    }
    base.append((try value(key.expr, in: &scope), name))
    return SQLKey(column: name, display: nil, names: [key.name], bucket: nil)
  }
}
