extension Parser {
  /// value := path | call | aggregate "(" NAME ["." path] ["where" condition] ")" | literal
  ///        | "$" NAME
  /// aggregate := "count" | "sum" | "avg" | "min" | "max" | "median" | "stddev"
  ///
  /// A metric word alone (`count`, `sum`, …) is a path naming that output column, as in
  /// `having sum < 32` or `order by count desc`.
  mutating func parseValue(after previous: String) throws(Diagnostic) -> Expr {
    try parseArithmetic(on: try parsePrimary(after: previous))
  }

  /// arithmetic := product {("+" | "-") product};  product := factor {("*" | "/") factor}
  /// — `first` is the first factor, already read. A chain of operators is a tree as deep as
  /// it is long, so each operator counts as a level of nesting (`maxDepth`).
  mutating func parseArithmetic(on first: Expr) throws(Diagnostic) -> Expr {
    var left = try parseProduct(on: first)
    var links = 0
    defer { for _ in 0..<links { leaveNesting() } }
    while let op = arithmeticOp, !op.isProduct {
      try enterNesting()
      links += 1
      advance()
      let right = try parseProduct(on: try parsePrimary(after: op.rawValue))
      left = Expr(.arithmetic(op, left, right), span: left.span.union(right.span))
    }
    return left
  }

  private mutating func parseProduct(on first: Expr) throws(Diagnostic) -> Expr {
    var left = first
    var links = 0
    defer { for _ in 0..<links { leaveNesting() } }
    while let op = arithmeticOp, op.isProduct {
      try enterNesting()
      links += 1
      advance()
      let right = try parsePrimary(after: op.rawValue)
      left = Expr(.arithmetic(op, left, right), span: left.span.union(right.span))
    }
    return left
  }

  /// The arithmetic operator at the current token, if any.
  var arithmeticOp: ArithmeticOp? {
    guard case .symbol(let symbol) = current.kind else { return nil }
    if inMeasure, let next = peek().keyword, Keyword.metrics.contains(next) { return nil }
    return ArithmeticOp(rawValue: symbol.rawValue)
  }

  /// factor := value | "(" arithmetic ")"
  mutating func parsePrimary(after previous: String) throws(Diagnostic) -> Expr {
    let token = current
    switch token.kind {
    case .symbol(.leftParen):
      advance()
      try enterNesting()
      let outer = inMeasure
      inMeasure = false
      defer {
        leaveNesting()
        inMeasure = outer
      }
      let inner = try parseValue(after: "(")
      _ = try expect(.rightParen, parserMessages.closingParen())
      return Expr(.group(inner), span: span(from: token.span.start))
    case .name(let text):
      advance()
      if at(.leftParen) { return try parseCall(function: Name(text, span: token.span)) }
      return try parsePath(first: Name(text, span: token.span))
    case .keyword(let keyword)
    where Self.relatedFunctions[keyword] != nil && peek().isSymbol(.leftParen):
      return try parseRelatedValue(Self.relatedFunctions[keyword]!)
    case .keyword(let keyword) where Keyword.metrics.contains(keyword):
      advance()
      let name = Name(keyword.rawValue, span: token.span)
      return Expr(.path(Path([name], span: token.span)), span: token.span)
    case .parameter(let name):
      advance()
      return Expr(.parameter(name), span: token.span)
    default:
      if let literal = Self.literal(of: token) {
        advance()
        return Expr(.literal(literal), span: token.span)
      }
      throw unexpected(expected: parserMessages.columnOrValueAfter(previous))
    }
  }

  /// The aggregates that can take related rows: `sum(attendance.hours)`.
  static let relatedFunctions: [Keyword: AggregateFunction] = Dictionary(
    uniqueKeysWithValues: AggregateFunction.allCases.compactMap { function in
      function == .rate ? nil : Keyword(rawValue: function.rawValue).map { ($0, function) }
    })

