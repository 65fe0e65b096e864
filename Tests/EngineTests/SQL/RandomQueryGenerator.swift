import Engine
import TestSupport

/// A random query in parts, so a failing one can be shrunk by dropping parts.
struct RandomQuery: CustomStringConvertible {
  var list = false
  var metrics: [String] = []
  var fields: [String] = []
  var table = ""
  var conditions: [String] = []
  var keys: [String] = []
  var across: String?
  var having: String?
  var order: [String] = []
  var limit: Int?
  var top: Int?
  /// `with change, yoy, share`.
  var compare: [String] = []

  var description: String {
    var s: String
    if list {
      s = fields.isEmpty ? "list \(table)" : "list \(fields.joined(separator: ", ")) of \(table)"
    } else if metrics == ["count"] {
      s = "count \(table)"
    } else {
      s = "\(metrics.joined(separator: ", ")) of \(table)"
    }
    if !conditions.isEmpty { s += " where " + conditions.joined(separator: " and ") }
    if !keys.isEmpty { s += " by " + keys.joined(separator: ", ") }
    if let across { s += " across \(across)" }
    if !compare.isEmpty { s += " with " + compare.joined(separator: ", ") }
    if let having { s += " having \(having)" }
    if !order.isEmpty { s += " order by " + order.joined(separator: ", ") }
    if let limit { s += " limit \(limit)" }
    if let top { s += " top \(top)" }
    return s
  }

  /// The queries with one part left out, for shrinking a failure.
  var smaller: [RandomQuery] {
    var out: [RandomQuery] = []
    func without(_ change: (inout RandomQuery) -> Void) {
      var q = self
      change(&q)
      out.append(q)
    }
    if having != nil { without { $0.having = nil } }
    if !order.isEmpty { without { $0.order = [] } }
    if limit != nil { without { $0.limit = nil } }
    if top != nil { without { $0.top = nil } }
    if across != nil { without { $0.across = nil } }
    if !compare.isEmpty { without { $0.compare = [] } }
    for i in keys.indices { without { $0.keys.remove(at: i) } }
    for i in conditions.indices { without { $0.conditions.remove(at: i) } }
    if metrics.count > 1 { for i in metrics.indices { without { $0.metrics.remove(at: i) } } }
    if fields.count > 1 { for i in fields.indices { without { $0.fields.remove(at: i) } } }
    return out
  }
}

/// Random valid queries over a store: filters, paths, buckets, metrics, having, order, crosstab,
/// has/no and related counts, built from the store's real tables, columns and values.
struct RandomQueryGenerator {
  let store: Store
  var random: SeededRandom

  /// A path to a column from `table`, `hops` references deep at most, and its column.
  private mutating func path(from table: Table, hops: Int) -> (String, Column) {
    let column = random.pick(table.columns)
    if hops > 0, let r = column.reference, let next = store.table(r.table), random.chance(0.5) {
      let (rest, end) = path(from: next, hops: hops - 1)
      return (column.name + "." + rest, end)
    }
    return (column.name, column)
  }

  /// A non-missing value of a column, written as the query language writes it.
  private mutating func literal(_ column: Column) -> String? {
    for _ in 0..<8 {
      let row = random.below(column.data.count)
      if column.data.isMissing(row) { continue }
      switch column.data {
      case .integer(let v): return String(v[row])
      case .decimal(let v): return String(v[row])
      case .boolean(let v): return v[row] == 1 ? "true" : "false"
      case .date(let v): return CivilDate.format(v[row])
      case .text(let codes, let dictionary):
        let s = dictionary.string(codes[row])
        if s.contains("\"") || s.contains("\\") { return nil }
        return "\"\(s)\""
      }
    }
    return nil
  }

