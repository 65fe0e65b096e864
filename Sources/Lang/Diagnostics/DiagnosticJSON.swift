/// Diagnostics as JSON lines for machines (`--format json`: one object per line on stderr):
///
/// ```
/// {"code":"E0201","severity":"error","message":"unknown keyword 'cuont'","hint":"did you mean 'count'?","file":"report.dk","line":1,"column":1}
/// ```
/// `message` and `hint` are in `language`; several hints are joined with "; " (Chinese "；"). `code`,
/// `hint` and `file` are `null` when absent. Keys come in this fixed order, so the line is
/// the same on every run.
public enum DiagnosticJSON {
  /// One line (no newline at the end) for `diagnostic` in `source`.
  public static func line(
    _ diagnostic: Diagnostic, source: SourceText, language: Language = .current
  ) -> String {
    let (line, column) = source.location(of: diagnostic.span.start)
    let hints = diagnostic.notes.map { $0.text(language) }
    return object(
      code: diagnostic.code, severity: diagnostic.severity.rawValue,
      message: diagnostic.text.text(language),
      hint: hints.isEmpty ? nil : hints.joined(separator: language == .zh ? "；" : "; "),
      file: source.fileName, line: line, column: column)
  }

  /// The JSON object for one message, with the fields in the fixed order (the engine uses it
  /// for load errors and warnings).
  public static func object(
    code: String?, severity: String, message: String, hint: String?, file: String?,
    line: Int?, column: Int?
  ) -> String {
    func string(_ value: String?) -> String { value.map(quoted) ?? "null" }
    func number(_ value: Int?) -> String { value.map(String.init) ?? "null" }
    return "{\"code\":\(string(code)),\"severity\":\(string(severity)),"
      + "\"message\":\(string(message)),\"hint\":\(string(hint)),\"file\":\(string(file)),"
      + "\"line\":\(number(line)),\"column\":\(number(column))}"
  }

  /// `text` as a JSON string: quotes, backslashes and control characters escaped; other
  /// characters (Chinese too) as they are.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
