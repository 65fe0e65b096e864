/// The canonical printer: AST → text that parses back to the same AST.
///
/// Canonical form: lower-case keywords (or the canonical Chinese ones with `.chinese`), single spaces, spaces around operators
/// (`type = micro`), no space inside parentheses or around dots, `, ` between items.
/// Parentheses are written where the AST has `.group`, and also where the tree would
/// otherwise read differently (so printing never changes meaning).
public enum Printer {
  /// A name as a query writes it: in backquotes when it is not a plain name (it has a blank,
  /// a sign or a control character, or it is a keyword), so the printed text parses back.
  public static func name(_ text: String) -> String {
    Lexer.isPlainName(text) ? text : "`\(text)`"
  }

  /// Statements, one per line, with the keywords in `form` (English unless asked).
  public static func print(_ script: Script, form: KeywordForm = .english) -> String {
    script.statements.map { print($0, form: form) }.joined(separator: "\n")
  }

  public static func print(_ statement: Statement, form: KeywordForm = .english) -> String {
    switch statement.kind {
    case .query(let query): return print(query, form: form)
    case .letBinding(let name, let source):
      return "\(form.spell(.let)) \(Self.name(name.text)) = \(print(source, form: form))"
    case .letAnswer(let name, let query):
      return "\(form.spell(.let)) \(Self.name(name.text)) = \(print(query, form: form))"
    case .showTables: return form.spell(.show, .tables)
    case .describe(let table): return "\(form.spell(.describe)) \(name(table.text))"
    case .sql(let query): return "\(form.spell(.sql)) \(print(query, form: form))"
    }
  }

  public static func print(_ query: Query, form: KeywordForm = .english) -> String {
    let expr = ExprPrinter(form: form)
    let list = { (values: [Expr]) in values.map(expr.print).joined(separator: ", ") }
    let of = " \(form.spell(.of)) \(print(query.source, form: form))"
    var text: String
    switch query.kind {
    case .aggregate(let metrics):
      if metrics.count == 1, metrics[0].function == .count, metrics[0].argument == nil,
        metrics[0].filter == nil, metrics[0].formula == nil
      {
        text = metrics[0].name.map { "\(name($0.text)) = " } ?? ""
        text += "\(form.spell(.count)) \(print(query.source, form: form))"
      } else {
        text = metrics.map { print($0, form: form) }.joined(separator: ", ") + of
      }
    case .list(let fields):
      text = form.spell(.list) + " "
      text += fields.isEmpty ? print(query.source, form: form) : list(fields) + of
    }
    if !query.groups.isEmpty { text += " \(form.spell(.by)) " + list(query.groups) }
    if let across = query.across { text += " \(form.spell(.across)) \(expr.print(across))" }
    if !query.compare.isEmpty { text += " " + print(query.compare, form: form) }
    if let having = query.having { text += " \(form.spell(.having)) \(expr.print(having))" }
    if !query.order.isEmpty {
      let items = query.order.map { print($0, form: form) }.joined(separator: ", ")
      text += " \(form.spell(.order, .by)) " + items
    }
    if let limit = query.limit { text += " \(form.spell(.limit)) \(limit)" }
    if let top = query.top { text += " \(form.spell(.top)) \(top)" }
    if let format = query.format { text += " \(form.spell(.as)) \(format.text)" }
    return text
  }

  public static func print(_ source: Source, form: KeywordForm = .english) -> String {
    guard let filter = source.filter else { return name(source.table.text) }
    return "\(name(source.table.text)) \(form.spell(.where)) \(print(filter, form: form))"
  }

  public static func print(_ metric: Metric, form: KeywordForm = .english) -> String {
    let named = metric.name.map { "\(name($0.text)) = " } ?? ""
    if let formula = metric.formula { return named + print(formula, form: form) }
    let word = form.spell(metric.function)
    if let filter = metric.filter {
      let value = metric.argument.map { print($0, form: form) + " " } ?? ""
      return named + "\(word)(\(value)\(form.spell(.where)) \(print(filter, form: form)))"
    }
    guard let argument = metric.argument else { return named + word }
    return named + "\(word) \(print(argument, form: form))"
  }

  /// Measures combined by arithmetic, as the parser reads them back (no parentheses).
  public static func print(_ formula: Formula, form: KeywordForm = .english) -> String {
    switch formula {
    case .measure(let m): return print(m, form: form)
    case .number(let n): return print(n, form: form)
    case .arithmetic(let op, let a, let b):
      return "\(print(a, form: form)) \(op.rawValue) \(print(b, form: form))"
    }
  }

  static func print(_ item: OrderItem, form: KeywordForm) -> String {
    let key = print(item.key, form: form) + (item.bytes ? " bytes" : "")
    guard item.explicitDirection else { return key }
    return key + " " + form.spell(item.descending ? .desc : .asc)
  }

  /// An expression or condition.
  public static func print(_ expr: Expr, form: KeywordForm = .english) -> String {
    ExprPrinter(form: form).print(expr)
  }

  /// A literal as it would be written (`true` is `真` in the Chinese form).
  public static func print(_ literal: Literal, form: KeywordForm = .english) -> String {
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
    case .boolean(let value): return form.spell(value ? .true : .false)
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
