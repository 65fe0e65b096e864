/// An identifier as written, with its span. Names may be Chinese.
public struct Name: Hashable, Sendable {
  /// The text of the identifier, exactly as written.
  public var text: String
  public var span: Span

  public init(_ text: String, span: Span) {
    self.text = text
    self.span = span
  }
}

/// A dotted reference path such as `member.org.name`: one or more names.
public struct Path: Hashable, Sendable {
  /// The parts, left to right; never empty.
  public var parts: [Name]
  public var span: Span

  public init(_ parts: [Name], span: Span) {
    precondition(!parts.isEmpty, "a path has at least one part")
    self.parts = parts
    self.span = span
  }

  /// The path as written with dots: `member.org.name`.
  public var dotted: String { parts.map(\.text).joined(separator: ".") }
}
