extension CompletionAnalysis {
  /// What may follow a keyword.
  func after(_ keyword: Keyword) -> [CompletionCandidate] {
    if Keyword.metrics.contains(keyword), let clause = governingKeyword(before: tokens.count - 1),
      !Keyword.metrics.contains(clause), clause != .list
    {
      return afterValue()  // `order by count`, `having sum`: an output column
    }
    if Keyword.columnMetrics.contains(keyword) { return scopeColumns() }
    switch keyword {
    case .count:
      if tokens.count == 1 || (tokens.count == 2 && tokens[0].keyword == .sql) {
        return tables() + keywords([.distinct])
      }
      return scopeColumns()
    case .distinct: return scopeColumns()
    case .rate: return scopeColumns() + keywords(Self.conditionStarts)
    case .list, .of, .describe, .has, .no: return tables()
    case .show: return keywords([.tables])
    case .sql: return keywords(Keyword.metrics + [.list])
    case .where, .and, .or, .not: return scopeColumns() + keywords(Self.conditionStarts)
    case .having: return keywords(Keyword.metrics) + scopeColumns()
    case .by:
      if tokens.count >= 2, tokens[tokens.count - 2].keyword == .order {
        return keywords(Keyword.metrics) + scopeColumns()
      }
      return scopeColumns() + words(Self.buckets)
    case .across: return scopeColumns() + words(Self.buckets)
    case .with: return keywords(Keyword.comparisons)
    case .change, .yoy, .share: return clauseKeywords(after: .with)
    case .order: return keywords([.by])
    case .as: return words(Self.formats)
    case .is: return keywords([.empty, .not])
    case .asc, .desc: return clauseKeywords(after: .order)
    default: return []
    }
  }

  /// After `(`: values of an `in` list, a related table, a call argument, or a condition.
  func afterLeftParen(at index: Int) -> [CompletionCandidate] {
    let before = tokens[safe: index - 1]
    let measures = Set(Keyword.columnMetrics + [.count, .distinct])
    if let keyword = before?.keyword, measures.contains(keyword), isMeasure(at: index - 1) {
      return scopeColumns() + keywords([.where])  // `count(where …)`, `sum(hours where …)`
    }
    if let keyword = before?.keyword, Parser.relatedFunctions[keyword] != nil {
      return relatedTables()
    }
    switch before?.keyword {
    case .in: return values(ofPathEndingAt: inSubjectEnd(inAt: index - 1))
    case .has, .no: return relatedTables()
    default:
      if before?.name != nil { return scopeColumns() }
      return scopeColumns() + keywords(Self.conditionStarts)
    }
  }

  /// Whether the metric word at `index` is a measure of the statement (not a value inside
  /// one): it starts the statement or follows `sql`, `,` of the measures, `name =` or `distinct`.
  func isMeasure(at index: Int) -> Bool {
    guard index >= 0, !tokens[..<index].contains(where: { $0.keyword == .of }) else {
      return false
    }
    let before = tokens[safe: index - 1]
    if before == nil || before?.keyword == .sql || before?.keyword == .count { return true }
    if before?.isSymbol(.equal) == true { return namesAMeasure(at: index - 2) }
    return before?.isSymbol(.comma) == true && innermostOpenParen.map { $0 < index } != true
      && tokens.first?.keyword != .list
  }

  /// The index of the last token of the value before `in` (skipping `not`).
  func inSubjectEnd(inAt index: Int) -> Int {
    tokens[safe: index - 1]?.keyword == .not ? index - 2 : index - 1
  }

  /// After `,`: the next item of an `in` list, of the keys, or of the metrics.
  func afterComma() -> [CompletionCandidate] {
    if let open = innermostOpenParen, tokens[safe: open - 1]?.keyword == .in {
      return values(ofPathEndingAt: inSubjectEnd(inAt: open - 1))
    }
    var depth = 0
    for token in tokens.reversed() {
      if token.isSymbol(.rightParen) { depth += 1 }
      if token.isSymbol(.leftParen) { depth -= 1 }
      guard depth == 0, let keyword = token.keyword else { continue }
      switch keyword {
      case .by, .across: return scopeColumns() + words(Self.buckets)
      case .with: return keywords(Keyword.comparisons)
      case .list: return scopeColumns()
      case _ where Keyword.metrics.contains(keyword): return keywords(Keyword.metrics)
      default: continue
      }
    }
    return []
  }

  /// After a complete name, value or `)`: operators, `and`/`or`, or the next clauses.
  func afterValue() -> [CompletionCandidate] {
    let index = tokens.count - 1
    let last = tokens[index]
    if let name = last.name, statementTable == name, isTablePosition(index) {
      return clauseKeywords(after: nil)
    }
    if last.name != nil, isTablePosition(index) {
      return keywords([.of])
    }
    let end = last.isSymbol(.rightParen) ? tokens.count : tokens.count - 1
    guard let clause = governingKeyword(before: end) else { return clauseKeywords(after: nil) }
    switch clause {
    case .where, .and, .or, .not, .having:
      if last.name != nil, startsPredicate(at: index - 1) {
        return keywords([.in, .not, .between, .is])
      }
      return keywords([.and, .or]) + clauseKeywords(after: clause == .having ? .having : .where)
    case .order:
      return keywords([.asc, .desc]) + clauseKeywords(after: .order)
    case .by, .across, .limit, .top, .as:
      return clauseKeywords(after: clause)
    case _ where Keyword.metrics.contains(clause):
      return keywords([.of])
    default:
      return clauseKeywords(after: nil)
    }
  }

  /// Whether the name at `index` sits where a table name goes (after count/list/of/let =).
  private func isTablePosition(_ index: Int) -> Bool {
    guard let before = tokens[safe: index - 1] else { return false }
    if before.keyword == .of { return true }
    if before.isSymbol(.equal), tokens.first?.keyword == .let, index == 3 { return true }
    let statementStart = tokens.first?.keyword == .sql ? 1 : 0
    return index == statementStart + 1 && [.count, .list].contains(before.keyword)
  }

  /// Whether a predicate starts after the token at `index` (so the next token is its value).
  private func startsPredicate(at index: Int) -> Bool {
    guard let token = tokens[safe: index] else { return false }
    if token.isSymbol(.leftParen) { return true }
    return [.where, .and, .or, .not, .having].contains(token.keyword)
  }

  /// The nearest clause or condition keyword before the cursor, outside parentheses
  /// (`order` for `order by`; `where` when the cursor is inside a parenthesised condition).
  private func governingKeyword(before end: Int) -> Keyword? {
    let clauses: Set<Keyword> = [
      .where, .and, .or, .not, .by, .across, .having, .order, .limit, .top, .as,
    ]
    var depth = 0
    for index in tokens[..<end].indices.reversed() {
      let token = tokens[index]
      if token.isSymbol(.rightParen) { depth += 1 }
      if token.isSymbol(.leftParen) { depth -= 1 }
      guard depth <= 0, let keyword = token.keyword else { continue }
      guard clauses.contains(keyword) || Keyword.metrics.contains(keyword) || keyword == .list
      else { continue }
      if depth < 0 { return .where }
      if keyword == .by, tokens[safe: index - 1]?.keyword == .order { return .order }
      return keyword
    }
    return nil
  }

  /// The clause keywords that may still come after `clause` (all of them for nil).
  func clauseKeywords(after clause: Keyword?) -> [CompletionCandidate] {
    let all: [Keyword] = [.where] + Keyword.clauses
    guard let clause, let position = all.firstIndex(of: clause) else { return keywords(all) }
    return keywords(Array(all[(position + 1)...]))
  }
}
