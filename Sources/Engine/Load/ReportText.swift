import Lang

/// The words of the load report (`dangke check`, `.report`): no codes, both languages.
struct ReportMessages: MessageCatalog {
  let tables = MessageSpec(en: "{0}: {1} tables", zh: "{0}：{1} 张表")
  let oneTable = MessageSpec(en: "{0}: 1 table", zh: "{0}：1 张表")
  let rows = MessageSpec(en: "{0} rows", zh: "{0} 行")
  let oneRow = MessageSpec(en: "1 row", zh: "1 行")
  let tableLine = MessageSpec(en: "{0}{1}: {2}, {3}, {4}", zh: "{0}{1}：{2}，{3}，{4}")
  let label = MessageSpec(en: " ({0})", zh: "（{0}）")
  let dangling = MessageSpec(en: " ({0} dangling)", zh: "（{0} 个悬空）")
  let time = MessageSpec(en: "time", zh: "时间")
  let display = MessageSpec(en: "display", zh: "显示")
  let sensitive = MessageSpec(en: "sensitive", zh: "敏感")
  let noWarnings = MessageSpec(en: "no warnings", zh: "没有警告")
  let oneWarning = MessageSpec(en: "1 warning:", zh: "1 条警告：")
  let warnings = MessageSpec(en: "{0} warnings:", zh: "{0} 条警告：")
}

/// The report's catalog.
let reportMessages = ReportMessages()

extension Store {
  /// The load report as text in `language`: per table `name (label): N rows, file, encoding`
  /// and its columns with types, references and flags, then every warning as
  /// `file:line: warning[W0401]: …`. `dangke check DIR` prints this.
  public func reportText(_ language: Language = .current) -> String {
    let m = reportMessages
    func say(_ message: Message) -> String { message.text(language) }
    var out = say(tables.count == 1 ? m.oneTable(name) : m.tables(name, tables.count)) + "\n"
    var guessed = false
    for table in tables {
      let label = table.label.map { say(m.label($0)) } ?? ""
      let encoding = report.encodings[table.origin] ?? "utf-8"
      let rows = table.rowCount == 1 ? m.oneRow() : m.rows(table.rowCount)
      out += "\n" + say(m.tableLine(table.name, label, rows, table.origin, encoding)) + "\n"
      // Padded by display width: a Chinese header takes two columns a character.
      let width = table.columns.map { displayWidth($0.name) }.max() ?? 0
      for column in table.columns {
        let pad = width - displayWidth(column.name)
        var line = "  " + column.name + String(repeating: " ", count: pad)
        line += "  " + column.type.rawValue
        if let reference = column.reference {
          line += " → \(reference.table)"
          if reference.dangling > 0 { line += say(m.dangling(reference.dangling)) }
        }
        if column.name.lowercased() == table.timeColumn?.lowercased() {
          line += "  " + say(m.time())
        }
        if column.name.lowercased() == table.displayColumn?.lowercased() {
          line += "  " + say(m.display())
        }
        if let guess = column.guessedPersonal, column.sensitive {
          let p = privacyMessages
          line +=
            "  "
            + say(
              guess.evidence == .name
                ? p.guessedByName(guess.kind.words) : p.guessedByValues(guess.kind.words))
          guessed = true
        } else if column.sensitive {
          line += "  " + say(m.sensitive())
        }
        if let label = column.label { line += "  \(label)" }
        out += line + "\n"
      }
    }
    if guessed { out += "\n" + say(privacyMessages.guessedNote()) + "\n" }
    let warnings = report.warnings
    out += "\n"
    out += say(
      warnings.isEmpty
        ? m.noWarnings() : warnings.count == 1 ? m.oneWarning() : m.warnings(warnings.count))
    out += "\n"
    for warning in warnings { out += warning.rendered(language) + "\n" }
    return out
  }
}

extension LoadReport {
  /// The one line that says the load had warnings and how to see them
  /// (`3 load warnings — dangke check DIR`), or nil when it had none.
  public func notice(checking data: String) -> Message? {
    guard !warnings.isEmpty else { return nil }
    let m = habitMessages
    let count = warnings.count == 1 ? m.oneLoadWarning() : m.manyLoadWarnings(warnings.count)
    return m.loadWarnings(count, data)
  }

  /// The report as text for `store` in `language` (see `Store.reportText(_:)`).
  public func render(store: Store, language: Language = .current) -> String {
    var copy = store
    copy.report = self
    return copy.reportText(language)
  }
}
