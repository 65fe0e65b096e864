/// What loading found: per table its rows and column types, the references, and every
/// warning. `dangke check DIR` prints it; the REPL shows it with `.report`.
public struct LoadReport: Sendable {
  /// One warning about the data, with where it was found.
  public struct Warning: Sendable, Hashable {
    /// File path the warning is about.
    public var file: String
    /// 1-based line, when it applies.
    public var line: Int?
    /// Column name, when it applies.
    public var column: String?
    public var message: String
    /// The catalog code (`W1000`), for warnings that have one.
    public var code: String?

    public init(
      file: String, line: Int? = nil, column: String? = nil, message: String, code: String? = nil
    ) {
      self.file = file
      self.line = line
      self.column = column
      self.message = message
      self.code = code
    }
  }

  public var warnings: [Warning]
  /// The encoding each file was read in (`utf-8`, `gb18030`), by file path.
  public var encodings: [String: String]

  public init(warnings: [Warning] = [], encodings: [String: String] = [:]) {
    self.warnings = warnings
    self.encodings = encodings
  }
}
