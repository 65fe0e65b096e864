/// A half-open range of UTF-8 byte offsets into the source text.
///
/// Line and column are computed only when a diagnostic is rendered
/// (see `SourceText`), so spans stay two integers wide.
public struct Span: Hashable, Sendable, CustomStringConvertible {
  /// Offset of the first byte.
  public var start: Int
  /// Offset one past the last byte.
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  /// An empty span at `offset`, used for "expected something here".
  public static func at(_ offset: Int) -> Span { Span(offset, offset) }

  /// The smallest span covering both.
  public func union(_ other: Span) -> Span {
    Span(Swift.min(start, other.start), Swift.max(end, other.end))
  }

  public var length: Int { end - start }

  public var description: String { "\(start)..<\(end)" }
}
