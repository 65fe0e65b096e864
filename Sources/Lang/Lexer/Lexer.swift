/// Turns source text into tokens with UTF-8 byte spans.
///
/// The lexer never fails: text it cannot read becomes an `.invalid` token carrying its
/// diagnostic, so the parser reports it once, in place. A newline becomes a `.separator`
/// unless the statement obviously goes on: inside parentheses, after a trailing `\`, after a
/// word that needs more (`where`, `and`, `=`, `,`, …), or before an indented line.
///
/// Input-method punctuation (`＝`, `（`, `，`, full-width digits, …) is read as its ASCII twin
/// outside strings (`FullWidth`); Chinese keywords are read like English ones
/// (`ChineseKeywords`). With `strict`, each token typed with full-width characters also gets
/// a note in `notes`.
public struct Lexer {
  /// The tokens, always ending with `.end`.
  public internal(set) var tokens: [Token] = []
  /// Parentheses still open at the end of the text.
  public internal(set) var openParens = 0
  /// Whether the text ends inside a quoted string.
  public internal(set) var endsInsideString = false
  /// Whether the text ends with a line-continuing `\`.
  public internal(set) var endsWithBackslash = false
  /// With `strict`: a note for each token typed with full-width characters.
  public internal(set) var notes: [Diagnostic] = []
  let strict: Bool

  /// The text with input-method punctuation and digits folded to ASCII (`FullWidth`): what
  /// the lexer reads, except inside strings.
  let scalars: [Unicode.Scalar]
  /// The text as written: string contents and names are taken from here.
  let raw: [Unicode.Scalar]
  /// Byte offset of each scalar; one extra entry for the end of the text.
  let offsets: [Int]
  var position = 0
  /// The last answer of `nextLineIsIndented` and the line starts it holds for (a run of
  /// blank and comment lines shares one answer), so a run is scanned once, not once per line.
  private var indentAnswer: (from: Int, through: Int, indented: Bool)?

