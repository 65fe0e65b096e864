import Lang

/// A failure of the PostgreSQL data source, as a catalog message a person can act on.
///
/// Connection failures are data errors (exit status 3); a failure of one statement on an
/// open connection is a query error (status 1). No message ever holds a password: the
/// connection is named by its redacted text (`ConnectionString.redacted`).
public struct PostgresError: Error, Sendable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// Opening the connection failed (unreachable, authentication, missing database).
    case connection
    /// A statement failed on an open connection.
    case query
    /// The connection dropped in the middle of a session.
    case connectionLost
  }

  public var kind: Kind
  public var message: Message
  public var notes: [Message]
  /// PostgreSQL's five-character error code, when the server gave one.
  public var sqlState: String?

  public init(_ kind: Kind, _ message: Message, notes: [Message] = [], sqlState: String? = nil) {
    self.kind = kind
    self.message = message
    self.notes = notes
    self.sqlState = sqlState
  }

  /// Whether this ends a command with the data-error status (3) rather than 1.
  public var isDataError: Bool { kind != .query }

  /// The message and its notes, one line each, in `language`: `error[E0801]: …`.
  public func text(_ language: Language) -> String {
    let code = message.code.map { "[\($0)]" } ?? ""
    let head =
      language == .zh
      ? "错误\(code)：\(message.text(language))" : "error\(code): \(message.text(language))"
    let prefix = language == .zh ? "提示：" : "hint: "
    return ([head] + notes.map { "  " + prefix + $0.text(language) }).joined(separator: "\n")
  }

  public var description: String { text(.current) }

  /// The error as a diagnostic at `span`, for a statement's error at the prompt.
  public func diagnostic(at span: Span) -> Diagnostic {
    .error(message, at: span, notes: notes)
  }
}
