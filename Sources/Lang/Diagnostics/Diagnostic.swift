/// The one error and warning type of Dangke: what went wrong, where, and what to do.
///
/// Every stage (lexer, parser, the engine's name resolution and type checks) reports
/// problems as `Diagnostic`s. Its text is a `Message` from a module's catalog, in English and
/// Chinese with a stable code (`E0201`). Rendering with the source line and a caret is done
/// by `DiagnosticRenderer`, the only place that turns byte offsets into columns.
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
  public var text: Message
  /// Suggestions shown under the caret: `did you mean 'sessions'?`.
  public var notes: [Message]

  public init(_ severity: Severity = .error, _ text: Message, at span: Span, notes: [Message] = [])
  {
    self.severity = severity
    self.span = span
    self.text = text
    self.notes = notes
  }

  /// A diagnostic whose texts are not in a catalog yet (the same in both languages).
  public init(_ severity: Severity = .error, _ message: String, at span: Span, hints: [String] = [])
  {
    self.init(
      severity, Message(verbatim: message), at: span, notes: hints.map { Message(verbatim: $0) })
  }

  /// The catalog code (`E0201`), if the message has one.
  public var code: String? { text.code }
  /// The message in English (tests and logs compare it).
  public var message: String { text.en }
  /// The hints in English.
  public var hints: [String] { notes.map(\.en) }

  public static func error(_ message: Message, at span: Span, notes: [Message] = []) -> Diagnostic {
    Diagnostic(.error, message, at: span, notes: notes)
  }

  public static func warning(_ message: Message, at span: Span, notes: [Message] = [])
    -> Diagnostic
  {
    Diagnostic(.warning, message, at: span, notes: notes)
  }

  public static func error(_ message: String, at span: Span, hints: [String] = []) -> Diagnostic {
    Diagnostic(.error, message, at: span, hints: hints)
  }

  public static func warning(_ message: String, at span: Span, hints: [String] = []) -> Diagnostic {
    Diagnostic(.warning, message, at: span, hints: hints)
  }
}

extension Diagnostic.Severity {
  /// The word that starts a rendered message: `error`, `错误`.
  public func word(_ language: Language) -> String {
    switch (self, language) {
    case (.error, .en): "error"
    case (.warning, .en): "warning"
    case (.note, .en): "note"
    case (.error, .zh): "错误"
    case (.warning, .zh): "警告"
    case (.note, .zh): "提示"
    }
  }
}
