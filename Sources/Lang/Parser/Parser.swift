/// Recursive-descent parser: text → statements. Methods are named after grammar rules.
///
/// Every loop consumes at least one token per turn; nesting deeper than `maxDepth` is an
/// error, not a stack overflow. After an error the parser skips to the next statement
/// separator, so each mistake is reported once.
public struct Parser {
  /// How deeply conditions and calls may nest.
  public static let maxDepth = 200

  let tokens: [Token]
  /// The UTF-8 bytes of the text, to quote tokens in messages.
  let source: [UInt8]
  /// Strict-mode notes from the lexer.
  let notes: [Diagnostic]
  var index = 0
  var depth = 0
  /// Whether a measure's value is being read: there `+ - * /` before a measure word ends
  /// the value and combines two measures (`sum hours / count`).
  var inMeasure = false

  init(_ text: String, options: ParseOptions = ParseOptions()) {
    let lexer = Lexer(text, strict: options.strict)
    tokens = lexer.tokens
    notes = lexer.notes
    source = Array(text.utf8)
  }

  // MARK: - Public entry points

  /// Parses a whole script (or REPL input): every statement, with one diagnostic per mistake.
  public static func parse(_ source: String, options: ParseOptions = ParseOptions()) -> ParseResult
  {
    var parser = Parser(source, options: options)
    return parser.parseScript()
  }

  /// Parses exactly one statement; throws the first error.
  public static func parseStatement(_ source: String) throws(Diagnostic) -> Statement {
    let result = parse(source)
    if let first = result.diagnostics.first { throw first }
    guard let statement = result.statements.first else {
      throw Diagnostic.expectedStatement(at: .at(0))
    }
    if result.statements.count > 1 {
      throw Diagnostic.oneStatementOnly(at: result.statements[1].span)
    }
    return statement
  }

  /// Parses one value as written on the right of `=` (for `--set month=2016-11`).
  public static func parseValue(_ source: String) throws(Diagnostic) -> Expr {
    var parser = Parser(source)
    let value = try parser.parseRightHandSide(after: "=")
    guard parser.current.kind == .end else {
      throw parser.unexpected(expected: parserMessages.endOfValue())
    }
    return value
  }

  // MARK: - Token access

  var current: Token { tokens[index] }

  func peek(_ distance: Int = 1) -> Token {
    tokens[Swift.min(index + distance, tokens.count - 1)]
  }

  /// Consumes the current token (never moves past `.end`).
  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  func at(_ keyword: Keyword) -> Bool { current.keyword == keyword }

  func at(_ symbol: Symbol) -> Bool { current.isSymbol(symbol) }

  mutating func accept(_ keyword: Keyword) -> Token? {
    at(keyword) ? advance() : nil
  }

  mutating func accept(_ symbol: Symbol) -> Token? {
    at(symbol) ? advance() : nil
  }

  /// Takes a name that is a word only in one place (`bytes` after an order key), any case.
  mutating func acceptWord(_ word: String) -> Bool {
    guard case .name(let text) = current.kind, text.lowercased() == word else { return false }
    advance()
    return true
  }

  mutating func expect(_ symbol: Symbol, _ expected: Message) throws(Diagnostic) -> Token {
    guard at(symbol) else { throw unexpected(expected: expected) }
    return advance()
  }

  /// The end offset of the last consumed token.
  var previousEnd: Int {
    index == 0 ? 0 : tokens[index - 1].span.end
  }

  /// A span from `start` to the end of the last consumed token.
  func span(from start: Int) -> Span {
    Span(start, Swift.max(start, previousEnd))
  }

  mutating func enterNesting() throws(Diagnostic) {
    depth += 1
    if depth > Self.maxDepth { throw Diagnostic.nestedTooDeeply(at: current.span) }
  }

  mutating func leaveNesting() {
    depth -= 1
  }

  // MARK: - Script and statements

