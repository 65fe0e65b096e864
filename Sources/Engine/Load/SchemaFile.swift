import Foundation
import Lang

/// Reads `schema.json` and checks it: against the known keys while decoding, and against the
/// tables and columns that were loaded afterwards. Every problem is a `LoadError` naming the
/// schema file and, for a misspelt name, the closest known one.
enum SchemaFile {
  private static let topKeys = ["name", "encoding", "tables", "missing"]
  private static let tableKeys = [
    "label", "time", "display", "encoding", "columns", "header", "missing", "total",
  ]
  private static let columnKeys = ["type", "label", "references", "codes", "sensitive"]

  /// Decodes the schema's bytes.
  static func decode(_ bytes: [UInt8], file: String) throws(LoadError) -> Schema {
    let data = Data(bytes)
    let any: Any
    do {
      any = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw syntaxError(error, bytes: bytes, file: file)
    }
    try checkKeys(any, file: file)
    do {
      let complete = try JSONSerialization.data(withJSONObject: withDefaults(any))
      return try JSONDecoder().decode(Schema.self, from: complete)
    } catch {
      throw LoadError(
        file: file, schemaMessages.doesNotMatch(describe(error)),
        hint: schemaMessages.seeSchemaFields())
    }
  }

  /// The schema with the containers it may leave out (`tables`, a table's `columns`) filled
  /// in empty, as `Schema`'s decoder requires them.
  private static func withDefaults(_ any: Any) -> Any {
    guard var top = any as? [String: Any] else { return any }
    var tables = top["tables"] as? [String: Any] ?? [:]
    for (name, value) in tables {
      guard var table = value as? [String: Any] else { continue }
      if table["columns"] == nil { table["columns"] = [String: Any]() }
      tables[name] = table
    }
    top["tables"] = tables
    return top
  }

