extension Parser {
  /// query := aggregate | list
  mutating func parseQuery() throws(Diagnostic) -> Query {
    if at(.list) { return try parseList() }
    return try parseAggregate()
  }

  /// aggregate := metric {"," metric} ("of" source | table-right-after-plain-count) clauses
  mutating func parseAggregate() throws(Diagnostic) -> Query {
    let first = current
    let start = first.span.start
    var metrics = [try parseMetric()]
    while accept(.comma) != nil {
      metrics.append(try parseMetric())
    }
    let source: Source
    if accept(.of) != nil {
      source = try parseSource(after: "of")
    } else if metrics.count == 1, let table = Self.plainCountTable(metrics[0]) {
      // `count sessions …`: the "argument" was the table.
      metrics[0] = Metric(function: .count, argument: nil, name: metrics[0].name, span: first.span)
      source = try parseSourceRest(table: table)
    } else if metrics.count == 1, metrics[0].function == .count, metrics[0].argument == nil {
      throw unexpected(
        expected: parserMessages.tableAfter("count"),
        hints: [commonMessages.forExample("count sessions")])
    } else {
      throw Diagnostic.expectedOf(
        at: current,
        after: metrics.count == 1
          ? parserMessages.metricWord(metrics[0].function.rawValue) : parserMessages.theMetrics(),
        example: "sum hours of attendance")
    }
    var query = Query(kind: .aggregate(metrics), source: source, span: .at(start))
    try parseClauses(into: &query)
    query.span = span(from: start)
    return query
  }

  /// The table of `count sessions`, where the parser first read `sessions` as count's argument.
  private static func plainCountTable(_ metric: Metric) -> Name? {
    guard metric.function == .count, metric.filter == nil, metric.formula == nil,
      let argument = metric.argument,
      case .path(let path) = argument.kind, path.parts.count == 1
    else { return nil }
    return path.parts[0]
  }

  /// metric := [NAME "="] measure
  /// measure := "count" | "count" "distinct" value | function value | "rate" condition
  ///          | function "(" [value] "where" condition ")"   — filtered: `count(where type = micro)`
  mutating func parseMetric() throws(Diagnostic) -> Metric {
    let start = current.span.start
    var name: Name?
    if let word = current.name, peek().isSymbol(.equal) {
      name = Name(word, span: advance().span)
      advance()
    }
    var metric = try parseMeasureInFormula()
    if arithmeticOp != nil {
      let formula = try parseFormula(on: .measure(metric))
      metric.formula = formula
    }
    metric.name = name
    metric.span = span(from: start)
    return metric
  }

  /// A measure whose value stops before `+ - * /` and a measure word.
  private mutating func parseMeasureInFormula() throws(Diagnostic) -> Metric {
    let outer = inMeasure
    inMeasure = true
    defer { inMeasure = outer }
    return try parseMeasure()
  }

  /// formula := product {("+" | "-") product};  product := operand {("*" | "/") operand}
  /// operand := measure | number — measures combined: `sum(hours where …) / sum hours`.
  private mutating func parseFormula(on first: Formula) throws(Diagnostic) -> Formula {
    var left = try parseFormulaProduct(on: first)
    var links = 0
    defer { for _ in 0..<links { leaveNesting() } }
    while let op = arithmeticOp, !op.isProduct {
      try enterNesting()
      links += 1
      advance()
      let right = try parseFormulaProduct(on: try parseFormulaOperand())
      left = .arithmetic(op, left, right)
    }
    return left
  }

  private mutating func parseFormulaProduct(on first: Formula) throws(Diagnostic) -> Formula {
    var left = first
    var links = 0
    defer { for _ in 0..<links { leaveNesting() } }
    while let op = arithmeticOp, op.isProduct {
      try enterNesting()
      links += 1
      advance()
      left = .arithmetic(op, left, try parseFormulaOperand())
    }
    return left
  }

  private mutating func parseFormulaOperand() throws(Diagnostic) -> Formula {
    switch current.kind {
    case .integer(let n):
      advance()
      return .number(.integer(n))
    case .decimal(let text):
      advance()
      return .number(.decimal(text))
    default:
      return .measure(try parseMeasureInFormula())
    }
  }

