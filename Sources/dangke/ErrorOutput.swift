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

/// Errors and warnings as JSON lines (Lang's `DiagnosticJSON`, one object per line).
enum JSONDiagnostic {
  /// A diagnostic of a statement, placed by its renderer's source text.
  static func line(_ diagnostic: Diagnostic, _ renderer: DiagnosticRenderer) -> String {
    DiagnosticJSON.line(diagnostic, source: renderer.source, language: renderer.language)
  }

  static func line(
    code: String?, severity: Diagnostic.Severity, message: String, hint: String?, file: String?,
    line: Int?, column: Int?
  ) -> String {
    DiagnosticJSON.object(
      code: code, severity: severity.rawValue, message: message, hint: hint, file: file,
      line: line, column: column)
  }
}
