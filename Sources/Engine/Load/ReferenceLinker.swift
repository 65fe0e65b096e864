import Lang

/// Resolves references once, after all tables are loaded: the ones the schema declares and,
/// without a schema, a column named like a table in the singular (`member` → `members`,
/// also `member_id`) whose non-empty values all match that table's `id`.
enum ReferenceLinker {
  /// One reference to resolve: column `column` of table `table` refers to table `target`.
  private struct Link: Sendable {
    var table: Int
    var column: Int
    var target: Int
    /// Declared in the schema (kept even with dangling values) rather than guessed.
    var declared: Bool
  }

  private struct Resolved: Sendable {
    var reference: Reference?
    var warning: LoadReport.Warning?
  }

  /// Sets `reference` on the columns that refer to another table and returns the warnings
  /// (dangling references, duplicate ids).
  static func link(
    _ loaded: inout [TableLoader.Loaded], schema: Schema?
  ) -> [LoadReport.Warning] {
    let links = schema.map { declaredLinks(loaded, $0) } ?? inferredLinks(loaded)
    var targets = Set(links.map(\.target))
    for (i, t) in loaded.enumerated() where t.table.columnIndex("id") != nil { targets.insert(i) }
    let targetList = targets.sorted()
    let snapshot = loaded
    let indexes = LoadParallel.map(targetList) { t -> IdIndex in
      let table = snapshot[t].table
      return IdIndex(table.columns[table.columnIndex("id")!])
    }
    var indexOf: [Int: IdIndex] = [:]
    for (t, index) in zip(targetList, indexes) { indexOf[t] = index }
    var warnings: [LoadReport.Warning] = []
    for t in targetList {
      guard let index = indexOf[t], index.duplicateCount > 0 else { continue }
      warnings.append(duplicateWarning(snapshot[t], index))
    }
    let lookups = indexOf
    let results = LoadParallel.map(links) { link -> Resolved in
      let from = snapshot[link.table]
      let column = from.table.columns[link.column]
      let (rows, dangling) = lookups[link.target]!.resolve(column.data)
      let nonEmpty = (0..<column.data.count).lazy.filter { !column.data.isMissing($0) }.first
      if !link.declared && (dangling > 0 || nonEmpty == nil) { return Resolved() }
      let targetName = snapshot[link.target].table.name
      let reference = Reference(table: targetName, rows: rows, dangling: dangling)
      guard dangling > 0 else { return Resolved(reference: reference) }
      return Resolved(
        reference: reference,
        warning: danglingWarning(from, column: column, rows: rows, dangling: dangling, targetName))
    }
    for (link, result) in zip(links, results) {
      guard let reference = result.reference else { continue }
      loaded[link.table].table.columns[link.column].reference = reference
      if let warning = result.warning { warnings.append(warning) }
    }
    return warnings
  }

  private static func declaredLinks(_ loaded: [TableLoader.Loaded], _ schema: Schema) -> [Link] {
    var links: [Link] = []
    for (ti, t) in loaded.enumerated() {
      guard
        let tableSchema = schema.tables.first(where: {
          $0.key.lowercased() == t.table.name.lowercased()
        })?.value
      else { continue }
      for (name, column) in tableSchema.columns.sorted(by: { $0.key < $1.key }) {
        guard let target = column.references, let ci = t.table.columnIndex(name),
          let to = loaded.firstIndex(where: { $0.table.name.lowercased() == target.lowercased() })
        else { continue }
        links.append(Link(table: ti, column: ci, target: to, declared: true))
      }
    }
    return links
  }

  private static func inferredLinks(_ loaded: [TableLoader.Loaded]) -> [Link] {
    var bySingular: [String: Int] = [:]
    for (i, t) in loaded.enumerated() where t.table.columnIndex("id") != nil {
      let name = t.table.name.lowercased()
      guard name.count > 1, name.hasSuffix("s") else { continue }
      bySingular[String(name.dropLast())] = i
      if name.hasSuffix("ies") { bySingular[String(name.dropLast(3)) + "y"] = i }
    }
    var links: [Link] = []
    for (ti, t) in loaded.enumerated() {
      for (ci, column) in t.table.columns.enumerated() {
        var name = column.name.lowercased()
        if name == "id" { continue }
        if name.hasSuffix("_id") { name.removeLast(3) }
        guard let to = bySingular[name] else { continue }
        links.append(Link(table: ti, column: ci, target: to, declared: false))
      }
    }
    return links
  }

  private static func danglingWarning(
    _ from: TableLoader.Loaded, column: Column, rows: [Int32], dangling: Int, _ target: String
  ) -> LoadReport.Warning {
    var examples: [(line: Int, value: String)] = []
    for (i, r) in rows.enumerated() where r < 0 && !column.data.isMissing(i) {
      examples.append((from.lines.line(of: i), column.data.loadedText(i)))
      if examples.count == 3 { break }
    }
    // A sensitive column's values are not quoted: the lines say where they are.
    var list = examples.map {
      column.sensitive
        ? privacyMessages.valueOnLineHidden($0.line) : loadMessages.valueOnLine($0.value, $0.line)
    }
    if dangling > examples.count { list.append(Message(verbatim: "…")) }
    let values = dangling == 1 ? loadMessages.valueMatches() : loadMessages.valuesMatch(dangling)
    return LoadReport.Warning(
      file: from.table.origin, line: examples.first?.line, column: column.name,
      loadMessages.dangling(from.table.name, column.name, values, target, Message.list(list)))
  }

  private static func duplicateWarning(_ t: TableLoader.Loaded, _ index: IdIndex)
    -> LoadReport.Warning
  {
    let column = t.table.columns[t.table.columnIndex("id")!]
    var list = index.duplicates.map { d in
      column.sensitive
        ? privacyMessages.duplicateIdHidden(t.lines.line(of: d.row), t.lines.line(of: d.first))
        : loadMessages.repeatOnLine(
          column.data.loadedText(d.row), t.lines.line(of: d.row), t.lines.line(of: d.first))
    }
    if index.duplicateCount > index.duplicates.count { list.append(Message(verbatim: "…")) }
    let count = index.duplicateCount
    let ids = count == 1 ? loadMessages.rowRepeats() : loadMessages.rowsRepeat(count)
    return LoadReport.Warning(
      file: t.table.origin, line: index.duplicates.first.map { t.lines.line(of: $0.row) },
      column: column.name, loadMessages.duplicateIds(t.table.name, ids, Message.list(list)))
  }
}