  private mutating func parseMeasure() throws(Diagnostic) -> Metric {
    let start = current.span.start
    guard let keyword = current.keyword, Keyword.metrics.contains(keyword) else {
      if let hint = keywordRunIntoWord(offering: Keyword.metrics) { throw hint }
      if let word = current.name,
        let keyword = Suggest.closest(
          to: word, among: Keyword.metrics.map(\.rawValue))
      {
        throw Diagnostic.unknownKeyword(word, suggestion: keyword, at: current.span)
      }
      throw unexpected(
        expected: parserMessages.metricAfterComma(), hints: [parserMessages.metricsAre()])
    }
    advance()
    if keyword != .rate, at(.leftParen) {
      return try parseFilteredMeasure(keyword, distinct: false, start: start)
    }
    switch keyword {
    case .count:
      if accept(.distinct) != nil {
        if at(.leftParen) { return try parseFilteredMeasure(.count, distinct: true, start: start) }
        guard startsValue else {
          throw unexpected(
            expected: parserMessages.columnAfter("count distinct"),
            hints: [commonMessages.forExample("count distinct member of attendance")])
        }
        let argument = try parseValue(after: "count distinct")
        return Metric(function: .countDistinct, argument: argument, span: span(from: start))
      }
      guard startsValue else {
        return Metric(function: .count, argument: nil, span: span(from: start))
      }
      let argument = try parseValue(after: "count")
      return Metric(function: .count, argument: argument, span: span(from: start))
    case .rate:
      let condition = try parseCondition(after: "rate")
      return Metric(function: .rate, argument: condition, span: span(from: start))
    default:
      let function = AggregateFunction(rawValue: keyword.rawValue)!
      guard startsValue else {
        throw unexpected(
          expected: parserMessages.columnAfter(keyword.rawValue),
          hints: [parserMessages.nameTheColumn(keyword.rawValue)])
      }
      let argument = try parseValue(after: keyword.rawValue)
      return Metric(function: function, argument: argument, span: span(from: start))
    }
  }

  /// function "(" [value] ["where" condition] ")" [arithmetic] — at the "(": a measure of the
  /// statement's own rows, filtered (`sum(hours where mode = online)`, `count(where …)`); with
  /// no `where`, the parentheses only group its value (`avg (2016 - born) / 2`).
  private mutating func parseFilteredMeasure(
    _ keyword: Keyword, distinct: Bool, start: Int
  ) throws(Diagnostic) -> Metric {
    let function: AggregateFunction =
      distinct ? .countDistinct : AggregateFunction(rawValue: keyword.rawValue)!
    let word = function.rawValue
    let open = advance()
    try enterNesting()
    let outer = inMeasure
    inMeasure = false
    defer {
      leaveNesting()
      inMeasure = outer
    }
    var argument: Expr?
    if !at(.where) {
      argument = try parseValue(after: word + "(")
    } else if function != .count {
      throw unexpected(
        expected: parserMessages.columnAfter(word + "("),
        hints: [commonMessages.forExample("\(word)(hours where session.mode = online)")])
    }
    var filter: Expr?
    if accept(.where) != nil {
      filter = try parseCondition(after: "where")
    }
    _ = try expect(
      .rightParen,
      argument.map { parserMessages.whereOrParenAfter(Printer.print($0)) }
        ?? parserMessages.closingParen())
    if filter == nil, let inner = argument {
      let group = Expr(.group(inner), span: span(from: open.span.start))
      inMeasure = outer
      argument = try parseArithmetic(on: group)
    }
    return Metric(function: function, argument: argument, filter: filter, span: span(from: start))
  }

