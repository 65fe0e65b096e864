/// A load failure: one message naming the file, the line and column where it applies, and
/// what to do about it.
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
  /// What is wrong.
  public var message: String
  /// What to do about it.
  public var hint: String?

  public init(
    file: String, line: Int? = nil, column: Int? = nil, cell: String? = nil, message: String,
    hint: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.cell = cell
    self.message = message
    self.hint = hint
  }

  /// `data/sessions.csv:12:3: error: unterminated quoted field` (for a workbook
  /// `data/roster.xlsx:花名册!C17: error: …`) and, on the next line,
  /// `  hint: …`.
  public var description: String {
    var place = file
    if let cell {
      place += ":\(cell)"
    } else if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    var text = "\(place): error: \(message)"
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }
}
