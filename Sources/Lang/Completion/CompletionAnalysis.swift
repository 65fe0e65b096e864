/// Works out, from the tokens of the current statement before the cursor, what may come next.
struct CompletionAnalysis {
  /// Which spellings of the keywords to offer.
  enum KeywordForms {
    case english
    case chinese
    /// Both, with the Chinese synonyms (a typed prefix picks among them).
    case both
  }

  var tokens: [Token]
  let context: any CompletionContext
  var keywordForms: KeywordForms = .english
  /// The text before the cursor (UTF-8), which the tokens' spans index: the conditions typed
  /// so far are parsed from it.
  var text: [UInt8] = []

  static let buckets = ["day", "week", "month", "quarter", "year"]
  static let formats = OutputFormat.allCases.map(\.rawValue)
  static let conditionStarts: [Keyword] = [.not, .has, .no]

  func candidates() -> [CompletionCandidate] {
    guard let last = tokens.last else { return keywords(Keyword.statementStarts) }
    if let inLet = letCandidates() { return inLet }
    switch last.kind {
    case .symbol(.dot): return columns(of: tableOfPath(endingAt: tokens.count - 2))
    case .symbol(.equal) where namesAMeasure(at: tokens.count - 2):
      return keywords(Keyword.metrics)  // `lessons = |`
    case .symbol(.plus), .symbol(.minus), .symbol(.star), .symbol(.slash):
      return scopeColumns()
    case .symbol(let symbol) where symbol.compareOp != nil || symbol == .tilde:
      return values(ofPathEndingAt: tokens.count - 2)
    case .symbol(.leftParen): return afterLeftParen(at: tokens.count - 1)
    case .symbol(.comma): return afterComma()
    case .keyword(let keyword): return after(keyword)
    default: return afterValue()
    }
  }

  /// Whether the name at `index` names a measure: `lessons = …` at the start of a statement
  /// or after a comma of the measures.
  func namesAMeasure(at index: Int) -> Bool {
    guard tokens[safe: index]?.name != nil else { return false }
    let before = tokens[safe: index - 1]
    return before == nil || before?.keyword == .sql
      || (before?.isSymbol(.comma) == true && innermostOpenParen == nil
        && tokens.first.map { $0.keyword != .list && $0.keyword != .let } ?? false
        && !tokens.contains { $0.keyword == .of })
  }

  // MARK: - The statement's table

  /// The table whose columns a condition or key refers to here.
  var scopeTable: String? {
    if let related = innermostOpenParen, related > 0,
      [.has, .no, .count].contains(tokens[related - 1].keyword),
      let name = tokens[safe: related + 1]?.name
    {
      return name
    }
    return statementTable
  }

  /// The table after `of`, after `count`/`list`, or after `let x =`.
  var statementTable: String? {
    var start = 0
    if tokens.first?.keyword == .sql { start = 1 }
    if tokens.first?.keyword == .let {
      return tokens.firstIndex { $0.isSymbol(.equal) }.flatMap { tokens[safe: $0 + 1]?.name }
    }
    var depth = 0
    for (index, token) in tokens.enumerated() {
      if token.isSymbol(.leftParen) { depth += 1 }
      if token.isSymbol(.rightParen) { depth -= 1 }
      if depth == 0, token.keyword == .of { return tokens[safe: index + 1]?.name }
    }
    if [.count, .list].contains(tokens[safe: start]?.keyword),
      let name = tokens[safe: start + 1]?.name
    {
      let next = tokens[safe: start + 2]
      if next == nil
        || !(next!.isSymbol(.dot) || next!.isSymbol(.leftParen) || next!.isSymbol(.comma))
      {
        return name
      }
    }
    return nil
  }

  /// Index of the innermost `(` not yet closed.
  var innermostOpenParen: Int? {
    var stack: [Int] = []
    for (index, token) in tokens.enumerated() {
      if token.isSymbol(.leftParen) { stack.append(index) }
      if token.isSymbol(.rightParen) { _ = stack.popLast() }
    }
    return stack.last
  }

  /// The names of the dotted path ending at `end` (`member . org`), first to last.
  func path(endingAt end: Int) -> [String] {
    var parts: [String] = []
    var index = end
    while index >= 0, let name = tokens[index].name ?? metricWord(tokens[index]) {
      parts.insert(name, at: 0)
      guard index >= 2, tokens[index - 1].isSymbol(.dot) else { break }
      index -= 2
    }
    return parts
  }