  /// A JSON syntax error at its line and column, without Foundation's error-domain text.
  private static func syntaxError(_ error: any Error, bytes: [UInt8], file: String) -> LoadError {
    var detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    while detail.hasSuffix(".") { detail.removeLast() }
    var line: Int?
    var column: Int?
    // "… around character 20": count lines and characters up to that offset.
    if let range = detail.range(of: "character "), let offset = Int(detail[range.upperBound...]) {
      let before = String(decoding: bytes.prefix(offset), as: UTF8.self)
      let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
      line = lines.count
      column = (lines.last?.count ?? 0) + 1
      detail = String(detail[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
      if detail.hasSuffix(" around") { detail.removeLast(7) }
    }
    return LoadError(
      file: file, line: line, column: column,
      schemaMessages.notJSON(
        detail.isEmpty ? Message(verbatim: "") : schemaMessages.detail(detail.lowercased())),
      hint: schemaMessages.fixJSON())
  }

  private static func describe(_ error: any Error) -> String {
    if case DecodingError.typeMismatch(_, let c) = error { return place(c) + c.debugDescription }
    if case DecodingError.dataCorrupted(let c) = error { return place(c) + c.debugDescription }
    if case DecodingError.valueNotFound(_, let c) = error { return place(c) + c.debugDescription }
    if case DecodingError.keyNotFound(_, let c) = error { return place(c) + c.debugDescription }
    return "\(error)"
  }

  private static func place(_ c: DecodingError.Context) -> String {
    let path = c.codingPath.map(\.stringValue).joined(separator: ".")
    return path.isEmpty ? "" : "at \(path): "
  }

  /// Rejects unknown keys and unknown types, so a typo never passes silently.
  private static func checkKeys(_ any: Any, file: String) throws(LoadError) {
    guard let top = any as? [String: Any] else {
      throw LoadError(
        file: file, schemaMessages.notAnObject(), hint: schemaMessages.objectShape())
    }
    try unknown(top.keys, known: topKeys, at: "", file: file)
    guard let tables = top["tables"] as? [String: Any] else { return }
    for (table, value) in tables.sorted(by: { $0.key < $1.key }) {
      guard let t = value as? [String: Any] else { continue }
      try unknown(t.keys, known: tableKeys, at: "tables.\(table).", file: file)
      guard let columns = t["columns"] as? [String: Any] else { continue }
      for (column, value) in columns.sorted(by: { $0.key < $1.key }) {
        guard let c = value as? [String: Any] else { continue }
        let at = "tables.\(table).columns.\(column)."
        try unknown(c.keys, known: columnKeys, at: at, file: file)
        if let type = c["type"] as? String, ColumnType(rawValue: type) == nil {
          let known = ColumnType.allCases.map(\.rawValue)
          throw LoadError(
            file: file,
            schemaMessages.unknownType(type, at, didYouMean(type, known)),
            hint: schemaMessages.useOneOf(known.joined(separator: ", ")))
        }
      }
    }
  }

  private static func unknown(
    _ keys: Dictionary<String, Any>.Keys, known: [String], at: String, file: String
  ) throws(LoadError) {
    for key in keys.sorted() where !known.contains(key) {
      throw LoadError(
        file: file, schemaMessages.unknownKey(at + key, didYouMean(key, known)),
        hint: schemaMessages.keysAllowed(known.joined(separator: ", ")))
    }
  }

  /// Checks the schema's names against the loaded tables (name → column names) and its
  /// encodings; returns nothing, throws the first problem.
  static func validate(
    _ schema: Schema, file: String, tables: [String: [String]]
  ) throws(LoadError) {
    let tableNames = tables.keys.sorted()
    func check(encoding: String?, table: String?) throws(LoadError) {
      guard let encoding, TextDecoding.canonical(encoding) == nil else { return }
      throw LoadError(
        file: file,
        table.map { loadMessages.unknownTableEncoding(encoding, $0) }
          ?? loadMessages.unknownEncoding(encoding),
        hint: loadMessages.useKnownEncoding())
    }
    try check(encoding: schema.encoding, table: nil)
    for (name, table) in schema.tables.sorted(by: { $0.key < $1.key }) {
      guard let real = tableNames.first(where: { $0.lowercased() == name.lowercased() }) else {
        throw unknownName(schemaMessages.table(), name, among: tableNames, file: file)
      }
      try check(encoding: table.encoding, table: name)
      if let total = table.total, total != "keep", total != "drop" {
        throw LoadError(
          file: file, habitMessages.badTotal(real, total), hint: habitMessages.keepOrDrop())
      }
      let columns = tables[real] ?? []
      for (role, column) in [
        (schemaMessages.timeRole(), table.time), (schemaMessages.displayRole(), table.display),
      ] {
        guard let column else { continue }
        if !columns.contains(where: { $0.lowercased() == column.lowercased() }) {
          throw unknownName(
            schemaMessages.roleColumn(role, real), column, among: columns, file: file)
        }
      }
      for (column, c) in table.columns.sorted(by: { $0.key < $1.key }) {
        if !columns.contains(where: { $0.lowercased() == column.lowercased() }) {
          throw unknownName(
            schemaMessages.columnInTable(real), column, among: columns, file: file)
        }
        guard let target = c.references else { continue }
        guard let t = tableNames.first(where: { $0.lowercased() == target.lowercased() }) else {
          throw unknownName(
            schemaMessages.referencedTable("\(real).\(column)"), target, among: tableNames,
            file: file)
        }
        if !(tables[t] ?? []).contains(where: { $0.lowercased() == "id" }) {
          throw LoadError(
            file: file,
            schemaMessages.referenceWithoutId(real, column, t), hint: schemaMessages.addId(t))
        }
      }
    }
  }

  private static func unknownName(
    _ what: Message, _ name: String, among: [String], file: String
  ) -> LoadError {
    LoadError(
      file: file, schemaMessages.unknownName(what, name, didYouMean(name, among)),
      hint: among.isEmpty
        ? schemaMessages.removeIt() : schemaMessages.namesThere(among.joined(separator: ", ")))
  }

  /// `; did you mean 'x'?` (the shared hint of `commonMessages`) when a known name is close,
  /// else empty.
  static func didYouMean(_ name: String, _ known: [String]) -> Message {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for k in known {
      let d = editDistance(target, Array(k.lowercased()))
      if d <= max(1, target.count / 3), d < (best?.1 ?? Int.max) { best = (k, d) }
    }
    return best.map { schemaMessages.suggestion(commonMessages.didYouMean($0.0)) }
      ?? Message(verbatim: "")
  }

  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
