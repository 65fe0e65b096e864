/// The parser's messages, declared next to the code that emits them (texts in
/// `ParserCatalog.swift`).
extension Parser {
  /// The token as the user wrote it, for messages: `'wehre'`, `end of line`.
  func describe(_ token: Token) -> Message {
    let m = parserMessages
    switch token.kind {
    case .end: return m.endOfInput()
    case .separator:
      return source[token.span.start] == UInt8(ascii: ";") ? m.quoted(";") : m.endOfLine()
    default:
      var text = String(decoding: source[token.span.start..<token.span.end], as: UTF8.self)
      if text.count > 24 { text = String(text.prefix(24)) + "…" }
      if case .string = token.kind { return Message(verbatim: text) }
      return m.quoted(text)
    }
  }

  /// "expected X, found Y" at the current token (or the lexer's own error there).
  func unexpected(expected: Message, hints: [Message] = [], keywords: [Keyword] = [])
    -> Diagnostic
  {
    if case .invalid(let diagnostic) = current.kind { return diagnostic }
    if let word = current.name, !keywords.isEmpty,
      let suggestion = Suggest.closest(to: word, among: keywords.map(\.rawValue))
    {
      return .unknownKeyword(word, suggestion: suggestion, at: current.span)
    }
    return .error(
      parserMessages.expected(describe(current), expected), at: current.span, notes: hints)
  }

  /// A `(` of a condition that is not closed where the condition ends.
  func unclosedParenthesis(openedAt offset: Int) -> Diagnostic {
    var diagnostic = unexpected(expected: parserMessages.closeParenthesis())
    if case .invalid = current.kind { return diagnostic }
    diagnostic.notes.append(parserMessages.stillOpen(snippet(from: offset)))
    return diagnostic
  }

  /// Up to 30 characters of the source line from `offset`, for quoting in hints.
  func snippet(from offset: Int) -> String {
    var end = offset
    while end < source.count, source[end] != UInt8(ascii: "\n") { end += 1 }
    let text = String(decoding: source[offset..<end], as: UTF8.self)
    return text.count > 30 ? String(text.prefix(30)) + "…" : text
  }

  /// Something is left over after a complete statement.
  func unexpectedAfterStatement() -> Diagnostic {
    if case .invalid(let diagnostic) = current.kind { return diagnostic }
    let m = parserMessages
    let found = describe(current)
    if let word = current.name {
      if let suggestion = Suggest.closest(to: word, among: Keyword.allCases.map(\.rawValue)) {
        return .unknownKeyword(word, suggestion: suggestion, at: current.span)
      }
      if index >= 3, let value = tokens[index - 1].name,
        tokens[index - 2].isSymbol(.equal), let column = tokens[index - 3].name
      {
        return .error(
          m.andOrEnd(found), at: current.span, notes: [m.severalValues(column, value, word)])
      }
      if case .symbol(let symbol) = peek().kind, symbol.compareOp != nil || symbol == .tilde {
        return .error(m.conditionWithoutWhere(found), at: current.span, notes: [m.startWithWhere()])
      }
    }
    if let keyword = current.keyword, [.and, .or, .not].contains(keyword) {
      return .error(m.nothingBefore(found), at: current.span, notes: [m.startWithWhere()])
    }
    return .error(m.endOfStatement(found), at: current.span, notes: [m.whatMayFollow()])
  }
}

extension Diagnostic {
  static func expectedStatement(at span: Span) -> Diagnostic {
    .error(
      parserMessages.expectedStatement(), at: span,
      notes: [commonMessages.forExample("count sessions")])
  }

  static func oneStatementOnly(at span: Span) -> Diagnostic {
    .error(parserMessages.oneStatementOnly(), at: span)
  }

  static func nestedTooDeeply(at span: Span) -> Diagnostic {
    .error(
      parserMessages.nestedTooDeeply(Parser.maxDepth), at: span,
      notes: [parserMessages.splitCondition()])
  }

  static func unknownStatement(_ word: String, at span: Span) -> Diagnostic {
    let starts = Keyword.statementStarts.map(\.rawValue)
    if let suggestion = Suggest.closest(to: word, among: starts) {
      return .unknownKeyword(word, suggestion: suggestion, at: span)
    }
    return .error(
      parserMessages.unknownStatement(word), at: span,
      notes: [parserMessages.statementStarts(), commonMessages.forExample("count \(word)")])
  }

  /// A misspelled keyword, with the keyword it is closest to.
  public static func unknownKeyword(_ word: String, suggestion: String, at span: Span) -> Diagnostic
  {
    .error(
      parserMessages.unknownKeyword(word), at: span,
      notes: [commonMessages.didYouMean(suggestion)])
  }

  /// `what`: `metricWord(…)`, `theMetrics()` or `theColumns()`.
  static func expectedOf(at token: Token, after what: Message, example: String) -> Diagnostic {
    if case .invalid(let diagnostic) = token.kind { return diagnostic }
    return .error(
      parserMessages.expectedOf(what), at: token.span,
      notes: [commonMessages.forExample(example)])
  }

  static func clauseOutOfOrder(_ keyword: Keyword, previous: Keyword?, at span: Span) -> Diagnostic
  {
    let m = parserMessages
    func spelled(_ keyword: Keyword) -> String { keyword == .order ? "order by" : keyword.rawValue }
    guard let previous else {
      return .error(m.onlyOneWhere(), at: span, notes: [m.joinWithAnd()])
    }
    if keyword == previous {
      return .error(
        m.clauseTwice(spelled(keyword)), at: span, notes: [m.severalItems(spelled(keyword))])
    }
    if keyword == .where {
      return .error(
        m.whereAfterTable(), at: span, notes: [m.moveBefore(spelled(previous)), m.theOrder()])
    }
    return .error(
      m.clauseOrder(spelled(keyword), spelled(previous)), at: span, notes: [m.theOrder()])
  }

  static func countOutOfRange(_ keyword: String, at span: Span) -> Diagnostic {
    .error(parserMessages.countOutOfRange(keyword), at: span)
  }

  static func dateAfterIn(at span: Span) -> Diagnostic {
    .error(parserMessages.dateAfterIn(), at: span, notes: [parserMessages.oneDay()])
  }

  static func listWithoutParentheses(at span: Span) -> Diagnostic {
    .error(
      parserMessages.listWithoutParentheses(), at: span,
      notes: [commonMessages.forExample("type in (micro, open)")])
  }

  static let periodHints = [
    commonMessages.forExample("in 2016, in 2016-11, in 2016-Q4, in $month, in (a, b)")
  ]

  static func relatedNeedsColumn(_ word: String, table: Name) -> Diagnostic {
    .error(
      parserMessages.relatedNeedsColumn(word), at: table.span,
      notes: [parserMessages.nameColumnAfterTable(word, table.text)])
  }
}
