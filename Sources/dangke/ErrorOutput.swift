import Engine
import Foundation
import Lang

/// The one place the executable writes an error or warning to standard error: as text
/// (`dangke: error[E0656]: …`) or, with `--format json`, as one JSON object per line.
enum ErrorOutput {
  /// Set from `--format json` before anything can fail.
  nonisolated(unsafe) static var json = false

  /// A message of the command line (no source position).
  static func error(_ message: Message, hint: Message? = nil) {
    if json {
      Console.err(
        JSONDiagnostic.line(
          code: message.code, severity: .error, message: message.description,
          hint: hint?.description, file: nil, line: nil, column: nil) + "\n")
      return
    }
    var text = "dangke: " + headline(message, .error)
    if let hint { text += "\n" + hint.description }
    Console.err(text + "\n")
  }

  /// A warning of the command line or the prompt.
  static func warning(_ message: Message) {
    if json {
      Console.err(
        JSONDiagnostic.line(
          code: message.code, severity: .warning, message: message.description, hint: nil,
          file: nil, line: nil, column: nil) + "\n")
      return
    }
    Console.err("dangke: " + headline(message, .warning) + "\n")
  }

  /// An error the loader or the snapshot reader threw: its own text names file and line.
  static func dataError(_ error: any Error) {
    guard json else { return Console.err("dangke: \(error)\n") }
    if let load = error as? LoadError {
      Console.err(
        JSONDiagnostic.line(
          code: nil, severity: .error, message: "\(load.message)",
          hint: load.hint.map { "\($0)" }, file: load.file, line: load.line,
          column: load.column) + "\n")
    } else {
      Console.err(
        JSONDiagnostic.line(
          code: nil, severity: .error, message: "\(error)", hint: nil, file: nil, line: nil,
          column: nil) + "\n")
    }
  }

  /// `error[E0656]: …` / `错误[E0656]：…`.
  static func headline(_ message: Message, _ severity: Diagnostic.Severity) -> String {
    let language = Language.current
    let code = message.code.map { "[\($0)]" } ?? ""
    let colon = language == .zh ? "：" : ": "
    return severity.word(language) + code + colon + message.text(language)
  }
}

/// Errors and warnings as JSON lines: `{"code":…,"severity":…,"message":…,"hint":…,"file":…,
/// "line":…,"column":…}`, keys always present and in this order, null where unknown.
enum JSONDiagnostic {
  /// A diagnostic of a statement, placed by its renderer's source text.
  static func line(_ diagnostic: Diagnostic, _ renderer: DiagnosticRenderer) -> String {
    let (line, column) = renderer.source.location(of: diagnostic.span.start)
    let language = renderer.language
    let notes = diagnostic.notes.map { $0.text(language) }
    return Self.line(
      code: diagnostic.code, severity: diagnostic.severity,
      message: diagnostic.text.text(language),
      hint: notes.isEmpty ? nil : notes.joined(separator: "; "), file: renderer.source.fileName,
      line: line, column: column)
  }

  static func line(
    code: String?, severity: Diagnostic.Severity, message: String, hint: String?, file: String?,
    line: Int?, column: Int?
  ) -> String {
    let fields: [(String, String)] = [
      ("code", code.map(quote) ?? "null"),
      ("severity", quote(severity.rawValue)),
      ("message", quote(message)),
      ("hint", hint.map(quote) ?? "null"),
      ("file", file.map(quote) ?? "null"),
      ("line", line.map(String.init) ?? "null"),
      ("column", column.map(String.init) ?? "null"),
    ]
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A JSON string literal.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
