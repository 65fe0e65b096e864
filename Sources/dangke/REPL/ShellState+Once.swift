import Engine
import Foundation
import Lang

/// `.once FILE`: the next statement's answer goes to FILE, whole (every row, no colour), in
/// the format of the file's extension unless `--format` or `.format` chose one; then answers
/// go back to where they went (the screen or an `.output` file). The file is written under
/// a temporary name and appears only when the statement succeeded.
extension ShellState {
  func runOnce(_ text: String, into target: FileTarget, fileName: String?) -> Bool {
    let saved = (format: shell.format, options: shell.options, collector: shell.collector)
    defer {
      shell.format = saved.format
      shell.options = saved.options
      shell.collector = saved.collector
    }
    if !formatChosen, let format = Self.format(ofFile: target.path) { shell.format = format }
    shell.options.maxRows = nil
    shell.options.color = false
    shell.collector = nil
    let separator = sink.separator
    sink.separator = nil
    defer { sink.separator = separator }
    var document: DocumentRun?
    if shell.format.isDocument {
      document = DocumentRun(format: shell.format)
      document?.attach(to: shell, data: [], script: text)
    }
    do {
      try sink.openOnce(target.path, force: target.force)
    } catch {
      shell.err(error.rendered + "\n")
      return false
    }
    var succeeded = runStatements(text, fileName: fileName, keepGoing: false)
    if succeeded, let document {
      do {
        sink.write(bytes: try document.bytes())
      } catch {
        shell.err("dangke: \(error)\n")
        succeeded = false
      }
    }
    do {
      if let written = try sink.closeOnce(keep: succeeded) {
        confirm(replMessages.answersWritten(written))
      }
    } catch {
      shell.err(error.rendered + "\n")
      return false
    }
    return succeeded
  }

  /// The format a file's extension names (`.csv`, `.md`, `.xlsx` …), or nil.
  static func format(ofFile path: String) -> OutputFormat? {
    let ext = (path as NSString).pathExtension.lowercased()
    guard !ext.isEmpty else { return nil }
    return OutputFormat.allCases.first { $0.fileExtensions.contains(ext) }
  }

  /// The first statement of `text`, and the rest with the first one blanked out (so that
  /// lines and columns of messages stay those of `text`).
  static func splitFirstStatement(_ text: String, options: ParseOptions) -> (String, String) {
    let parsed = Parser.parse(text, options: options)
    let bytes = Array(text.utf8)
    guard parsed.statements.count > 1 else { return (text, "") }
    let end = min(max(0, parsed.statements[0].span.end), bytes.count)
    let first = String(decoding: bytes[..<end], as: UTF8.self)
    let blanked = bytes[..<end].map { $0 == UInt8(ascii: "\n") ? $0 : UInt8(ascii: " ") }
    return (first, String(decoding: blanked + bytes[end...], as: UTF8.self))
  }
}
