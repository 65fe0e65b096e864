/// What the engine knows about the loaded data, asked by `Completion`.
public protocol CompletionContext {
  /// All table names.
  func tables() -> [String]
  /// Columns of a table or `let` name, including reference columns (`member`, `org`).
  func columns(of table: String) -> [String]
  /// The table a reference column points at (`attendance.member` → `members`), or nil.
  func referencedTable(of table: String, column: String) -> String?
  /// Values of a column (a path from `table`, like `["member", "category"]`) with their
  /// row counts, most frequent first.
  func values(of table: String, column path: [String]) -> [(value: String, count: Int)]
  /// Values of a column as above, counted over the rows that `source` (the statement's
  /// table with the conditions typed before this one) selects.
  func values(of table: String, column path: [String], over source: Source)
    -> [(value: String, count: Int)]
  /// Names bound with `let` in this session.
  var letNames: [String] { get }
}

extension CompletionContext {
  /// By default the conditions typed so far do not change the counts.
  public func values(of table: String, column path: [String], over source: Source)
    -> [(value: String, count: Int)]
  {
    values(of: table, column: path)
  }
}

/// One completion: the text to insert and what to show in the list (`micro (96)`).
public struct CompletionCandidate: Hashable, Sendable {
  public var text: String
  public var display: String

  public init(text: String, display: String? = nil) {
    self.text = text
    self.display = display ?? text
  }
}

/// Completions for a cursor position: the byte range of the line they replace, and the
/// candidates in the order to show them.
public struct CompletionResult: Hashable, Sendable {
  /// UTF-8 byte offsets in the line: the partial word under the cursor (empty at the cursor
  /// when nothing was typed yet).
  public var replaced: Span
  public var candidates: [CompletionCandidate]

  public init(replaced: Span, candidates: [CompletionCandidate]) {
    self.replaced = replaced
    self.candidates = candidates
  }

  /// Just the texts to insert.
  public var texts: [String] { candidates.map(\.text) }
}