  /// Reads all of `text`; `strict` notes full-width punctuation (it is read all the same).
  public init(_ text: String, strict: Bool = false) {
    raw = Array(text.unicodeScalars)
    scalars = raw.map { FullWidth.asciiTwin(of: $0) ?? $0 }
    self.strict = strict
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in raw {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.offsets = offsets
    run()
  }

  /// The tokens of `text`, ending with `.end`.
  public static func tokenize(_ text: String) -> [Token] {
    Lexer(text).tokens
  }

  // MARK: - Scanning

  func scalar(at index: Int) -> Unicode.Scalar? {
    index < scalars.count ? scalars[index] : nil
  }

  func span(from start: Int) -> Span {
    Span(offsets[start], offsets[position])
  }

  /// The text as written.
  func text(from start: Int, to end: Int) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: raw[start..<end])
    return String(result)
  }

  /// The text with full-width punctuation and digits read as ASCII (for numbers and dates).
  func foldedText(from start: Int, to end: Int) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[start..<end])
    return String(result)
  }

  mutating func emit(_ kind: Token.Kind, from start: Int) {
    tokens.append(Token(kind, span: span(from: start)))
  }

  /// Whether the last token ends a value: then `+ - * /` are arithmetic, `-1` is "minus 1".
  private var afterValue: Bool { tokens.last?.endsValue ?? false }

  mutating func emitSymbol(_ symbol: Symbol, length: Int) {
    let start = position
    position += length
    emit(.symbol(symbol), from: start)
  }

  private mutating func run() {
    while let current = scalar(at: position) {
      let next = scalar(at: position + 1)
      let start = position
      let written = raw[position]
      switch current {
      case " ", "\t", "\r":
        position += 1
      case "#":
        skipComment()
      case "\n":
        lexNewline()
      case "\\":
        lexBackslash()
      case ";":
        emitSymbolLike(.separator)
      case "(":
        openParens += 1
        emitSymbol(.leftParen, length: 1)
      case ")":
        openParens = Swift.max(0, openParens - 1)
        emitSymbol(.rightParen, length: 1)
      case ",": emitSymbol(.comma, length: 1)
      case ".": emitSymbol(.dot, length: 1)
      case "~": emitSymbol(.tilde, length: 1)
      case "=":
        if next == "=" {
          emitInvalid(length: 2) { .doubleEquals(at: $0) }
        } else {
          emitSymbol(.equal, length: 1)
        }
      case "!":
        if next == "=" {
          emitSymbol(.notEqual, length: 2)
        } else {
          emitInvalid(length: 1) { .lonelyBang(at: $0) }
        }
      case "<":
        if next == "=" {
          emitSymbol(.lessOrEqual, length: 2)
        } else if next == ">" {
          emitSymbol(.notEqual, length: 2)
        } else {
          emitSymbol(.less, length: 1)
        }
      case ">":
        emitSymbol(next == "=" ? .greaterOrEqual : .greater, length: next == "=" ? 2 : 1)
      case "\"", "'", "“", "‘":
        lexString(quote: written)
      case "`":
        lexQuotedName()
      case "”", "’":
        emitInvalid(length: 1) { .strayClosingQuote(written, at: $0) }
      case "$":
        lexParameter()
      case "-" where next.map(Self.isDigit) == true && !(afterValue && tokens.last?.keyword == nil):
        lexNumber()  // `-1`, also right after a measure word: `min -1`
      case _
      where afterValue && ["+", "-", "*", "/"].contains(current)
        && !(current == "*" && tableAfterStar() != nil):
        // (`count * of members` is SQL's star, not a product: its own error below.)
        emitSymbol(Symbol(rawValue: String(current))!, length: 1)
      case _ where Self.isDigit(current):
        lexNumber()
      case _ where Self.isIdentifierStart(current):
        lexWord()
      default:
        let table = current == "*" ? tableAfterStar() : nil
        emitInvalid(length: 1) { .unexpectedCharacter(current, at: $0, table: table) }
      }
      if strict, current != "#", current != "`", !Self.isIdentifierStart(current),
        !Self.isQuote(current)
      {
        noteFullWidth(from: start)
      }
    }
    tokens.append(Token(.end, span: .at(offsets[position])))
  }

  /// Notes the full-width characters of the token just read (strict mode).
  private mutating func noteFullWidth(from start: Int) {
    guard (start..<position).contains(where: { raw[$0] != scalars[$0] }) else { return }
    var end = position
    while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
    let span = Span(offsets[start], offsets[Swift.max(end, start + 1)])
    notes.append(
      .fullWidthRead(
        text(from: start, to: Swift.max(end, start + 1)),
        as: foldedText(from: start, to: Swift.max(end, start + 1)), at: span))
  }

  mutating func emitSymbolLike(_ kind: Token.Kind) {
    let start = position
    position += 1
    emit(kind, from: start)
  }

  mutating func emitInvalid(length: Int, _ diagnostic: (Span) -> Diagnostic) {
    let start = position
    position += length
    let span = span(from: start)
    tokens.append(Token(.invalid(diagnostic(span)), span: span))
  }

  /// The table named in `* of TABLE` after the current `*`, for the hint of SQL's `*`.
  private func tableAfterStar() -> String? {
    var at = position + 1
    func word() -> String {
      while let c = scalar(at: at), c == " " || c == "\t" { at += 1 }
      let start = at
      while let c = scalar(at: at), Self.isIdentifierContinue(c) { at += 1 }
      return text(from: start, to: at)
    }
    guard word().lowercased() == "of" else { return nil }
    let table = word()
    return table.isEmpty ? nil : table
  }

  private mutating func skipComment() {
    while let current = scalar(at: position), current != "\n" {
      position += 1
    }
  }

  private mutating func lexWord() {
    let start = position
    while let current = scalar(at: position), Self.isIdentifierContinue(current) {
      position += 1
    }
    let word = text(from: start, to: position)
    if let keyword = Keyword(word: word) {
      emit(.keyword(keyword), from: start)
    } else if let keywords = ChineseKeywords.keywords(for: word) {
      // A phrase word (`排序` = order by) gives each keyword the span of the whole word.
      for keyword in keywords { emit(.keyword(keyword), from: start) }
    } else {
      emit(.name(word), from: start)
    }
  }

  /// A name in backquotes, as written (`first name`, `order`): a column or table name with
  /// spaces or punctuation, or one that is a keyword. It ends at the next backquote on its line.
  private mutating func lexQuotedName() {
    let start = position
    position += 1
    while let current = scalar(at: position), current != "`", current != "\n" {
      position += 1
    }
    guard scalar(at: position) == "`" else {
      let quote = Span(offsets[start], offsets[start + 1])
      tokens.append(Token(.invalid(.unterminatedName(at: quote)), span: span(from: start)))
      return
    }
    let name = text(from: start + 1, to: position)
    position += 1
    let span = span(from: start)
    if name.allSatisfy({ $0 == " " || $0 == "\t" }) {
      tokens.append(Token(.invalid(.emptyName(at: span)), span: span))
    } else {
      tokens.append(Token(.name(name), span: span))
    }
  }

  private mutating func lexParameter() {
    let start = position
    position += 1
    guard let first = scalar(at: position), Self.isIdentifierStart(first) else {
      let span = span(from: start)
      tokens.append(Token(.invalid(.expectedParameterName(at: span)), span: span))
      return
    }
    while let current = scalar(at: position), Self.isIdentifierContinue(current) {
      position += 1
    }
    emit(.parameter(text(from: start + 1, to: position)), from: start)
  }

  // MARK: - Newlines and continuation

  private mutating func lexNewline() {
    let start = position
    position += 1
    if openParens > 0 || lastTokenNeedsMore || nextLineIsIndented(from: position) {
      return
    }
    emit(.separator, from: start)
  }

  /// Whether the last token cannot end a statement (`where`, `and`, `=`, `,`, …).
  var lastTokenNeedsMore: Bool {
    guard let last = tokens.last else { return false }
    switch last.kind {
    case .keyword(let keyword): return Keyword.needsMore.contains(keyword)
    case .symbol(let symbol): return Symbol.needsMore.contains(symbol)
    default: return false
    }
  }

  /// Whether the next line holding something other than blanks and comments is indented.
  private mutating func nextLineIsIndented(from lineStart: Int) -> Bool {
    if let known = indentAnswer, known.from <= lineStart, lineStart <= known.through {
      return known.indented
    }
    var start = lineStart
    while true {
      var index = start
      while let current = scalar(at: index), current == " " || current == "\t" || current == "\r" {
        index += 1
      }
      guard let first = scalar(at: index) else {
        indentAnswer = (lineStart, scalars.count, false)
        return false
      }
      if first == "\n" {
        start = index + 1
      } else if first == "#" {
        while let current = scalar(at: index), current != "\n" { index += 1 }
        guard index < scalars.count else {
          indentAnswer = (lineStart, scalars.count, false)
          return false
        }
        start = index + 1
      } else {
        indentAnswer = (lineStart, start, index > start)
        return index > start
      }
    }
  }

  private mutating func lexBackslash() {
    let start = position
    var index = position + 1
    while let current = scalar(at: index), current == " " || current == "\t" || current == "\r" {
      index += 1
    }
    if scalar(at: index) == "#" {
      while let current = scalar(at: index), current != "\n" { index += 1 }
    }
    guard let current = scalar(at: index) else {
      position = index
      endsWithBackslash = true
      return
    }
    if current == "\n" {
      position = index + 1
      return
    }
    position = start
    emitInvalid(length: 1) { .strayBackslash(at: $0) }
  }
}
