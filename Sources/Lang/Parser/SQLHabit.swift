/// A SQL query typed where a Dangke statement goes (`SELECT count(*) FROM sessions WHERE …`):
/// recognised by its first word, and for a simple query of one table turned into the Dangke
/// statement that asks the same, for the message (E1243). The statement is never run.
enum SQLHabit {
  /// The Dangke statement for `sql`, or nil when the query is more than a SELECT of one table
  /// with WHERE, GROUP BY, ORDER BY and LIMIT and the measures count(*), count(DISTINCT x),
  /// sum, avg, min and max.
  static func translate(_ sql: String) -> String? {
    var words = tokens(sql)
    if words.last == ";" { words.removeLast() }
    var reader = Reader(words: words)
    return reader.query()
  }

  /// Words, numbers, quoted strings (kept with their quotes) and punctuation of `sql`.
  static func tokens(_ sql: String) -> [String] {
    var out: [String] = []
    let chars = Array(sql)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c.isWhitespace {
        i += 1
      } else if c == "'" || c == "\"" || c == "`" {
        var j = i + 1
        while j < chars.count, chars[j] != c { j += 1 }
        out.append(String(chars[i..<min(j + 1, chars.count)]))
        i = j + 1
      } else if c.isLetter || c.isNumber || c == "_" || c == "." {
        var j = i
        while j < chars.count, chars[j].isLetter || chars[j].isNumber || "_.-".contains(chars[j]) {
          // A minus only inside a date (2016-11-24), not `a-b`.
          if chars[j] == "-", !(out.isEmpty || chars[i].isNumber) { break }
          j += 1
        }
        out.append(String(chars[i..<j]))
        i = j
      } else if i + 1 < chars.count, ["<>", "!=", "<=", ">="].contains(String(chars[i...i + 1])) {
        out.append(String(chars[i...i + 1]))
        i += 2
      } else {
        out.append(String(c))
        i += 1
      }
    }
    return out
  }

  private struct Reader {
    var words: [String]
    var at = 0

    var current: String? { at < words.count ? words[at] : nil }

    func isWord(_ w: String) -> Bool { current?.uppercased() == w }

    mutating func take(_ w: String) -> Bool {
      guard isWord(w) else { return false }
      at += 1
      return true
    }

    mutating func next() -> String? {
      guard let w = current else { return nil }
      at += 1
      return w
    }

    /// The words up to (not including) the first of `stops` at the top level.
    mutating func clause(until stops: [String]) -> [String] {
      var out: [String] = []
      var depth = 0
      while let w = current, depth > 0 || !stops.contains(w.uppercased()) {
        if w == "(" { depth += 1 }
        if w == ")" { depth -= 1 }
        out.append(w)
        at += 1
      }
      return out
    }

    mutating func query() -> String? {
      guard take("SELECT") else { return nil }
      let items = split(clause(until: ["FROM"]))
      guard take("FROM"), let table = next(), isName(table) else { return nil }
      // An alias: `FROM sessions s` or `FROM sessions AS s`.
      var alias: String? = nil
      if take("AS") { alias = next() }
      if let w = current, isName(w), !clauses.contains(w.uppercased()) {
        alias = w
        at += 1
      }
      var condition: [String] = []
      var groups: [[String]] = []
      var order: [[String]] = []
      var limit: String? = nil
      if take("WHERE") { condition = clause(until: ["GROUP", "ORDER", "LIMIT", "HAVING"]) }
      if take("GROUP") {
        guard take("BY") else { return nil }
        groups = split(clause(until: ["ORDER", "LIMIT", "HAVING"]))
      }
      if take("ORDER") {
        guard take("BY") else { return nil }
        order = split(clause(until: ["LIMIT"]))
      }
      if take("LIMIT") {
        guard let n = next(), Int(n) != nil else { return nil }
        limit = n
      }
      guard current == nil else { return nil }
      let strip = { (w: String) in SQLHabit.unaliased(w, alias: alias, table: table) }
      let keys = groups.map { $0.map(strip).joined(separator: " ") }
      var measures: [String] = []
      var fields: [String] = []
      for item in items {
        guard let (value, name) = SQLHabit.named(item) else { return nil }
        if let m = SQLHabit.measure(value.map(strip)) {
          measures.append(name.map { "\($0) = \(m)" } ?? m)
        } else if value.count == 1, value[0] == "*" {
          fields.append("*")
        } else if value.count == 1, isName(value[0]) {
          let column = strip(value[0])
          if !keys.contains(column) { fields.append(column) }
        } else {
          return nil
        }
      }
      var text: String
      if measures.isEmpty {
        guard groups.isEmpty, !fields.isEmpty else { return nil }
        text =
          fields == ["*"] ? "list \(table)" : "list \(fields.joined(separator: ", ")) of \(table)"
      } else {
        guard fields.isEmpty else { return nil }
        text =
          measures == ["count"]
          ? "count \(table)" : measures.joined(separator: ", ") + " of \(table)"
      }
      if !condition.isEmpty {
        guard let c = SQLHabit.condition(condition.map(strip)) else { return nil }
        text += " where " + c
      }
      if !keys.isEmpty { text += " by " + keys.joined(separator: ", ") }
      if !order.isEmpty {
        var parts: [String] = []
        for item in order {
          var words = item.map(strip)
          var direction = ""
          if let last = words.last?.uppercased(), last == "DESC" || last == "ASC" {
            direction = " " + last.lowercased()
            words.removeLast()
          }
          let key = SQLHabit.measure(words).map { $0.split(separator: " ").first.map(String.init)! }
          guard let name = key ?? (words.count == 1 ? words[0] : nil) else { return nil }
          parts.append(name + direction)
        }
        text += " order by " + parts.joined(separator: ", ")
      }
      if let limit { text += " limit " + limit }
      return text
    }

    private let clauses: Set<String> = ["WHERE", "GROUP", "ORDER", "LIMIT", "HAVING", "JOIN"]

    func isName(_ w: String) -> Bool {
      guard let first = w.first, first.isLetter || first == "_" else { return false }
      return w.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    }

    /// Items separated by top-level commas.
    func split(_ words: [String]) -> [[String]] {
      var out: [[String]] = [[]]
      var depth = 0
      for w in words {
        if w == "(" { depth += 1 }
        if w == ")" { depth -= 1 }
        if w == ",", depth == 0 { out.append([]) } else { out[out.count - 1].append(w) }
      }
      return out.filter { !$0.isEmpty }
    }
  }

  /// `sessions.type` or `s.type` → `type` (the table's own columns need no prefix).
  static func unaliased(_ word: String, alias: String?, table: String) -> String {
    for prefix in [alias, table].compactMap({ $0 })
    where word.lowercased().hasPrefix(prefix.lowercased() + ".") {
      return String(word.dropFirst(prefix.count + 1))
    }
    return word
  }

  /// An item and its `AS` name.
  static func named(_ item: [String]) -> ([String], String?)? {
    if item.count >= 3, item[item.count - 2].uppercased() == "AS" {
      return (Array(item.dropLast(2)), item.last!)
    }
    return (item, nil)
  }

  /// `count(*)` → `count`, `count(DISTINCT x)` → `count distinct x`, `sum(x)` → `sum x`.
  static func measure(_ words: [String]) -> String? {
    guard words.count >= 4, words[1] == "(", words.last == ")" else { return nil }
    let function = words[0].lowercased()
    let inside = Array(words[2..<(words.count - 1)])
    switch function {
    case "count":
      if inside == ["*"] || inside == ["1"] { return "count" }
      if inside.count == 2, inside[0].uppercased() == "DISTINCT" {
        return "count distinct \(inside[1])"
      }
      return nil
    case "sum", "avg", "min", "max":
      return inside.count == 1 ? "\(function) \(inside[0])" : nil
    default:
      return nil
    }
  }

  /// A WHERE condition in Dangke's words: keywords in lowercase, `IS NULL` as `is empty`,
  /// `LIKE '%x%'` as `~ "x"`, a quoted ISO date as a date; nil for what has no simple twin.
  static func condition(_ words: [String]) -> String? {
    var out: [String] = []
    var i = 0
    while i < words.count {
      let w = words[i]
      let upper = w.uppercased()
      switch upper {
      case "AND", "OR", "NOT", "IN", "BETWEEN":
        out.append(w.lowercased())
      case "IS":
        let negated = i + 1 < words.count && words[i + 1].uppercased() == "NOT"
        guard words.indices.contains(i + (negated ? 2 : 1)),
          words[i + (negated ? 2 : 1)].uppercased() == "NULL"
        else { return nil }
        out.append(negated ? "is not empty" : "is empty")
        i += negated ? 2 : 1
      case "LIKE":
        guard i + 1 < words.count, let text = unquoted(words[i + 1]), text.hasPrefix("%"),
          text.hasSuffix("%"), text.count > 2
        else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains("%"), !inner.contains("_") else { return nil }
        out.append("~ \"\(inner)\"")
        i += 1
      case "SELECT", "EXISTS", "ILIKE", "CASE", "NULL":
        return nil
      default:
        if let text = unquoted(w) {
          out.append(isISODate(text) ? text : "\"\(text)\"")
        } else {
          out.append(w)
        }
      }
      i += 1
    }
    var text = out.joined(separator: " ")
    for (a, b) in [("( ", "("), (" )", ")"), (" ,", ",")] { text = text.replacingAll(a, with: b) }
    return text
  }

  static func unquoted(_ w: String) -> String? {
    guard w.count >= 2, let q = w.first, q == "'" || q == "\"", w.last == q else { return nil }
    return String(w.dropFirst().dropLast())
  }

  static func isISODate(_ s: String) -> Bool {
    let c = Array(s)
    guard c.count == 10, c[4] == "-", c[7] == "-" else { return false }
    return c.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || $0.element.isNumber }
  }
}

extension String {
  /// Every occurrence of `target` replaced by `replacement` (Lang imports no Foundation).
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
