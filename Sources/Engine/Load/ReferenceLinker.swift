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
    let idColumns = targetList.map { t in
      loaded[t].table.columns[loaded[t].table.columnIndex("id")!]
    }
    let indexes = LoadParallel.map(Array(idColumns.indices)) { IdIndex(idColumns[$0]) }
    var indexOf: [Int: IdIndex] = [:]
    for (t, index) in zip(targetList, indexes) { indexOf[t] = index }
    var warnings: [LoadReport.Warning] = []
    for t in targetList {
      guard let index = indexOf[t], index.duplicateCount > 0 else { continue }
      warnings.append(duplicateWarning(loaded[t], index))
    }
    // One link at a time, largest first: the values a link no longer needs are freed before
    // the next link's row indices are made, which keeps the peak of the load low.
    let order = links.indices.sorted {
      loaded[links[$0].table].table.rowCount > loaded[links[$1].table].table.rowCount
    }
    var resolved = [Resolved](repeating: Resolved(), count: links.count)
    for k in order {
      resolved[k] = resolve(links[k], in: &loaded, index: indexOf[links[k].target]!)
    }
    for result in resolved { if let warning = result.warning { warnings.append(warning) } }
    // Columns kept in 32 bits that refer to nothing keep them: their 64-bit values are made
    // when a query first needs them (the column's deferred values since `TableLoader`).
    for t in loaded.indices { loaded[t].narrow = [:] }
    return warnings
  }

  /// Resolves one link and sets the column's reference. A reference with no dangling value
  /// to an integer `id` keeps no 64-bit values beside its row indices: they are made from the
  /// rows and the ids when a query needs them.
  private static func resolve(
    _ link: Link, in loaded: inout [TableLoader.Loaded], index: IdIndex
  ) -> Resolved {
    var column = loaded[link.table].table.columns[link.column]
    let rows: [Int32]
    let dangling: Int
    let nonEmpty: Bool
    if let narrow = loaded[link.table].narrow[link.column] {
      (rows, dangling) = index.resolve(narrow: narrow)
      nonEmpty = narrow.contains { $0 != Int32.min }
      if dangling > 0 {
        column.data = .integer(ColumnBuilder.widened(narrow))
        loaded[link.table].table.columns[link.column] = column
        loaded[link.table].narrow[link.column] = nil
      }
    } else {
      (rows, dangling) = index.resolve(column.data)
      nonEmpty = (0..<column.data.count).lazy.filter { !column.data.isMissing($0) }.first != nil
    }
    if !link.declared && (dangling > 0 || !nonEmpty) { return Resolved() }
    let target = loaded[link.target].table
    let reference = Reference(table: target.name, rows: rows, dangling: dangling)
    loaded[link.table].table.columns[link.column].reference = reference
    guard dangling == 0 else {
      let warning = danglingWarning(
        loaded[link.table], column: column, rows: rows, dangling: dangling, target.name)
      return Resolved(reference: reference, warning: warning)
    }
    if column.type == .integer, let idIndex = target.columnIndex("id"),
      target.columns[idIndex].type == .integer,
      case .integer(let ids) = target.columns[idIndex].data
    {
      loaded[link.table].table.columns[link.column].deferData(
        Deferred { .integer(rows.map { $0 < 0 ? ColumnData.missingInteger : ids[Int($0)] }) })
      loaded[link.table].narrow[link.column] = nil
    }
    return Resolved(reference: reference)
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
