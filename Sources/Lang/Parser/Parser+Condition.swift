extension Parser {
  /// condition := or_expr
  mutating func parseCondition(after previous: String) throws(Diagnostic) -> Expr {
    guard startsCondition else {
      throw unexpected(
        expected: parserMessages.conditionAfter(previous),
        hints: [commonMessages.forExample("type = micro")])
    }
    return try parseOr()
  }

  /// or_expr := and_expr {"or" and_expr}
  mutating func parseOr() throws(Diagnostic) -> Expr {
    var terms = [try parseAnd()]
    while accept(.or) != nil { terms.append(try parseAndOperand(after: "or")) }
    return Expr.chain(terms, and: false)
  }

  /// and_expr := not_expr {"and" not_expr}
  mutating func parseAnd() throws(Diagnostic) -> Expr {
    var terms = [try parseNot()]
    while accept(.and) != nil { terms.append(try parseNotOperand(after: "and")) }
    return Expr.chain(terms, and: true)
  }

  private mutating func parseAndOperand(after previous: String) throws(Diagnostic) -> Expr {
    guard startsCondition else {
      throw unexpected(expected: parserMessages.conditionAfter(previous))
    }
    return try parseAnd()
  }

  private mutating func parseNotOperand(after previous: String) throws(Diagnostic) -> Expr {
    guard startsCondition else {
      throw unexpected(expected: parserMessages.conditionAfter(previous))
    }
    return try parseNot()
  }

  /// not_expr := "not" not_expr | predicate
  mutating func parseNot() throws(Diagnostic) -> Expr {
    guard let not = accept(.not) else { return try parsePredicate() }
    try enterNesting()
    defer { leaveNesting() }
    let operand = try parseNotOperand(after: "not")
    return Expr(.not(operand), span: not.span.union(operand.span))
  }

  /// predicate := "has" related | "no" related | "(" condition ")" | value [operator …]
  mutating func parsePredicate() throws(Diagnostic) -> Expr {
    let start = current.span.start
    if let keyword = accept(.has) ?? accept(.no) {
      let related = try parseRelated(after: keyword.keyword!.rawValue)
      return Expr(.hasRelated(related, negated: keyword.keyword == .no), span: span(from: start))
    }
    if at(.leftParen) {
      try enterNesting()
      defer { leaveNesting() }
      advance()
      let inner = try parseCondition(after: "(")
      guard accept(.rightParen) != nil else { throw unclosedParenthesis(openedAt: start) }
      return Expr(.group(inner), span: span(from: start))
    }
    let value = try parseValue(after: "where")
    return try parseOperator(on: value)
  }

  /// The part of a predicate after its left-hand value.
  private mutating func parseOperator(on value: Expr) throws(Diagnostic) -> Expr {
    let start = value.span.start
    if case .symbol(let symbol) = current.kind, let op = symbol.compareOp {
      advance()
      let right = try parseRightHandSide(after: symbol.rawValue)
      return Expr(.compare(op, value, right), span: span(from: start))
    }
    if accept(.tilde) != nil {
      let right = try parseRightHandSide(after: "~")
      return Expr(.contains(value, right), span: span(from: start))
    }
    var negated = false
    if at(.not) {
      guard peek().keyword == .in || peek().keyword == .between else {
        advance()
        throw unexpected(
          expected: parserMessages.inOrBetweenAfterNot(), keywords: [.in, .between])
      }
      advance()
      negated = true
    }
    if accept(.in) != nil {
      if accept(.leftParen) != nil {
        var items = [try parseRightHandSide(after: "(")]
        while accept(.comma) != nil {
          items.append(try parseRightHandSide(after: ","))
        }
        _ = try expect(.rightParen, parserMessages.commaOrParenInList())
        return Expr(.inList(value, items, negated: negated), span: span(from: start))
      }
      let period = try parsePeriod()
      return Expr(.inPeriod(value, period, negated: negated), span: span(from: start))
    }
    if accept(.between) != nil {
      let low = try parseRightHandSide(after: "between")
      guard accept(.and) != nil else {
        throw unexpected(expected: parserMessages.andAfterLow(), keywords: [.and])
      }
      let high = try parseRightHandSide(after: "and")
      return Expr(.between(value, low: low, high: high, negated: negated), span: span(from: start))
    }
    if accept(.is) != nil {
      let isNot = accept(.not) != nil
      guard accept(.empty) != nil else {
        throw unexpected(
          expected: isNot ? parserMessages.emptyAfterIsNot() : parserMessages.emptyAfterIs(),
          keywords: [.empty, .not])
      }
      return Expr(.isEmpty(value, negated: isNot), span: span(from: start))
    }
    return value
  }

  /// period_rhs := YEAR | MONTH | QUARTER | "$" NAME
  private mutating func parsePeriod() throws(Diagnostic) -> Expr {
    let token = current
    switch token.kind {
    case .integer(let year) where writtenDigits(token) == 4 && year >= 1:
      advance()
      return Expr(.literal(.period(.year(Int(year)))), span: token.span)
    case .month(let year, let month):
      advance()
      return Expr(.literal(.period(.month(year: year, month: month))), span: token.span)
    case .quarter(let year, let quarter):
      advance()
      return Expr(.literal(.period(.quarter(year: year, quarter: quarter))), span: token.span)
    case .parameter(let name):
      advance()
      return Expr(.parameter(name), span: token.span)
    case .date:
      throw Diagnostic.dateAfterIn(at: token.span)
    case .name, .string:
      throw Diagnostic.listWithoutParentheses(at: token.span)
    default:
      throw unexpected(expected: parserMessages.periodAfterIn(), hints: Diagnostic.periodHints)
    }
  }

  /// related := NAME | "(" NAME "where" condition ")"
  mutating func parseRelated(after previous: String) throws(Diagnostic) -> Related {
    let start = current.span.start
    if accept(.leftParen) != nil {
      try enterNesting()
      defer { leaveNesting() }
      let table = try parseTableName(after: "(")
      var filter: Expr?
      if accept(.where) != nil {
        filter = try parseCondition(after: "where")
      }
      _ = try expect(.rightParen, parserMessages.whereOrParenAfter(table.text))
      return Related(table: table, filter: filter, span: span(from: start))
    }
    let table = try parseTableName(after: previous)
    return Related(table: table, filter: nil, span: table.span)
  }

  /// How many characters a number token was written with (`２０１６` is four, as `2016`).
  private func writtenDigits(_ token: Token) -> Int {
    String(decoding: source[token.span.start..<token.span.end], as: UTF8.self).unicodeScalars.count
  }

  /// Whether the current token can start a condition.
  var startsCondition: Bool {
    switch current.kind {
    case .keyword(.not), .keyword(.has), .keyword(.no), .symbol(.leftParen): return true
    default: return startsValue
    }
  }
}
