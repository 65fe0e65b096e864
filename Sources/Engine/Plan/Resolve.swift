import Lang

/// A path resolved against the store: the reference hops it follows and the column it ends at.
struct ResolvedPath {
  /// The references followed, in order (empty for a column of the table itself).
  var hops: [Reference]
  /// The table holding the final column.
  var table: Int
  /// The final column.
  var column: Column
  /// The path as written, dotted.
  var dotted: String
  /// The reference columns followed, by their stored names (one per hop, for SQL joins).
  var via: [String] = []
}

/// Resolves table, column and path names, with did-you-mean diagnostics drawn from the data.
struct Resolver {
  let store: Store

  /// The index of a table, or an error naming the closest real tables.
  func table(_ name: Name, lets: [String] = []) throws(Diagnostic) -> Int {
    if let index = store.tableIndex(name.text) { return index }
    throw .unknownTable(name, among: store.tableNamesAndLabels + lets)
  }

  /// Resolves `member.org.name` from table `base`: every part but the last must be a reference.
  func path(_ path: Path, from base: Int) throws(Diagnostic) -> ResolvedPath {
    var table = base
    var hops: [Reference] = []
    var via: [String] = []
    var path = path
    // `plans.deadline` (or `推进表.deadline`) read from plans: the table's own name or label
    // first names its own column.
    let own = store.tables[base]
    if path.parts.count > 1, store.tableIndex(path.parts[0].text) == base,
      own.columnIndex(path.parts[0].text) == nil
    {
      path = Path(Array(path.parts.dropFirst()), span: path.span)
    }
    for (i, part) in path.parts.enumerated() {
      let t = store.tables[table]
      guard let c = t.columnIndex(part.text) else {
        throw .unknownColumn(part, table: t)
      }
      let column = t.columns[c]
      if i == path.parts.count - 1 {
        return ResolvedPath(
          hops: hops, table: table, column: column, dotted: path.dotted, via: via)
      }
      guard let reference = column.reference, let next = store.tableIndex(reference.table) else {
        if let composite = column.compositeKey {
          throw .compositeKey(part, table: t, composite, next: path.parts[i + 1])
        }
        throw .notAReference(part, table: t, next: path.parts[i + 1])
      }
      hops.append(reference)
      via.append(column.name)
      table = next
    }
    fatalError("unreachable: a path has at least one part")
  }

  /// The composed row index of the hops (nil for none: the base rows themselves).
  func rowIndex(_ hops: [Reference]) -> [Int32]? {
    guard var index = hops.first?.rows else { return nil }
    for hop in hops.dropFirst() { index = compose(index, hop.rows) }
    return index
  }

  /// The values of a resolved path for every base row. A path ending at a reference column
  /// gives row indices into the referred table when `followReference` is set.
  func vector(_ path: ResolvedPath, followReference: Bool = false) -> Vector {
    let index = rowIndex(path.hops)
    if followReference, let reference = path.column.reference,
      let target = store.tableIndex(reference.table)
    {
      let rows = index.map { compose($0, reference.rows) } ?? reference.rows
      return .rows(rows, table: target)
    }
    if let index { return Vector(gathering: path.column.data, at: index) }
    return Vector(path.column.data)
  }

  /// The column a reference to table `t` shows beside the id.
  func displayColumn(of t: Int) -> Column? {
    let table = store.tables[t]
    if let name = table.displayColumn, let c = table.column(name) { return c }
    for guess in ["name", "title"] { if let c = table.column(guess) { return c } }
    return nil
  }

  /// The `id` column of a table.
  func idColumn(of t: Int) -> Column? { store.tables[t].column("id") }

  /// The column of the referred table a reference's values match: `id` for data files, the
  /// primary key or unique column a database's foreign key names (`org.code`).
  func keyColumn(of reference: Reference) -> Column? {
    store.table(reference.table)?.column(reference.key)
  }
}

extension Diagnostic {
  static func unknownTable(_ name: Name, among names: [String]) -> Diagnostic {
    .error(
      planMessages.unknownTable(name.text), at: name.span,
      notes: suggestion(name.text, among: names, otherwise: planMessages.showTablesLists()))
  }

  static func unknownColumn(_ name: Name, table: Table) -> Diagnostic {
    .error(
      planMessages.unknownColumn(table.name, name.text), at: name.span,
      notes: suggestion(
        name.text, among: table.columnNamesAndLabels,
        otherwise: planMessages.describeLists(table.name)))
  }

  static func notAReference(_ name: Name, table: Table, next: Name) -> Diagnostic {
    .error(
      planMessages.notAReference("\(table.name).\(name.text)", next.text),
      at: name.span.union(next.span), notes: [planMessages.followReference()])
  }

  static func compositeKey(_ name: Name, table: Table, _ key: CompositeKey, next: Name)
    -> Diagnostic
  {
    .error(
      postgresKeyMessages.compositeForeignKey(
        "\(table.name).\(name.text)", String(key.columns.count),
        key.columns.joined(separator: ", "), key.table),
      at: name.span.union(next.span), notes: [postgresKeyMessages.oneColumnKey(key.table)])
  }
}
