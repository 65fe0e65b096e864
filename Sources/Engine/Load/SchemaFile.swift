import Foundation

/// Reads `schema.json` and checks it: against the known keys while decoding, and against the
/// tables and columns that were loaded afterwards. Every problem is a `LoadError` naming the
/// schema file and, for a misspelt name, the closest known one.
enum SchemaFile {
  private static let topKeys = ["name", "encoding", "tables"]
  private static let tableKeys = ["label", "time", "display", "encoding", "columns", "header"]
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
        file: file, message: "does not match the schema format: \(describe(error))",
        hint: "see Schema.swift for the fields a schema file may have")
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
      message: "not valid JSON" + (detail.isEmpty ? "" : ": " + detail.lowercased()),
      hint: "fix the JSON syntax of the schema file")
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
        file: file, message: "the schema must be a JSON object",
        hint: "write {\"tables\": {\"sessions\": {\"columns\": {…}}}}")
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
            message: "unknown type \"\(type)\" at \(at)type\(didYouMean(type, known))",
            hint: "use one of: \(known.joined(separator: ", "))")
        }
      }
    }
  }

  private static func unknown(
    _ keys: Dictionary<String, Any>.Keys, known: [String], at: String, file: String
  ) throws(LoadError) {
    for key in keys.sorted() where !known.contains(key) {
      throw LoadError(
        file: file, message: "unknown key \"\(at)\(key)\"\(didYouMean(key, known))",
        hint: "the keys allowed here are: \(known.joined(separator: ", "))")
    }
  }

  /// Checks the schema's names against the loaded tables (name → column names) and its
  /// encodings; returns nothing, throws the first problem.
  static func validate(
    _ schema: Schema, file: String, tables: [String: [String]]
  ) throws(LoadError) {
    let tableNames = tables.keys.sorted()
    func check(encoding: String?, at: String) throws(LoadError) {
      guard let encoding, TextDecoding.canonical(encoding) == nil else { return }
      throw LoadError(
        file: file, message: "unknown encoding \"\(encoding)\"\(at)",
        hint: "use \"utf-8\" or \"gb18030\" (which also reads GBK)")
    }
    try check(encoding: schema.encoding, at: "")
    for (name, table) in schema.tables.sorted(by: { $0.key < $1.key }) {
      guard let real = tableNames.first(where: { $0.lowercased() == name.lowercased() }) else {
        throw unknownName("table", name, among: tableNames, file: file)
      }
      try check(encoding: table.encoding, at: " for table \(name)")
      let columns = tables[real] ?? []
      for (role, column) in [("time", table.time), ("display", table.display)] {
        guard let column else { continue }
        if !columns.contains(where: { $0.lowercased() == column.lowercased() }) {
          throw unknownName(
            "\(role) column of table \(real)", column, among: columns, file: file)
        }
      }
      for (column, c) in table.columns.sorted(by: { $0.key < $1.key }) {
        if !columns.contains(where: { $0.lowercased() == column.lowercased() }) {
          throw unknownName("column in table \(real)", column, among: columns, file: file)
        }
        guard let target = c.references else { continue }
        guard let t = tableNames.first(where: { $0.lowercased() == target.lowercased() }) else {
          throw unknownName(
            "table referenced by \(real).\(column)", target, among: tableNames, file: file)
        }
        if !(tables[t] ?? []).contains(where: { $0.lowercased() == "id" }) {
          throw LoadError(
            file: file,
            message: "\(real).\(column) references table \(t), which has no id column",
            hint: "add an id column to \(t), or remove the reference")
        }
      }
    }
  }

  private static func unknownName(
    _ what: String, _ name: String, among: [String], file: String
  ) -> LoadError {
    LoadError(
      file: file, message: "unknown \(what): \"\(name)\"\(didYouMean(name, among))",
      hint: among.isEmpty
        ? "remove it from the schema"
        : "the names there are: \(among.joined(separator: ", "))")
  }

  /// `; did you mean "x"?` when a known name is close, else empty.
  static func didYouMean(_ name: String, _ known: [String]) -> String {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for k in known {
      let d = editDistance(target, Array(k.lowercased()))
      if d <= max(1, target.count / 3), d < (best?.1 ?? Int.max) { best = (k, d) }
    }
    return best.map { "; did you mean \"\($0.0)\"?" } ?? ""
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
