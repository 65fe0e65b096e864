/// The parser's messages, declared next to the code that emits them.
extension Parser {
  /// The text of a token as the user wrote it, for messages: `'wehre'`, `end of line`.
  func describe(_ token: Token) -> String {
    switch token.kind {
    case .end: return "end of input"
    case .separator:
      return source[token.span.start] == UInt8(ascii: ";") ? "';'" : "end of line"
    default:
      var text = String(decoding: source[token.span.start..<token.span.end], as: UTF8.self)
      if text.count > 24 { text = String(text.prefix(24)) + "…" }
      if case .string = token.kind { return text }
      return "'\(text)'"
    }
  }

  /// "expected X, found Y" at the current token (or the lexer's own error there).
  func unexpected(expected: String, hints: [String] = [], keywords: [Keyword] = []) -> Diagnostic {
    if case .invalid(let diagnostic) = current.kind { return diagnostic }
    if let word = current.name, !keywords.isEmpty,
      let suggestion = Suggest.closest(to: word, among: keywords.map(\.rawValue))
    {
      return .unknownKeyword(word, suggestion: suggestion, at: current.span)
    }
    return .error(
      "expected \(expected), found \(describe(current))", at: current.span, hints: hints)
  }

  /// A `(` of a condition that is not closed where the condition ends.
  func unclosedParenthesis(openedAt offset: Int) -> Diagnostic {
    var diagnostic = unexpected(expected: "')' to close the '('")
    if case .invalid = current.kind { return diagnostic }
    diagnostic.notes.append(Message(verbatim: "this '(' is still open: \(snippet(from: offset))"))
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
    let found = describe(current)
    if let word = current.name {
      if let suggestion = Suggest.closest(to: word, among: Keyword.allCases.map(\.rawValue)) {
        return .unknownKeyword(word, suggestion: suggestion, at: current.span)
      }
      if index >= 3, let value = tokens[index - 1].name,
        tokens[index - 2].isSymbol(.equal), let column = tokens[index - 3].name
      {
        return .error(
          "expected 'and', 'or' or the end of the statement, found \(found)", at: current.span,
          hints: ["to allow several values write: \(column) in (\(value), \(word))"])
      }
      if case .symbol(let symbol) = peek().kind, symbol.compareOp != nil || symbol == .tilde {
        return .error(
          "unexpected condition \(found)", at: current.span,
          hints: ["start a condition with 'where', as in: count sessions where type = micro"])
      }
    }
    if let keyword = current.keyword, [.and, .or, .not].contains(keyword) {
      return .error(
        "unexpected \(found): there is no condition before it", at: current.span,
        hints: ["start a condition with 'where', as in: count sessions where type = micro"])
    }
    return .error(
      "expected the end of the statement, found \(found)", at: current.span,
      hints: ["what may follow here: where, by, across, having, order by, limit, top, as"])
  }
}

extension Diagnostic {
  static func expectedStatement(at span: Span) -> Diagnostic {
    .error("expected a statement", at: span, hints: ["for example: count sessions"])
  }

  static func oneStatementOnly(at span: Span) -> Diagnostic {
    .error("expected one statement, found a second one", at: span)
  }

  static func nestedTooDeeply(at span: Span) -> Diagnostic {
    .error(
      "nested too deeply (more than \(Parser.maxDepth) levels)", at: span,
      hints: ["split the condition up or drop some parentheses"])
  }

  static func unknownStatement(_ word: String, at span: Span) -> Diagnostic {
    let starts = Keyword.statementStarts.map(\.rawValue)
    if let suggestion = Suggest.closest(to: word, among: starts) {
      return .unknownKeyword(word, suggestion: suggestion, at: span)
    }
    return .error(
      "a statement cannot start with '\(word)'", at: span,
      hints: [
        "start with count, sum, avg, min, max, median, rate, list, let, show, describe or sql",
        "for example: count \(word)",
      ])
  }

  /// A misspelled keyword, with the keyword it is closest to.
  public static func unknownKeyword(_ word: String, suggestion: String, at span: Span) -> Diagnostic
  {
    .error("unknown keyword '\(word)'", at: span, hints: ["did you mean '\(suggestion)'?"])
  }

  static func expectedOf(at token: Token, after what: String, example: String) -> Diagnostic {
    if case .invalid(let diagnostic) = token.kind { return diagnostic }
    return .error(
      "expected 'of' and a table after \(what)", at: token.span, hints: ["for example: \(example)"])
  }

  static func clauseOutOfOrder(_ keyword: Keyword, previous: Keyword?, at span: Span) -> Diagnostic
  {
    let order = "clauses go in this order: where, by, across, having, order by, limit, top, as"
    func spelled(_ keyword: Keyword) -> String { keyword == .order ? "order by" : keyword.rawValue }
    guard let previous else {
      return .error(
        "only one 'where' is allowed", at: span,
        hints: ["join conditions with 'and': where type = micro and date in 2016"])
    }
    if keyword == previous {
      return .error(
        "'\(spelled(keyword))' appears twice", at: span,
        hints: ["give several items after one '\(spelled(keyword))', separated by ','"])
    }
    if keyword == .where {
      return .error(
        "'where' must come right after the table name", at: span,
        hints: ["move it before '\(spelled(previous))'", order])
    }
    return .error(
      "'\(spelled(keyword))' must come before '\(spelled(previous))'", at: span, hints: [order])
  }

  static func countOutOfRange(_ keyword: String, at span: Span) -> Diagnostic {
    .error("'\(keyword)' needs a whole number from 1 up", at: span)
  }

  static func dateAfterIn(at span: Span) -> Diagnostic {
    .error(
      "'in' needs a period, not a single day", at: span,
      hints: ["use '=' for one day (date = 2016-11-24), or a month: in 2016-11"])
  }

  static func listWithoutParentheses(at span: Span) -> Diagnostic {
    .error(
      "a list after 'in' must be in parentheses", at: span,
      hints: ["for example: type in (micro, open)"])
  }

  static let periodHints = ["for example: in 2016, in 2016-11, in 2016-Q4, in $month, in (a, b)"]

  static func relatedNeedsColumn(_ word: String, table: Name) -> Diagnostic {
    .error(
      "\(word)(…) of related rows needs a column to \(word)", at: table.span,
      hints: ["name it after the table: \(word)(\(table.text).hours)"])
  }
}
