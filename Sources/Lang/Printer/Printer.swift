/// The canonical printer: AST → text that parses back to the same AST.
///
/// Canonical form: lower-case keywords, single spaces, spaces around operators
/// (`type = micro`), no space inside parentheses or around dots, `, ` between items.
/// Parentheses are written where the AST has `.group`, and also where the tree would
/// otherwise read differently (so printing never changes meaning).
public enum Printer {
  /// Statements, one per line.
  public static func print(_ script: Script) -> String {
    script.statements.map { print($0) }.joined(separator: "\n")
  }

  public static func print(_ statement: Statement) -> String {
    switch statement.kind {
    case .query(let query): return print(query)
    case .letBinding(let name, let source): return "let \(name.text) = \(print(source))"
    case .showTables: return "show tables"
    case .describe(let name): return "describe \(name.text)"
    case .sql(let query): return "sql \(print(query))"
    }
  }

  public static func print(_ query: Query) -> String {
    var text: String
    switch query.kind {
    case .aggregate(let metrics):
      if metrics.count == 1, metrics[0].function == .count, metrics[0].argument == nil {
        text = "count \(print(query.source))"
      } else {
        text = metrics.map { print($0) }.joined(separator: ", ") + " of \(print(query.source))"
      }
    case .list(let fields):
      if fields.isEmpty {
        text = "list \(print(query.source))"
      } else {
        text = "list " + fields.map { print($0) }.joined(separator: ", ")
        text += " of \(print(query.source))"
      }
    }
    if !query.groups.isEmpty {
      text += " by " + query.groups.map { print($0) }.joined(separator: ", ")
    }
    if let across = query.across { text += " across \(print(across))" }
    if let having = query.having { text += " having \(print(having))" }
    if !query.order.isEmpty {
      text += " order by " + query.order.map { print($0) }.joined(separator: ", ")
    }
    if let limit = query.limit { text += " limit \(limit)" }
    if let top = query.top { text += " top \(top)" }
    if let format = query.format { text += " as \(format.text)" }
    return text
  }

  public static func print(_ source: Source) -> String {
    guard let filter = source.filter else { return source.table.text }
    return "\(source.table.text) where \(print(filter))"
  }

  public static func print(_ metric: Metric) -> String {
    guard let argument = metric.argument else { return metric.function.rawValue }
    return "\(metric.function.rawValue) \(print(argument))"
  }

  static func print(_ item: OrderItem) -> String {
    let key = print(item.key) + (item.bytes ? " bytes" : "")
    guard item.explicitDirection else { return key }
    return key + (item.descending ? " desc" : " asc")
  }

  /// An expression or condition.
  public static func print(_ expr: Expr) -> String {
    ExprPrinter.print(expr)
  }

  /// A literal as it would be written.
  public static func print(_ literal: Literal) -> String {
    switch literal {
    case .integer(let value): return String(value)
    case .decimal(let text): return text
    case .string(let text): return quoted(text)
    case .word(let text): return Lexer.isPlainName(text) ? text : quoted(text)
    case .date(let year, let month, let day):
      return "\(fourDigits(year))-\(twoDigits(month))-\(twoDigits(day))"
    case .period(.year(let year)): return fourDigits(year)
    case .period(.month(let year, let month)): return "\(fourDigits(year))-\(twoDigits(month))"
    case .period(.quarter(let year, let quarter)): return "\(fourDigits(year))-Q\(quarter)"
    case .boolean(let value): return value ? "true" : "false"
    }
  }

  static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }

  /// `"…"` with `\"`, `\\`, `\n` and `\t` escaped.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.append(character)
      }
    }
    return result + "\""
  }

  /// A year as it lexes: four digits, `0576` not `576`.
  private static func fourDigits(_ year: Int) -> String {
    let digits = String(year)
    return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
  }
}