  /// aggregate "(" NAME ["." path] ["where" condition] ")" — rows of another table that refer
  /// to this row, aggregated: `count(attendance)`, `sum(attendance.hours where …)`.
  private mutating func parseRelatedValue(_ function: AggregateFunction) throws(Diagnostic) -> Expr
  {
    let start = current.span.start
    let word = function.rawValue
    advance()
    advance()
    try enterNesting()
    defer { leaveNesting() }
    let relatedStart = current.span.start
    let table = try parseTableName(after: "\(word)(")
    var value: Path?
    if accept(.dot) != nil {
      guard let text = current.name else {
        throw unexpected(expected: parserMessages.columnOfAfterDot(table.text))
      }
      let first = Name(text, span: advance().span)
      guard case .path(let path) = try parsePath(first: first).kind else {
        throw unexpected(expected: parserMessages.columnOf(table.text))
      }
      value = path
    }
    if function != .count, value == nil {
      throw Diagnostic.relatedNeedsColumn(word, table: table)
    }
    var filter: Expr?
    if accept(.where) != nil {
      filter = try parseCondition(after: "where")
    }
    let related = Related(
      table: table, filter: filter, function: function, value: value,
      span: span(from: relatedStart))
    _ = try expect(.rightParen, parserMessages.whereOrParenAfter(table.text))
    return Expr(.relatedCount(related), span: span(from: start))
  }

  /// call := NAME "(" value ")"   — `month(session.date)`
  private mutating func parseCall(function: Name) throws(Diagnostic) -> Expr {
    advance()
    try enterNesting()
    defer { leaveNesting() }
    let argument = try parseValue(after: "\(function.text)(")
    _ = try expect(.rightParen, parserMessages.parenAfterArgument(function.text))
    return Expr(
      .call(function: function, argument: argument), span: span(from: function.span.start))
  }

  /// path := NAME {"." NAME}
  private mutating func parsePath(first: Name) throws(Diagnostic) -> Expr {
    var parts = [first]
    while accept(.dot) != nil {
      guard let text = current.name else {
        throw unexpected(expected: parserMessages.columnNameAfterDot())
      }
      parts.append(Name(text, span: advance().span))
    }
    let span = first.span.union(parts[parts.count - 1].span)
    return Expr(.path(Path(parts, span: span)), span: span)
  }

  /// rhs := literal | bare word (a value) | "$" NAME | dotted path | call
  mutating func parseRightHandSide(after previous: String) throws(Diagnostic) -> Expr {
    let token = current
    if case .name(let text) = token.kind, !peek().isSymbol(.dot), !peek().isSymbol(.leftParen) {
      advance()
      return try parseArithmetic(on: Expr(.literal(.word(text)), span: token.span))
    }
    guard startsValue else {
      throw unexpected(
        expected: parserMessages.valueAfter(previous),
        hints: [commonMessages.forExample("micro, \"王\", 32, 2016-11-24")])
    }
    return try parseValue(after: previous)
  }

  /// Whether the current token can start a value.
  var startsValue: Bool {
    switch current.kind {
    case .name, .parameter: return true
    case .keyword(let keyword):
      return Keyword.metrics.contains(keyword) || Self.literal(of: current) != nil
    default: return Self.literal(of: current) != nil
    }
  }

  /// The literal a token spells, if it is one.
  static func literal(of token: Token) -> Literal? {
    switch token.kind {
    case .integer(let value): return .integer(value)
    case .decimal(let text): return .decimal(text)
    case .string(let text): return .string(text)
    case .date(let year, let month, let day): return .date(year: year, month: month, day: day)
    case .month(let year, let month): return .period(.month(year: year, month: month))
    case .quarter(let year, let quarter): return .period(.quarter(year: year, quarter: quarter))
    case .keyword(.true): return .boolean(true)
    case .keyword(.false): return .boolean(false)
    default: return nil
    }
  }
}