  mutating func parseScript() -> ParseResult {
    var statements: [Statement] = []
    var diagnostics: [Diagnostic] = []
    while current.kind != .end {
      if current.kind == .separator {
        advance()
        continue
      }
      let before = index
      do throws(Diagnostic) {
        let statement = try parseStatement()
        guard current.endsStatement else {
          throw keywordRunIntoWord(
            offering: Keyword.clauses + [.where, .and, .or, .asc, .desc, .in, .between, .is])
            ?? unexpectedAfterStatement()
        }
        statements.append(statement)
      } catch {
        diagnostics.append(error)
        depth = 0
        while !current.endsStatement { advance() }
      }
      if index == before, current.kind != .end { advance() }
    }
    return ParseResult(statements: statements, diagnostics: diagnostics, notes: notes)
  }

  mutating func parseStatement() throws(Diagnostic) -> Statement {
    let start = current.span.start
    if startsNamedMeasure {
      let query = try parseQuery()
      return Statement(.query(query), span: span(from: start))
    }
    switch current.kind {
    case .keyword(.let):
      advance()
      guard let name = current.name else {
        throw unexpected(
          expected: parserMessages.nameAfterLet(),
          hints: [commonMessages.forExample("let recent = sessions")])
      }
      let nameToken = advance()
      _ = try expect(.equal, parserMessages.equalsAfterLet(name))
      return try parseLetBody(Name(name, span: nameToken.span), start: start)
    case .keyword(.show):
      advance()
      guard accept(.tables) != nil else {
        throw unexpected(expected: parserMessages.tablesAfterShow(), keywords: [.tables])
      }
      return Statement(.showTables, span: span(from: start))
    case .keyword(.describe):
      advance()
      let name = try parseTableName(after: "describe")
      return Statement(.describe(name), span: span(from: start))
    case .keyword(.sql):
      return try parseSQLStatement(start: start)
    case .keyword(let keyword) where Keyword.metrics.contains(keyword) || keyword == .list:
      let query = try parseQuery()
      return Statement(.query(query), span: span(from: start))
    case .name(let word) where word.lowercased() == "select":
      throw pastedSQL()
    case .name(let word):
      throw keywordRunIntoWord(offering: Keyword.statementStarts)
        ?? Diagnostic.unknownStatement(word, at: current.span)
    default:
      throw unexpected(expected: parserMessages.aStatement())
    }
  }

  /// A SQL query at `SELECT`: all of it, up to a `;` or the end of the text (it may span
  /// lines), is read, and the error shows its Dangke twin when it is simple.
  private mutating func pastedSQL() -> Diagnostic {
    let select = current.span
    var end = select.end
    var quote: UInt8? = nil
    while end < source.count {
      let byte = source[end]
      if let q = quote {
        if byte == q { quote = nil }
      } else if byte == 0x27 || byte == 0x22 {
        quote = byte
      } else if byte == 0x3B {
        break
      }
      end += 1
    }
    while current.kind != .end, current.span.start < end { advance() }
    let sql = String(decoding: source[select.start..<end], as: UTF8.self)
    guard let dangke = SQLHabit.translate(sql) else {
      return .error(
        queryHabitMessages.sqlQueryNoEquivalent(), at: select,
        notes: [queryHabitMessages.dangkeShapes()])
    }
    return .error(queryHabitMessages.sqlQuery(dangke), at: select)
  }

  /// `sql` query — a query that may start with a named measure.
  private mutating func parseSQLStatement(start: Int) throws(Diagnostic) -> Statement {
    advance()
    if !startsNamedMeasure {
      guard let keyword = current.keyword, Keyword.statementStarts.contains(keyword),
        keyword != .let, keyword != .show, keyword != .describe, keyword != .sql
      else {
        throw unexpected(
          expected: parserMessages.queryAfterSQL(),
          hints: [commonMessages.forExample("sql count sessions")])
      }
    }
    let query = try parseQuery()
    return Statement(.sql(query), span: span(from: start))
  }

  /// Whether the statement starts with a named measure: `lessons = count …`.
  var startsNamedMeasure: Bool { current.name != nil && peek().isSymbol(.equal) }

  /// A table or `let` name.
  mutating func parseTableName(after previous: String) throws(Diagnostic) -> Name {
    guard let text = current.name else {
      throw unexpected(expected: parserMessages.tableNameAfter(previous))
    }
    return Name(text, span: advance().span)
  }
}