  /// A condition on rows of `table`.
  mutating func condition(_ table: Table, depth: Int = 0) -> String {
    if depth < 2, random.chance(0.25) {
      let a = condition(table, depth: depth + 1)
      let b = condition(table, depth: depth + 1)
      switch random.below(3) {
      case 0: return "(\(a) or \(b))"
      case 1: return "not (\(a))"
      default: return "(\(a) and \(b))"
      }
    }
    if depth < 2, random.chance(0.12), let related = relatedTable(of: table) {
      let filter = random.chance(0.5) ? " where " + condition(related, depth: 2) : ""
      switch random.below(3) {
      case 0: return "has (\(related.name)\(filter))"
      case 1: return "no (\(related.name)\(filter))"
      default:
        return
          "count(\(related.name)\(filter)) \(random.pick([">", "<", ">=", "="])) \(random.below(6))"
      }
    }
    if random.chance(0.06), let pair = twoColumns(table) { return pair }
    if random.chance(0.05), let a = arithmetic(table) {
      return
        "\(a) \(random.pick([">", "<", ">=", "="])) \(random.pick(["0", "1", "3", "-2", "30"]))"
    }
    let (p, column) = path(from: table, hops: 2)
    if random.chance(0.1) { return "\(p) is \(random.chance(0.5) ? "not " : "")empty" }
    guard let value = literal(column) else { return "\(p) is not empty" }
    switch column.type {
    case .text:
      switch random.below(4) {
      case 0:
        let word = value.dropFirst().dropLast()
        let part = word.isEmpty ? "" : String(word.prefix(1 + random.below(min(2, word.count))))
        return "\(p) ~ \"\(part)\""
      case 1: return "\(p) \(random.pick(["not in", "in"])) (\(value), \(literal(column) ?? value))"
      default: return "\(p) \(random.pick(["=", "!=", "<", ">="])) \(value)"
      }
    case .integer, .decimal:
      if random.chance(0.25), let other = literal(column) {
        return "\(p) \(random.chance(0.3) ? "not " : "")between \(value) and \(other)"
      }
      return "\(p) \(random.pick(["=", "!=", "<", "<=", ">", ">="])) \(value)"
    case .boolean:
      return "\(p) \(random.pick(["=", "!="])) \(value)"
    case .date:
      let year = String(value.prefix(4))
      let month = String(value.prefix(7))
      let quarter = year + "-Q\(((Int(value.dropFirst(5).prefix(2)) ?? 1) + 2) / 3)"
      switch random.below(5) {
      case 0: return "\(p) \(random.pick(["in", "not in"])) \(random.pick([year, month]))"
      case 1: return "\(p) in \(quarter)"
      case 2: return "\(p) \(random.pick(["<", ">=", ">", "<="])) \(month)"
      case 3: return "year(\(p)) \(random.pick(["=", ">=", "<"])) \(year)"
      default: return "\(p) \(random.pick(["<", "<=", ">", ">=", "=", "!="])) \(value)"
      }
    }
  }

  /// A measure that is a number: a count or a sum or average of a number column, sometimes
  /// filtered; ends in a word or `)`, so a formula can go on after it.
  private mutating func numericMeasure(_ table: Table) -> String {
    let numbers = table.columns.filter {
      ($0.type == .integer || $0.type == .decimal) && $0.reference == nil
    }
    let filter = random.chance(0.5) ? condition(table, depth: 1) : nil
    guard !numbers.isEmpty, random.chance(0.6) else {
      return filter.map { "count(where \($0))" } ?? "count"
    }
    let fn = random.pick(["sum", "avg", "max", "stddev"])
    let x = random.pick(numbers).name
    return filter.map { "\(fn)(\(x) where \($0))" } ?? "\(fn) \(x)"
  }

  /// Two columns of one type compared, the right one a bare word: `done_on > deadline`.
  private mutating func twoColumns(_ table: Table) -> String? {
    let a = random.pick(table.columns)
    guard a.type != .text, a.type != .boolean, a.reference == nil else { return nil }
    let same = table.columns.filter {
      $0.type == a.type && $0.name != a.name && $0.reference == nil
    }
    guard !same.isEmpty else { return nil }
    return "\(a.name) \(random.pick(["<", "<=", ">", ">=", "=", "!="])) \(random.pick(same).name)"
  }

  /// A table with exactly one column referring to `table`.
  private mutating func relatedTable(of table: Table) -> Table? {
    let candidates = store.tables.filter { other in
      other.columns.filter { $0.reference?.table.lowercased() == table.name.lowercased() }.count
        == 1
    }
    return candidates.isEmpty ? nil : random.pick(candidates)
  }

