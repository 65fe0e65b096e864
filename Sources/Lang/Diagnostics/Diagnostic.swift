/// The one error and warning type of Dangke: what went wrong, where, and what to do.
///
/// Every stage (lexer, parser, the engine's name resolution and type checks) reports
/// problems as `Diagnostic`s. Rendering with the source line and a caret is done by
/// `DiagnosticRenderer`, which is the only place that turns byte offsets into columns.
public struct Diagnostic: Error, Hashable, Sendable {
  public enum Severity: String, Hashable, Sendable {
    case error
    case warning
    case note
  }

  public var severity: Severity
  /// The source bytes the message is about (may be empty: "expected … here").
  public var span: Span
  /// One sentence, lower-case start, no trailing period: `unknown table 'sesions'`.
  public var message: String
  /// Suggestions shown under the caret: `did you mean 'sessions'?`.
  public var hints: [String]

  public init(_ severity: Severity = .error, _ message: String, at span: Span, hints: [String] = [])
  {
    self.severity = severity
    self.span = span
    self.message = message
    self.hints = hints
  }

  public static func error(_ message: String, at span: Span, hints: [String] = []) -> Diagnostic {
    Diagnostic(.error, message, at: span, hints: hints)
  }

  public static func warning(_ message: String, at span: Span, hints: [String] = []) -> Diagnostic {
    Diagnostic(.warning, message, at: span, hints: hints)
  }
}
