import Lang

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
    /// What was found, with its code (`W0401`), in both languages.
    public var text: Message

    public init(file: String, line: Int? = nil, column: String? = nil, _ text: Message) {
      self.file = file
      self.line = line
      self.column = column
      self.text = text
    }

    /// The catalog code (`W0401`).
    public var code: String? { text.code }
    /// The warning in English (tests and logs compare it).
    public var message: String { text.en }

    /// `data/attendance.csv:7: warning[W0401]: …`, `…: 警告[W0401]：…`.
    public func rendered(_ language: Language) -> String {
      let code = text.code.map { "[\($0)]" } ?? ""
      return file + (line.map { ":\($0)" } ?? "") + ": "
        + Diagnostic.Severity.warning.word(language) + code + (language == .zh ? "：" : ": ")
        + text.text(language)
    }

    /// The warning as one JSON line for machines (`--format json`), in `language`. Its
    /// `column` is null: a warning is about a whole column (named in the message), not a
    /// character position.
    public func jsonLine(_ language: Language = .current) -> String {
      DiagnosticJSON.object(
        code: text.code, severity: "warning", message: text.text(language), hint: nil,
        file: file, line: line, column: nil)
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