  private func metricWord(_ token: Token) -> String? {
    guard let keyword = token.keyword, Keyword.metrics.contains(keyword) else { return nil }
    return keyword.rawValue
  }

  /// The table reached by following the reference path ending at `end` from the scope table.
  func tableOfPath(endingAt end: Int) -> String? {
    let parts = path(endingAt: end)
    guard var table = scopeTable, !parts.isEmpty else { return nil }
    for part in parts {
      guard let next = context.referencedTable(of: table, column: part) else { return nil }
      table = next
    }
    return table
  }

  // MARK: - Candidate lists

  func keywords(_ keywords: [Keyword]) -> [CompletionCandidate] {
    let english = keywords.map(\.rawValue)
    switch keywordForms {
    case .english: return words(english)
    case .chinese: return words(ChineseKeywords.words(offering: keywords, synonyms: false))
    case .both: return words(english + ChineseKeywords.words(offering: keywords, synonyms: true))
    }
  }

  func words(_ words: [String]) -> [CompletionCandidate] {
    words.map { CompletionCandidate(text: $0) }
  }

  /// Table, column and `let` names: inserted as a query must write them (`` `first name` ``
  /// in backquotes, as `Printer.name` does), listed and matched as they are.
  func names(_ names: [String]) -> [CompletionCandidate] {
    names.map { CompletionCandidate(text: Printer.name($0), display: $0) }
  }

  func tables() -> [CompletionCandidate] {
    names(context.tables() + context.letNames)
  }

  /// Inside `has (`, `count(` and the like: the tables with a reference to the statement's
  /// table (its related rows), and `let` names; every table when there is none.
  func relatedTables() -> [CompletionCandidate] {
    guard let outer = statementTable?.lowercased() else { return tables() }
    let related = context.tables().filter { t in
      context.columns(of: t).contains {
        context.referencedTable(of: t, column: $0)?.lowercased() == outer
      }
    }
    return related.isEmpty ? tables() : names(related + context.letNames)
  }

  func columns(of table: String?) -> [CompletionCandidate] {
    guard let table else { return [] }
    return names(context.columns(of: table))
  }

  /// Columns of the scope table, or of every table while the table is not known yet.
  func scopeColumns() -> [CompletionCandidate] {
    if let table = scopeTable { return columns(of: table) }
    return names(context.tables().flatMap { context.columns(of: $0) })
  }

  func values(ofPathEndingAt end: Int) -> [CompletionCandidate] {
    let parts = path(endingAt: end)
    guard let table = scopeTable, !parts.isEmpty else { return [] }
    let counted =
      if let source = conditionsSoFar(before: end - 2 * (parts.count - 1)) {
        context.values(of: table, column: parts, over: source)
      } else {
        context.values(of: table, column: parts)
      }
    return counted.map { value, count in
      CompletionCandidate(text: Self.written(value), display: "\(value) (\(count))")
    }
  }

  /// The statement's source with the conditions typed before the one starting at token
  /// `start`, when they all hold for the rows it is about: the condition follows a top-level
  /// `and` of the `where` (`type=微党课 and mode=|`), and what comes before parses as a
  /// statement whose condition is not an `or` (which `and` would bind into). Nil otherwise.
  func conditionsSoFar(before start: Int) -> Source? {
    guard start > 0, tokens[start - 1].keyword == .and, innermostOpenParen == nil,
      let first = tokens.first, first.span.end <= tokens[start - 1].span.start,
      tokens[start - 1].span.start <= text.count
    else { return nil }
    let prefix = String(
      decoding: text[first.span.start..<tokens[start - 1].span.start], as: UTF8.self)
    guard let statement = try? Parser.parseStatement(prefix) else { return nil }
    let source: Source
    switch statement.kind {
    case .query(let query), .sql(let query): source = query.source
    case .letBinding(_, let bound): source = bound
    default: return nil
    }
    guard let filter = source.filter, source.table.text == scopeTable else { return nil }
    if case .or = filter.kind { return nil }
    return source
  }

  /// A value as it must be typed: bare when it reads back as the same value, else quoted.
  static func written(_ value: String) -> String {
    if Lexer.isPlainName(value) { return value }
    let tokens = Lexer.tokenize(value)
    if tokens.count == 2, tokens[0].span == Span(0, value.utf8.count) {
      switch tokens[0].kind {
      case .integer, .decimal, .date, .month, .quarter: return value
      default: break
      }
    }
    return Printer.quoted(value)
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
