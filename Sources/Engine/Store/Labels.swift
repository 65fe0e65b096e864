import Lang

/// Chinese labels from the schema (`sessions` 党课, `type` 课型) name tables and columns
/// wherever a name can stand. A name always wins: a label is used only when no table (or no
/// column of the table) has it as its name or label too, and it is not a keyword. Such
/// clashes are reported by the load report (`LabelMessages`), never guessed.
extension Table {
  /// The index of the column whose label is `label`, when that label is usable.
  func columnIndex(label: String) -> Int? {
    let key = label.lowercased()
    let found = columns.indices.filter { columns[$0].label?.lowercased() == key }
    guard found.count == 1, Labels.isWord(label),
      !columns.contains(where: { $0.name.lowercased() == key })
    else { return nil }
    return found[0]
  }

  /// Column names and their usable labels, for did-you-mean hints and completion.
  public var columnNamesAndLabels: [String] {
    columns.map(\.name)
      + columns.compactMap { c in c.label.flatMap { columnIndex(label: $0) != nil ? $0 : nil } }
  }
}

extension Store {
  /// The index of the table whose label is `label`, when that label is usable.
  func tableIndex(label: String) -> Int? {
    let key = label.lowercased()
    let found = tables.indices.filter { tables[$0].label?.lowercased() == key }
    guard found.count == 1, Labels.isWord(label),
      !tables.contains(where: { $0.name.lowercased() == key })
    else { return nil }
    return found[0]
  }

  /// Table names and their usable labels, for did-you-mean hints and completion.
  public var tableNamesAndLabels: [String] {
    tables.map(\.name)
      + tables.compactMap { t in t.label.flatMap { tableIndex(label: $0) != nil ? $0 : nil } }
  }
}

enum Labels {
  /// Whether a label can be written as a name: one name token, not a keyword.
  static func isWord(_ label: String) -> Bool {
    let tokens = Lexer(label).tokens
    guard tokens.count == 2, case .name(let text) = tokens[0].kind else { return false }
    return text == label
  }

  /// The load report's warnings about labels that cannot be used as names.
  static func warnings(_ tables: [Table]) -> [LoadReport.Warning] {
    var out: [LoadReport.Warning] = []
    func warn(_ table: Table, column: String?, _ message: Message) {
      out.append(
        LoadReport.Warning(file: table.origin, column: column, message))
    }
    let tableKeys = tables.map { $0.name.lowercased() }
    for (t, table) in tables.enumerated() {
      if let label = table.label {
        let key = label.lowercased()
        if Keyword(word: label) != nil {
          warn(table, column: nil, labelMessages.tableLabelIsKeyword(label, table.name))
        } else if let other = tableKeys.firstIndex(of: key), other != t {
          warn(table, column: nil, labelMessages.tableLabelIsName(label, table.name))
        } else if let other = tables.indices.first(where: {
          $0 != t && tables[$0].label?.lowercased() == key
        }) {
          warn(
            table, column: nil,
            labelMessages.tableLabelShared(label, table.name, tables[other].name))
        }
      }
      let columnKeys = table.columns.map { $0.name.lowercased() }
      for (c, column) in table.columns.enumerated() {
        guard let label = column.label else { continue }
        let key = label.lowercased()
        let name = "\(table.name).\(column.name)"
        if Keyword(word: label) != nil {
          warn(table, column: column.name, labelMessages.columnLabelIsKeyword(label, name))
        } else if let other = columnKeys.firstIndex(of: key), other != c {
          warn(
            table, column: column.name,
            labelMessages.columnLabelIsName(label, name, table.columns[other].name))
        } else if let other = table.columns.indices.first(where: {
          $0 != c && table.columns[$0].label?.lowercased() == key
        }) {
          warn(
            table, column: column.name,
            labelMessages.columnLabelShared(label, name, table.columns[other].name))
        }
      }
    }
    return out
  }
}

/// The load report's words about labels that cannot name a table or column.
struct LabelMessages: MessageCatalog {
  let tableLabelIsName = MessageSpec(
    "W1000",
    en: "the label '{0}' of table '{1}' is the name of another table, so '{0}' names that table",
    zh: "表“{1}”的中文名“{0}”与另一张表的表名相同，因此“{0}”指那张表",
    explain: (
      en: "A Chinese label from the schema names its table only when nothing else is called so. "
        + "A table's own name always wins; rename the label in schema.json to use it.",
      zh: "schema 中的中文名只有在不与其他名称重复时才能用来指代表。表名优先；"
        + "如需使用这个中文名，请在 schema.json 中改名。"
    ),
    example: "dangke check DIR")
  let tableLabelShared = MessageSpec(
    "W1001",
    en: "tables '{1}' and '{2}' have the same label '{0}': neither can be named by it",
    zh: "表“{1}”和“{2}”的中文名都是“{0}”，查询时不能用它指代其中任何一张",
    explain: (
      en: "Two tables share a Chinese label in the schema. Dangke does not guess which one a "
        + "query means: write the English name, or give the tables different labels.",
      zh: "schema 中有两张表用了同一个中文名。Dangke 不会猜测查询指的是哪一张："
        + "请写英文表名，或给两张表起不同的中文名。"
    ),
    example: "dangke check DIR")
  let tableLabelIsKeyword = MessageSpec(
    "W1002",
    en: "the label '{0}' of table '{1}' is a keyword, so it cannot name the table",
    zh: "表“{1}”的中文名“{0}”是关键词，不能用来指代这张表",
    explain: (
      en: "A keyword keeps its meaning everywhere, so a label spelled like one cannot be used "
        + "as a name. Choose another label in schema.json.",
      zh: "关键词在任何位置都保持原意，与关键词同形的中文名不能当作名称使用。"
        + "请在 schema.json 中另取一个中文名。"
    ),
    example: "dangke check DIR")
  let columnLabelIsName = MessageSpec(
    "W1003",
    en: "the label '{0}' of column '{1}' is the name of column '{2}', so '{0}' names that column",
    zh: "列“{1}”的中文名“{0}”与列“{2}”的列名相同，因此“{0}”指列“{2}”",
    explain: (
      en: "A column's own name always wins over a label. Rename the label in schema.json to "
        + "use it.",
      zh: "列名优先于中文名。如需使用这个中文名，请在 schema.json 中改名。"
    ),
    example: "dangke check DIR")
  let columnLabelShared = MessageSpec(
    "W1004",
    en: "columns '{1}' and '{2}' have the same label '{0}': neither can be named by it",
    zh: "列“{1}”和“{2}”的中文名都是“{0}”，查询时不能用它指代其中任何一列",
    explain: (
      en: "Two columns of one table share a Chinese label. Dangke does not guess which one a "
        + "query means: write the English name, or give the columns different labels.",
      zh: "同一张表中有两列用了同一个中文名。Dangke 不会猜测查询指的是哪一列："
        + "请写英文列名，或给两列起不同的中文名。"
    ),
    example: "dangke check DIR")
  let columnLabelIsKeyword = MessageSpec(
    "W1005",
    en: "the label '{0}' of column '{1}' is a keyword, so it cannot name the column",
    zh: "列“{1}”的中文名“{0}”是关键词，不能用来指代这一列",
    explain: (
      en: "A keyword keeps its meaning everywhere, so a label spelled like one cannot be used "
        + "as a name. Choose another label in schema.json.",
      zh: "关键词在任何位置都保持原意，与关键词同形的中文名不能当作名称使用。"
        + "请在 schema.json 中另取一个中文名。"
    ),
    example: "dangke check DIR")
}

let labelMessages = LabelMessages()
