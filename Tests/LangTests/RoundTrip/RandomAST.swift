import Lang
import TestSupport

/// Generates random span-free ASTs of the shapes the parser produces (parentheses as
/// `.group` wherever precedence needs them, values on the right as the parser reads them).
struct RandomAST {
  var rng: SeededRandom
  private let zero = Span(0, 0)
  private let names = [
    "sessions", "members", "attendance", "type", "date", "member", "org", "name", "会议", "类别",
    "x_1", "Hours", "month", "year", "_tmp", "名字2",
  ]
  private let words = ["micro", "open", "居民区", "done", "两新组织", "a1", "Practice"]
  private let formats = ["table", "csv", "json", "markdown", "chart"]

  init(seed: UInt64) { rng = SeededRandom(seed: seed) }

  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }
  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
  mutating func upTo(_ count: Int) -> Int { Int.random(in: 0...count, using: &rng) }

  mutating func name() -> Name { Name(pick(names), span: zero) }

  mutating func path(minParts: Int = 1) -> Expr {
    let parts = (0..<Int.random(in: minParts...3, using: &rng)).map { _ in name() }
    return Expr(.path(Path(parts, span: zero)), span: zero)
  }

  /// An output-column name that is a metric keyword: `count`, `sum`, …
  func metricWordPath(_ word: String) -> Expr {
    Expr(.path(Path([Name(word, span: zero)], span: zero)), span: zero)
  }

  mutating func literal() -> Literal {
    switch upTo(7) {
    case 0: return .integer(Int64.random(in: -100_000...100_000, using: &rng))
    case 1:
      let sign = chance(20) ? "-" : ""
      return .decimal("\(sign)\(upTo(999)).\(Int.random(in: 0...99, using: &rng))")
    case 2:
      let pieces = ["a", "王", " ", "\"", "'", "\\", "\n", "\t", "x y", "居民区", "#"]
      return .string((0..<upTo(5)).map { _ in pick(pieces) }.joined())
    case 3:
      return .date(
        year: Int.random(in: 1000...9999, using: &rng), month: Int.random(in: 1...12, using: &rng),
        day: Int.random(in: 1...28, using: &rng))
    case 4:
      return .period(
        .month(
          year: Int.random(in: 1900...2100, using: &rng), month: Int.random(in: 1...12, using: &rng)
        ))
    case 5:
      return .period(
        .quarter(
          year: Int.random(in: 1900...2100, using: &rng),
          quarter: Int.random(in: 1...4, using: &rng)))
    default: return .boolean(chance(50))
    }
  }

  mutating func related(depth: Int) -> Related {
    Related(
      table: name(), filter: depth > 0 && chance(50) ? condition(depth: depth - 1) : nil, span: zero
    )
  }

  /// A value: the left side of a predicate, a metric argument, a key or a field.
  mutating func value(depth: Int) -> Expr {
    if depth > 0, chance(12) { return arithmetic(depth: depth - 1, groups: false) }
    switch upTo(depth > 0 ? 9 : 5) {
    case 0, 1, 2: return path()
    case 3: return Expr(.literal(literal()), span: zero)
    case 4:
      return chance(50)
        ? Expr(.parameter(pick(names)), span: zero)
        : metricWordPath(pick(["count", "sum", "avg", "rate"]))
    case 5, 6: return Expr(.call(function: name(), argument: value(depth: depth - 1)), span: zero)
    case 7: return Expr(.relatedCount(related(depth: depth - 1)), span: zero)
    default:
      var r = related(depth: depth - 1)
      r.function = pick([.sum, .avg, .min, .max, .median, .stddev, .count])
      r.value = Path([name()], span: zero)
      return Expr(.relatedCount(r), span: zero)
    }
  }

  /// An operand of arithmetic: never a metric word or `true`/`false` (an operator after one
  /// is not read as arithmetic), a parenthesised sum only where `groups` allows.
  mutating func operand(depth: Int, groups: Bool) -> Expr {
    switch upTo(groups && depth > 0 ? 6 : 5) {
    case 0, 1: return path()
    case 2: return Expr(.literal(.integer(Int64.random(in: -999...9999, using: &rng))), span: zero)
    case 3:
      return chance(50)
        ? Expr(.literal(.decimal("\(upTo(99)).\(upTo(9))")), span: zero)
        : Expr(.parameter(pick(names)), span: zero)
    case 4:
      // Not `count(x)`: in a measure's value, an operator before a measure word starts
      // another measure (`sum hours / count`).
      return Expr(.call(function: name(), argument: path()), span: zero)
    case 5:
      var l = literal()
      if case .boolean = l { l = .date(year: 2016, month: 11, day: 24) }
      return Expr(.literal(l), span: zero)
    default: return Expr(.group(arithmetic(depth: depth - 1, groups: true)), span: zero)
    }
  }

  /// `a op b`, left to right, with groups where precedence needs them; no group first when
  /// `groups` is false (a condition cannot start with a parenthesised value).
  mutating func arithmetic(depth: Int, groups: Bool) -> Expr {
    var op = pick(ArithmeticOp.allCases)
    var left = operand(depth: depth, groups: groups)
    if depth > 0, chance(40) {
      left = arithmetic(depth: depth - 1, groups: groups)
      if case .arithmetic(let inner, _, _) = left.kind, !inner.isProduct, op.isProduct {
        if groups { left = Expr(.group(left), span: zero) } else { op = pick([.add, .subtract]) }
      }
    }
    let right = operand(depth: depth, groups: true)
    return Expr(.arithmetic(op, left, right), span: zero)
  }

  /// Replaces the first operand of an arithmetic chain by a bare word (as on the right of a
  /// comparison, where the first word is read as a value).
  /// With no `word`, a first operand that is a one-part path becomes that word.
  private func wordFirst(_ e: Expr, _ word: String?) -> Expr {
    switch e.kind {
    case .arithmetic(let op, let left, let right):
      return Expr(.arithmetic(op, wordFirst(left, word), right), span: zero)
    case .path(let p) where p.parts.count == 1:
      return Expr(.literal(.word(word ?? p.parts[0].text)), span: zero)
    default:
      return word.map { Expr(.literal(.word($0)), span: zero) } ?? e
    }
  }

  /// A value on the right of an operator: a bare word, a literal, a parameter, a dotted path, a call.
  mutating func rightHandSide(depth: Int) -> Expr {
    if chance(10) {
      let e = arithmetic(depth: 1, groups: false)
      return wordFirst(e, chance(50) ? pick(words) : nil)
    }
    switch upTo(5) {
    case 0, 1: return Expr(.literal(.word(pick(words))), span: zero)
    case 2: return Expr(.literal(literal()), span: zero)
    case 3: return path(minParts: 2)
    case 4: return Expr(.parameter(pick(names)), span: zero)
    default:
      return depth > 0
        ? Expr(.call(function: name(), argument: value(depth: depth - 1)), span: zero)
        : metricWordPath("sum")
    }
  }

  mutating func period() -> Expr {
    switch upTo(3) {
    case 0:
      return Expr(.literal(.period(.year(Int.random(in: 1000...9999, using: &rng)))), span: zero)
    case 1:
      return Expr(
        .literal(.period(.month(year: 2016, month: Int.random(in: 1...12, using: &rng)))),
        span: zero)
    case 2:
      return Expr(
        .literal(.period(.quarter(year: 2015, quarter: Int.random(in: 1...4, using: &rng)))),
        span: zero)
    default: return Expr(.parameter("month"), span: zero)
    }
  }

  mutating func predicate(depth: Int) -> Expr {
    let left = value(depth: depth)
    let kind: Expr.Kind
    switch upTo(8) {
    case 0: kind = .compare(pick(CompareOp.allCases), left, rightHandSide(depth: depth))
    case 1: kind = .contains(left, rightHandSide(depth: depth))
    case 2:
      kind = .inList(
        left, (0...upTo(3)).map { _ in rightHandSide(depth: depth) }, negated: chance(30))
    case 3: kind = .inPeriod(left, period(), negated: chance(30))
    case 4:
      kind = .between(
        left, low: rightHandSide(depth: depth), high: rightHandSide(depth: depth),
        negated: chance(30))
    case 5: kind = .isEmpty(left, negated: chance(50))
    case 6: kind = .hasRelated(related(depth: depth), negated: chance(50))
    case 7: return left
    default: kind = .compare(.equal, path(), Expr(.literal(.word(pick(words))), span: zero))
    }
    return Expr(kind, span: zero)
  }

  /// Wraps `expr` in a group when it binds looser than the place it goes (as a parser would see it).
  private func grouped(_ expr: Expr, unless allowed: (Expr.Kind) -> Bool) -> Expr {
    allowed(expr.kind) ? expr : Expr(.group(expr), span: zero)
  }

  mutating func condition(depth: Int) -> Expr {
    guard depth > 0 else { return predicate(depth: 0) }
    switch upTo(6) {
    case 0:
      let left = condition(depth: depth - 1)
      let right = grouped(condition(depth: depth - 1)) {
        if case .or = $0 { return false } else { return true }
      }
      return Expr(.or(left, right), span: zero)
    case 1:
      let left = grouped(condition(depth: depth - 1)) {
        if case .or = $0 { return false } else { return true }
      }
      let right = grouped(condition(depth: depth - 1)) {
        switch $0 {
        case .or, .and: return false
        default: return true
        }
      }
      return Expr(.and(left, right), span: zero)
    case 2:
      let inner = grouped(condition(depth: depth - 1)) {
        switch $0 {
        case .or, .and: return false
        default: return true
        }
      }
      return Expr(.not(inner), span: zero)
    case 3: return Expr(.group(condition(depth: depth - 1)), span: zero)
    default: return predicate(depth: depth)
    }
  }

  mutating func source() -> Source {
    Source(table: name(), filter: chance(60) ? condition(depth: 3) : nil, span: zero)
  }

  mutating func metric() -> Metric {
    var m = plainMetric()
    if m.function != .rate, chance(25) {
      m.filter = condition(depth: 2)
      if m.function == .count, chance(50) { m.argument = nil }
    }
    if chance(12) { m = formulaMetric() }
    if chance(20) { m.name = name() }
    return m
  }

  /// Measures combined: `sum(x where …) / sum y * 2 - count`, built left to right with `*`
  /// and `/` first, as the parser reads it. A number follows only a measure that ends in a
  /// word or `)` (after a value, `+ 2` would belong to the value).
  mutating func formulaMetric() -> Metric {
    var first = plainMetric()
    if first.function == .rate { first = Metric(function: .count, argument: nil, span: zero) }
    var terms: [Formula] = [.measure(first)]
    var ops: [ArithmeticOp] = []
    var open = first.argument != nil && first.filter == nil
    for _ in 0...upTo(2) {
      ops.append(pick(ArithmeticOp.allCases))
      if !open, chance(30) {
        terms.append(.number(chance(50) ? .integer(Int64(upTo(99))) : .decimal("0.5")))
        continue
      }
      var m = plainMetric()
      if m.function == .rate || chance(40) {
        m = Metric(function: .count, argument: nil, span: zero)
      }
      if m.argument != nil, chance(50) { m.filter = condition(depth: 1) }
      open = m.argument != nil && m.filter == nil
      terms.append(.measure(m))
    }
    // `a op b op c …` with products first, left to right.
    var sums: [(ArithmeticOp?, Formula)] = [(nil, terms[0])]
    for (op, term) in zip(ops, terms.dropFirst()) {
      if op.isProduct {
        let (before, last) = sums.removeLast()
        sums.append((before, .arithmetic(op, last, term)))
      } else {
        sums.append((op, term))
      }
    }
    var formula = sums[0].1
    for (op, term) in sums.dropFirst() { formula = .arithmetic(op!, formula, term) }
    var metric = first
    metric.formula = formula
    return metric
  }

  mutating func plainMetric() -> Metric {
    switch upTo(4) {
    case 0:
      return Metric(function: .count, argument: chance(50) ? nil : value(depth: 2), span: zero)
    case 1: return Metric(function: .countDistinct, argument: value(depth: 2), span: zero)
    case 2: return Metric(function: .rate, argument: condition(depth: 2), span: zero)
    default:
      return Metric(
        function: pick([.sum, .avg, .min, .max, .median, .stddev]), argument: value(depth: 2),
        span: zero)
    }
  }

  mutating func query() -> Query {
    let kind: Query.Kind =
      chance(70)
      ? .aggregate((0...upTo(2)).map { _ in metric() })
      : .list((0..<upTo(3)).map { _ in value(depth: 2) })
    var query = Query(kind: kind, source: source(), span: zero)
    query.groups = (0..<upTo(2)).map { _ in value(depth: 2) }
    if chance(20) { query.across = value(depth: 1) }
    if chance(25) { query.having = condition(depth: 2) }
    query.order = (0..<upTo(2)).map { _ in
      let explicit = chance(60)
      return OrderItem(
        key: value(depth: 1), descending: explicit && chance(50), explicitDirection: explicit,
        span: zero)
    }
    if chance(30) { query.limit = Int.random(in: 1...1000, using: &rng) }
    if chance(20) { query.top = Int.random(in: 1...50, using: &rng) }
    if chance(30) { query.format = Name(pick(formats), span: zero) }
    if chance(20) {
      // `with change, yoy, share`: each word at most once, in any order.
      query.compare = Comparison.allCases.shuffled(using: &rng).prefix(1 + upTo(2))
        .map { CompareItem($0, span: zero) }
    }
    return query
  }

  mutating func statement() -> Statement {
    switch upTo(10) {
    case 0: return Statement(.letBinding(name: name(), source: source()), span: zero)
    case 1: return Statement(.showTables, span: zero)
    case 2: return Statement(.describe(name()), span: zero)
    case 3: return Statement(.sql(query()), span: zero)
    case 4: return Statement(.letAnswer(name: name(), query: query()), span: zero)
    default: return Statement(.query(query()), span: zero)
    }
  }
}
