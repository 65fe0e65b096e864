import Lang

/// The load report's warnings about names the schema or the headers make ambiguous: two
/// codes of a column with one label (a query's label can mean only one of them), and a
/// column whose dotted name is also a path through a reference (`org.name` in members,
/// beside an `org` column referring to orgs), which a query cannot reach.
enum NameClashes {
  static func warnings(_ tables: [Table]) -> [LoadReport.Warning] {
    var out: [LoadReport.Warning] = []
    for table in tables {
      for column in table.columns {
        out += sharedLabels(column, of: table)
        if let hidden = hiddenBy(column.name, from: table, among: tables) {
          out.append(
            LoadReport.Warning(
              file: table.origin, column: column.name,
              habitMessages.hiddenColumn(column.name, table.name, hidden.column, hidden.table)))
        }
      }
    }
    return out
  }

  /// A warning for each label that several codes of `column` share. The planner turns a
  /// label into the first of its codes in sort order, which the warning names.
  private static func sharedLabels(_ column: Column, of table: Table) -> [LoadReport.Warning] {
    var codes: [String: [String]] = [:]
    for (code, label) in column.codeLabels { codes[label, default: []].append(code) }
    return codes.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { label, all in
      let sorted = all.sorted()
      let list = Message.list(sorted.map { Message(verbatim: $0) })
      return LoadReport.Warning(
        file: table.origin, column: column.name,
        habitMessages.codesShareLabel("\(table.name).\(column.name)", list, label, sorted[0]))
    }
  }

  /// Where the path spelt like `name` leads from `table`, when every part but the last is
  /// a reference and the last a column of the table it reaches; nil otherwise.
  private static func hiddenBy(
    _ name: String, from table: Table, among tables: [Table]
  ) -> (table: String, column: String)? {
    var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard parts.count > 1 else { return nil }
    // `members.org` read from members is its own column org (`Resolver.path`).
    if parts[0].lowercased() == table.name.lowercased(), table.column(parts[0]) == nil {
      parts.removeFirst()
      if parts.count == 1, let own = table.column(parts[0]) { return (table.name, own.name) }
    }
    var current = table
    for (i, part) in parts.enumerated() {
      guard let column = current.column(part) else { return nil }
      if i == parts.count - 1 { return (current.name, column.name) }
      guard let reference = column.reference,
        let next = tables.first(where: { $0.name.lowercased() == reference.table.lowercased() })
      else { return nil }
      current = next
    }
    return nil
  }
}