  /// A `by` key of `table`.
  private mutating func key(_ table: Table) -> String {
    if random.chance(0.3) {
      let dates = table.columns.filter { $0.type == .date }.map(\.name)
      if !dates.isEmpty {
        // Members joined over sixty years: days and weeks there would fill tens of thousands
        // of buckets, which only slows the test down.
        let fine = table.name == "members" ? [] : ["day", "week"]
        let bucket = random.pick(fine + ["month", "quarter", "year"])
        if table.timeColumn != nil, random.chance(0.4) { return bucket }
        return "\(bucket)(\(random.pick(dates)))"
      }
    }
    if random.chance(0.05), let related = relatedTable(of: table) {
      return "count(\(related.name))"
    }
    let (p, column) = path(from: table, hops: 2)
    if column.type == .decimal || column.name.lowercased() == "phone" { return key(table) }
    return p
  }

  /// An `across` key: a column or path of few values, or a coarse time bucket.
  private mutating func acrossKey(_ table: Table) -> String {
    for _ in 0..<10 {
      let (p, column) = path(from: table, hops: 2)
      if column.type == .boolean { return p }
      if case .text(_, let dictionary) = column.data, dictionary.count <= 40 { return p }
    }
    let dates = table.columns.filter { $0.type == .date }.map(\.name)
    return dates.isEmpty ? key(table) : "\(random.pick(["year", "quarter"]))(\(random.pick(dates)))"
  }

  /// A number of rows of `table` by arithmetic: `2016 - born`, `hours * 2`, `a / b`,
  /// `done_on - deadline` (days), or nil when the table has no such columns.
  mutating func arithmetic(_ table: Table) -> String? {
    let numbers = table.columns.filter { $0.type == .integer || $0.type == .decimal }
      .filter { $0.reference == nil && $0.name.lowercased() != "id" }
    let dates = table.columns.filter { $0.type == .date }.map(\.name)
    if dates.count >= 2, random.chance(0.3) {
      let a = random.pick(dates)
      let b = random.pick(dates)
      return random.chance(0.5) ? "\(a) - \(b)" : "(\(a) - \(b)) * 2"
    }
    guard !numbers.isEmpty else { return nil }
    let x = random.pick(numbers).name
    let y = random.pick(numbers).name
    switch random.below(7) {
    case 0: return "2016 - \(x)"
    case 1: return "\(x) * \(random.pick(["2", "0.5", "-1"]))"
    case 2: return "\(x) / \(random.pick(["2", "4", "0"]))"
    case 3: return "\(x) / \(y)"
    case 4: return "(\(x) + \(y)) * 3"
    case 5: return "\(x) - \(y) + 1"
    default: return "\(x) + \(random.pick(["1", "2.5"])) * \(y)"
    }
  }

  /// A metric over rows of `table`, sometimes of arithmetic or filtered (`sum(x where …)`,
  /// `count(where …)`).
  private mutating func metric(_ table: Table) -> String {
    if random.chance(0.08) {
      // Measures combined: `sum(hours where …) / sum hours`, `count - count(where …)`.
      let a = numericMeasure(table)
      return "\(a) \(random.pick(["/", "-", "+", "*"])) \(numericMeasure(table))"
        + (random.chance(0.2) ? " * 100" : "")
    }
    if random.chance(0.12), let a = arithmetic(table) {
      return "\(random.pick(["sum", "avg", "min", "max", "median", "stddev", "count"])) \(a)"
    }
    if random.chance(0.15) {
      let filter = condition(table, depth: 1)
      if random.chance(0.35) { return "count(where \(filter))" }
      let plain = metric(table)
      guard let space = plain.firstIndex(of: " "), !plain.hasPrefix("rate"),
        !plain.hasPrefix("count distinct")
      else { return plain == "count" ? "count(where \(filter))" : plain }
      return "\(plain[..<space])(\(plain[plain.index(after: space)...]) where \(filter))"
    }
    let (p, column) = path(from: table, hops: 1)
    switch random.below(8) {
    case 0: return "count"
    case 1: return "count \(p)"
    case 2: return "count distinct \(p)"
    case 3: return "rate \(condition(table, depth: 1))"
    default:
      switch column.type {
      case .integer, .decimal:
        return "\(random.pick(["sum", "avg", "median", "stddev", "min", "max"])) \(p)"
      case .date, .text: return "\(random.pick(["min", "max"])) \(p)"
      case .boolean: return "count"
      }
    }
  }

