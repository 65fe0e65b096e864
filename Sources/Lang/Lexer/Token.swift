/// One token of the source text, with its UTF-8 byte span.
public struct Token: Hashable, Sendable {
  /// What the token is.
  public enum Kind: Hashable, Sendable {
    case keyword(Keyword)
    /// An identifier (may be Chinese), exactly as written.
    case name(String)
    case integer(Int64)
    /// A decimal number as written: `1.5`.
    case decimal(String)
    /// A quoted string, unescaped.
    case string(String)
    case date(year: Int, month: Int, day: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    /// `$name` (the name without `$`).
    case parameter(String)
    case symbol(Symbol)
    /// A newline that ends a statement, or `;`.
    case separator
    /// Text the lexer could not read; the diagnostic says why.
    case invalid(Diagnostic)
    /// The end of the text.
    case end
  }

  public var kind: Kind
  public var span: Span

  public init(_ kind: Kind, span: Span) {
    self.kind = kind
    self.span = span
  }

  /// The keyword, if this token is one.
  public var keyword: Keyword? {
    if case .keyword(let keyword) = kind { return keyword }
    return nil
  }

  /// The identifier text, if this token is a name.
  public var name: String? {
    if case .name(let text) = kind { return text }
    return nil
  }

  /// Whether this is the given symbol.
  public func isSymbol(_ symbol: Symbol) -> Bool {
    if case .symbol(let found) = kind { return found == symbol }
    return false
  }

  /// Whether this token can end a value, so that a following `+ - * /` is an operator.
  var endsValue: Bool {
    switch kind {
    case .name, .integer, .decimal, .string, .date, .month, .quarter, .parameter: return true
    case .symbol(.rightParen): return true
    case .keyword(.true), .keyword(.false): return true
    case .keyword(let keyword): return Keyword.metrics.contains(keyword)  // `count - count(…)`
    default: return false
    }
  }

  /// Whether this token ends a statement (a separator or the end of the text).
  public var endsStatement: Bool {
    switch kind {
    case .separator, .end: return true
    default: return false
    }
  }
}

/// Punctuation and operators.
public enum Symbol: String, Hashable, Sendable, CaseIterable {
  case comma = ","
  case dot = "."
  case leftParen = "("
  case rightParen = ")"
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case tilde = "~"
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"

  /// The comparison operator this symbol spells, if any.
  var compareOp: CompareOp? {
    switch self {
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessOrEqual: return .lessOrEqual
    case .greater: return .greater
    case .greaterOrEqual: return .greaterOrEqual
    default: return nil
    }
  }

  /// Symbols after which a statement cannot end: a newline after them continues the statement.
  static let needsMore: Set<Symbol> = [
    .comma, .dot, .leftParen, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual,
    .tilde, .plus, .minus, .star, .slash,
  ]
}