  /// list := "list" [ value {"," value} "of" ] source clauses
  mutating func parseList() throws(Diagnostic) -> Query {
    let start = advance().span.start
    guard startsValue else {
      throw unexpected(
        expected: parserMessages.tableAfter("list"),
        hints: [commonMessages.forExample("list sessions")])
    }
    var fields = [try parseValue(after: "list")]
    while accept(.comma) != nil {
      fields.append(try parseValue(after: ","))
    }
    let source: Source
    if accept(.of) != nil {
      source = try parseSource(after: "of")
    } else if fields.count == 1, case .path(let path) = fields[0].kind, path.parts.count == 1 {
      source = try parseSourceRest(table: path.parts[0])
      fields = []
    } else {
      throw Diagnostic.expectedOf(
        at: current, after: parserMessages.theColumns(), example: "list date, title of sessions")
    }
    var query = Query(kind: .list(fields), source: source, span: .at(start))
    try parseClauses(into: &query)
    query.span = span(from: start)
    return query
  }

  /// source := NAME [ "where" condition ]
  mutating func parseSource(after previous: String) throws(Diagnostic) -> Source {
    let table = try parseTableName(after: previous)
    return try parseSourceRest(table: table)
  }

  /// The `where` part of a source whose table was already read.
  mutating func parseSourceRest(table: Name) throws(Diagnostic) -> Source {
    var filter: Expr?
    if accept(.where) != nil {
      filter = try parseCondition(after: "where")
    }
    return Source(table: table, filter: filter, span: span(from: table.span.start))
  }

  /// clauses := [by] [across] [with] [having] [order by] [limit] [top] [as] — in this order.
  mutating func parseClauses(into query: inout Query) throws(Diagnostic) {
    var nextAllowed = 0
    var previous: Keyword?
    while let keyword = current.keyword,
      let position = Keyword.clauses.firstIndex(of: keyword) ?? (keyword == .where ? -1 : nil)
    {
      guard position >= nextAllowed else {
        throw Diagnostic.clauseOutOfOrder(keyword, previous: previous, at: current.span)
      }
      nextAllowed = position + 1
      previous = keyword
      advance()
      switch keyword {
      case .by:
        query.groups = try parseValueList(after: "by")
      case .across:
        query.across = try parseValue(after: "across")
      case .with:
        query.compare = try parseCompareItems()
      case .having:
        query.having = try parseCondition(after: "having")
      case .order:
        guard accept(.by) != nil else {
          throw unexpected(expected: parserMessages.byAfterOrder(), keywords: [.by])
        }
        query.order = try parseOrderItems()
      case .limit:
        query.limit = try parseCount(after: "limit")
      case .top:
        query.top = try parseCount(after: "top")
      default:
        guard let format = current.name else {
          throw unexpected(
            expected: parserMessages.formatAfterAs(),
            hints: [
              parserMessages.formatsAre(
                OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
            ])
        }
        query.format = Name(format, span: advance().span)
      }
    }
  }

  mutating func parseValueList(after previous: String) throws(Diagnostic) -> [Expr] {
    var values = [try parseValue(after: previous)]
    while accept(.comma) != nil {
      values.append(try parseValue(after: ","))
    }
    return values
  }

  mutating func parseOrderItems() throws(Diagnostic) -> [OrderItem] {
    var items: [OrderItem] = []
    repeat {
      let key = try parseValue(after: items.isEmpty ? "order by" : ",")
      var descending = false
      var explicit = false
      // `bytes` is a word only here: text in byte order instead of pinyin order.
      let bytes = acceptWord("bytes")
      if accept(.desc) != nil {
        descending = true
        explicit = true
      } else if accept(.asc) != nil {
        explicit = true
      }
      items.append(
        OrderItem(
          key: key, descending: descending, explicitDirection: explicit, bytes: bytes,
          span: span(from: key.span.start)))
    } while accept(.comma) != nil
    return items
  }

  /// A positive whole number after `limit` or `top`.
  mutating func parseCount(after previous: String) throws(Diagnostic) -> Int {
    guard case .integer(let value) = current.kind else {
      throw unexpected(
        expected: parserMessages.wholeNumberAfter(previous),
        hints: [commonMessages.forExample("\(previous) 10")])
    }
    guard value > 0, value <= Int64(Int32.max) else {
      throw Diagnostic.countOutOfRange(previous, at: current.span)
    }
    advance()
    return Int(value)
  }
}
