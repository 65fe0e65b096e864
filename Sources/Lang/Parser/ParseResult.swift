/// What parsing a text produced: the statements that parsed, and one diagnostic per mistake.
public struct ParseResult: Hashable, Sendable {
  /// Statements that parsed, in order (a statement with an error is left out).
  public var statements: [Statement]
  /// Errors, in source order; at most one per statement.
  public var diagnostics: [Diagnostic]
  /// Notes that do not stop a statement (strict mode: full-width punctuation read as ASCII).
  public var notes: [Diagnostic]

  public init(statements: [Statement], diagnostics: [Diagnostic], notes: [Diagnostic] = []) {
    self.statements = statements
    self.diagnostics = diagnostics
    self.notes = notes
  }

  /// The statements as a script.
  public var script: Script { Script(statements: statements) }

  /// Whether there were no errors.
  public var isSuccess: Bool { diagnostics.isEmpty }
}

/// How the parser reads a text.
public struct ParseOptions: Hashable, Sendable {
  /// Note every full-width character read as ASCII (`--strict`); it is still accepted.
  public var strict: Bool

  public init(strict: Bool = false) {
    self.strict = strict
  }
}