  /// A random query, on `fixed` when given (a let answer's table).
  mutating func query(on fixed: Table? = nil) -> RandomQuery {
    // The tables with paths and time columns come up more often.
    let names = ["attendance", "attendance", "sessions", "sessions", "members", "members", "plans"]
    let tables = store.tables.filter { $0.rowCount > 0 }
    let table =
      fixed
      ?? (random.chance(0.6)
        ? store.table(random.pick(names)) ?? random.pick(tables) : random.pick(tables))
    var q = RandomQuery(table: table.name)
    for _ in 0..<random.pick([0, 0, 1, 1, 1, 2]) { q.conditions.append(condition(table)) }
    if random.chance(0.2) {
      q.list = true
      if random.chance(0.9) {
        for _ in 0..<(1 + random.below(3)) { q.fields.append(path(from: table, hops: 2).0) }
      }
      if random.chance(0.6), let f = q.fields.first {
        q.order = [f + (random.chance(0.5) ? " desc" : "")]
      }
      q.limit = random.chance(0.8) ? 1 + random.below(40) : nil
      return q
    }
    q.metrics = (0..<(1 + random.below(3))).map { _ in metric(table) }
    if random.chance(0.4) { q.metrics[0] = "count" }
    // Measures named `m1 = …`: always when two would share a name (an error otherwise).
    let functions = q.metrics.map { $0.prefix { $0 != " " && $0 != "(" } }
    if Set(functions).count < functions.count || random.chance(0.1) {
      q.metrics = q.metrics.enumerated().map { "m\($0.offset + 1) = \($0.element)" }
      if random.chance(0.3) { q.having = "m1 \(random.pick([">", "<", ">="])) \(random.below(50))" }
      if random.chance(0.4) { q.order = ["m\(1 + random.below(q.metrics.count)) desc"] }
    }
    for _ in 0..<random.pick([0, 1, 1, 1, 2, 2]) { q.keys.append(key(table)) }
    if q.metrics.count == 1, random.chance(0.12) { q.across = acrossKey(table) }
    if q.metrics[0] == "count", q.across == nil, q.having == nil, q.order.isEmpty {
      if random.chance(0.2) {
        q.having = "count \(random.pick([">", "<", ">="])) \(random.below(50))"
      }
      if random.chance(0.3) { q.order = ["count" + (random.chance(0.7) ? " desc" : "")] }
    }
    if !q.keys.isEmpty, q.order.isEmpty, random.chance(0.2) {
      q.order = [q.keys[0] + (random.chance(0.5) ? " desc" : "")]
    }
    if random.chance(0.15) { q.limit = 1 + random.below(20) }
    if q.across == nil, random.chance(0.1) { q.top = 1 + random.below(10) }
    if q.across == nil, random.chance(0.15) { compare(&q, table) }
    return q
  }

  /// `with change, yoy, share` on the query's measures: changes only along a time bucket
  /// (`yoy` not by day), sometimes named in `having` or `order by`.
  private mutating func compare(_ q: inout RandomQuery, _ table: Table) {
    let buckets = ["day", "week", "month", "quarter", "year"]
    var bucket = q.keys.lazy.compactMap { k in
      buckets.first { k == $0 || k.hasPrefix($0 + "(") }
    }.first
    // Mostly along a time bucket, so that change and yoy come up as often as share.
    let dates = table.columns.filter { $0.type == .date }.map(\.name)
    if bucket == nil, !dates.isEmpty, table.name != "members", random.chance(0.7) {
      let b = random.pick(["week", "month", "month", "quarter", "year"])
      q.keys.insert("\(b)(\(random.pick(dates)))", at: random.below(q.keys.count + 1))
      bucket = b
    }
    var words = ["share"]
    if let bucket {
      words += ["change", "change"]
      if bucket != "day" { words += ["yoy", "yoy"] }
    }
    for _ in 0..<(1 + random.below(2)) {
      let word = random.pick(words)
      if !q.compare.contains(word) { q.compare.append(word) }
    }
    let first = q.metrics[0] == "count" ? "count" : q.metrics[0].hasPrefix("m1 =") ? "m1" : nil
    guard let first, random.chance(0.4) else { return }
    let column = first + "_" + random.pick(q.compare) + (random.chance(0.5) ? "" : "_pct")
    let name = column.hasSuffix("share_pct") ? first + "_share" : column
    if random.chance(0.5) {
      q.having = "\(name) \(random.pick([">", "<", ">="])) \(random.pick(["0", "0.1", "-2"]))"
    } else {
      q.order = ["\(name)" + (random.chance(0.6) ? " desc" : "")]
    }
  }
}
