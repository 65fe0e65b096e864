/// What parsing a text produced: the statements that parsed, and one diagnostic per mistake.
public struct ParseResult: Hashable, Sendable {
  /// Statements that parsed, in order (a statement with an error is left out).
  public var statements: [Statement]
  /// Errors, in source order; at most one per statement.
  public var diagnostics: [Diagnostic]

  public init(statements: [Statement], diagnostics: [Diagnostic]) {
    self.statements = statements
    self.diagnostics = diagnostics
  }

  /// The statements as a script.
  public var script: Script { Script(statements: statements) }

  /// Whether there were no errors.
  public var isSuccess: Bool { diagnostics.isEmpty }
}
