extension Store {
  /// The load report as text: per table `name (label): N rows, file, encoding` and its
  /// columns with types, references and flags, then every warning as
  /// `file:line: warning: …`. `dangke check DIR` prints this.
  public func reportText() -> String {
    var out = "\(name): \(tables.count) table\(tables.count == 1 ? "" : "s")\n"
    for table in tables {
      let label = table.label.map { " (\($0))" } ?? ""
      let encoding = report.encodings[table.origin] ?? "utf-8"
      let rows = table.rowCount == 1 ? "1 row" : "\(table.rowCount) rows"
      out += "\n\(table.name)\(label): \(rows), \(table.origin), \(encoding)\n"
      let width = table.columns.map(\.name.count).max() ?? 0
      for column in table.columns {
        var line = "  " + column.name + String(repeating: " ", count: width - column.name.count)
        line += "  " + column.type.rawValue
        if let reference = column.reference {
          line += " → \(reference.table)"
          if reference.dangling > 0 { line += " (\(reference.dangling) dangling)" }
        }
        if column.name.lowercased() == table.timeColumn?.lowercased() { line += "  time" }
        if column.name.lowercased() == table.displayColumn?.lowercased() { line += "  display" }
        if column.sensitive { line += "  sensitive" }
        if let label = column.label { line += "  \(label)" }
        out += line + "\n"
      }
    }
    let warnings = report.warnings
    out +=
      warnings.isEmpty
      ? "\nno warnings\n" : "\n\(warnings.count) warning\(warnings.count == 1 ? "" : "s"):\n"
    for warning in warnings {
      out +=
        warning.file + (warning.line.map { ":\($0)" } ?? "")
        + (warning.code.map { ": warning[\($0)]: " } ?? ": warning: ") + warning.message
      out += "\n"
    }
    return out
  }
}

extension LoadReport {
  /// The report as text for `store` (see `Store.reportText()`).
  public func render(store: Store) -> String {
    var copy = store
    copy.report = self
    return copy.reportText()
  }
}
