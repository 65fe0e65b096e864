import Lang

/// A load failure: one message naming the file, the line and column where it applies, and
/// what to do about it. The message and the hint are catalog `Message`s (a code, English and
/// Chinese); the rendered text follows `Language.current`.
///
/// `column` is the 1-based field number for an error about a CSV/TSV cell or header field,
/// and the 1-based character column in the line for JSON syntax and JSON values; for an
/// invalid byte sequence it is the 1-based byte position in the line.
public struct LoadError: Error, Equatable, CustomStringConvertible {
  /// The file (or folder, or `schema.json`) the error is about, as the loader was given it.
  public var file: String
  /// 1-based line, when it applies.
  public var line: Int?
  /// 1-based field number or character column (see the type's documentation).
  public var column: Int?
  /// For a workbook: the sheet and cell, `花名册!C17` (or the sheet alone), instead of a line.
  public var cell: String?
  /// What is wrong, with its code (`E0403`).
  public var text: Message
  /// What to do about it.
  public var note: Message?
  /// For an error quoting a cell: the column, the value, and the message without the value,
  /// said instead when the column holds personal data (`PersonalData.redacted`).
  var quoted: QuotedCell?

  public init(
    file: String, line: Int? = nil, column: Int? = nil, cell: String? = nil, _ text: Message,
    hint: Message? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.cell = cell
    self.text = text
    self.note = hint
  }

  /// The catalog code (`E0403`).
  public var code: String? { text.code }
  /// What is wrong, in English (tests and logs compare it).
  public var message: String { text.en }
  /// What to do about it, in English.
  public var hint: String? { note?.en }

  /// `data/sessions.csv:12:3: error[E0403]: unterminated quoted field` (for a workbook
  /// `data/roster.xlsx:花名册!C17: error[E07xx]: …`) and, on the next line, `  hint: …`;
  /// in Chinese `data/sessions.csv:12:3: 错误[E0403]：引号没有闭合` and `  提示：…`.
  public func rendered(_ language: Language) -> String {
    var place = file
    if let cell {
      place += ":\(cell)"
    } else if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    let code = text.code.map { "[\($0)]" } ?? ""
    let colon = language == .zh ? "：" : ": "
    var out = "\(place): " + Diagnostic.Severity.error.word(language) + code + colon
    out += text.text(language)
    if let note { out += (language == .zh ? "\n  提示：" : "\n  hint: ") + note.text(language) }
    return out
  }

  /// A cell an error quotes, and the error's text without it.
  struct QuotedCell: Equatable {
    var column: String
    var value: String
    var withoutValue: Message
  }

  /// The error in the process's language (see `rendered(_:)`).
  public var description: String { rendered(.current) }

  /// The error as one JSON line for machines (`--format json`), in `language`:
  /// `{"code":"E0403","severity":"error","message":"…","hint":"…","file":"…","line":12,"column":3}`;
  /// a workbook's error ends with the cell: `…,"line":null,"column":null,"cell":"花名册!C17"}`.
  public func jsonLine(_ language: Language = .current) -> String {
    let object = DiagnosticJSON.object(
      code: text.code, severity: "error", message: text.text(language),
      hint: note?.text(language), file: file, line: line, column: column)
    guard let cell else { return object }
    return object.dropLast() + ",\"cell\":" + DiagnosticJSON.quoted(cell) + "}"
  }
}
