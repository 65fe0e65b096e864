import Lang

/// The schema's `"time"` columns checked against the loaded tables: a time column that is
/// not a column of dates would make every `by month` meaningless, so the load is refused,
/// at the place in schema.json that names it.
enum TimeColumnCheck {
  static func check(
    _ schema: Schema, tables: [Table], file: String, bytes: [UInt8]?
  ) throws(LoadError) {
    for (name, tableSchema) in schema.tables.sorted(by: { $0.key < $1.key }) {
      guard let time = tableSchema.time,
        let table = tables.first(where: { $0.name.lowercased() == name.lowercased() }),
        let column = table.column(time), column.type != .date
      else { continue }
      let dates = table.columns.filter { $0.type == .date }.map(\.name)
      let place = bytes.flatMap { valuePosition(of: "time", inTable: name, in: $0) }
      throw LoadError(
        file: file, line: place?.line, column: place?.column,
        loadSafetyMessages.timeNotDate(
          table.name, column.name, loadSafetyMessages.holds(column.type)),
        hint: dates.isEmpty
          ? loadSafetyMessages.noDateColumn(table.name)
          : loadSafetyMessages.nameADateColumn(table.name, dates.joined(separator: ", ")))
    }
  }

  /// The 1-based line and character column of the value of `"key"` inside the object of
  /// table `table` in the schema's text; nil when it cannot be found by this simple scan
  /// (escaped names), and the error then names the file alone.
  static func valuePosition(of key: String, inTable table: String, in bytes: [UInt8])
    -> (line: Int, column: Int)?
  {
    let text = Array(String(decoding: bytes, as: UTF8.self))
    func find(_ needle: String, from: Int) -> Int? {
      let n = Array(needle)
      guard n.count <= text.count else { return nil }
      var i = from
      while i + n.count <= text.count {
        if text[i] == n[0], Array(text[i..<i + n.count]) == n { return i }
        i += 1
      }
      return nil
    }
    // The key followed by optional spaces and a colon; returns the index after the colon.
    func keyEnd(_ name: String, from: Int) -> Int? {
      var start = from
      while let at = find("\"" + name + "\"", from: start) {
        var i = at + name.count + 2
        while i < text.count, text[i].isWhitespace { i += 1 }
        if i < text.count, text[i] == ":" { return i + 1 }
        start = at + 1
      }
      return nil
    }
    guard let tables = keyEnd("tables", from: 0), let inTable = keyEnd(table, from: tables),
      var i = keyEnd(key, from: inTable)
    else { return nil }
    while i < text.count, text[i].isWhitespace { i += 1 }
    let before = text[..<i]
    let line = before.filter(\.isNewline).count + 1
    let lineStart = before.lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0
    return (line, i - lineStart + 1)
  }
}
