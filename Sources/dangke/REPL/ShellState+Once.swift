import Engine
import Foundation
import Lang

/// `.output FILE` and `.once FILE`: answers written to a file are whole (every row, no
/// colour) and in the format of the file's extension unless `--format` or `.format` chose
/// one. `.once` takes the next statement's answer only, then answers go back to where they
/// went (the screen or an `.output` file); its file appears only when the statement
/// succeeded.
extension ShellState {
  /// `.output FILE [--force]`: a workbook or report page gets one sheet or section per
  /// answer and is written again, whole, after each (`DocumentOutput`).
  func openOutput(_ target: FileTarget) throws(DotCommandError) {
    let format = formatChosen ? shell.format : Self.format(ofFile: target.path)
    if let format, format.isDocument {
      return try sink.open(document: target.path, force: target.force, format: format)
    }
    try sink.open(target.path, force: target.force)
    // A new file starts with its own byte-order mark.
    outputBom = bom
  }

  /// The format answers are written in now: that of the `.output` file's extension, unless
  /// a format was chosen (or there is no such file).
  var answerFormat: OutputFormat {
    if let path = sink.target, !formatChosen, let format = Self.format(ofFile: path),
      !format.isDocument
    {
      return format
    }
    return shell.format
  }

  /// At the end of a script: an `.output` file still open is finished (an empty one takes
  /// its name). False, with the error printed, when it could not be written.
  func finishOutput() -> Bool {
    do {
      try sink.close()
      return true
    } catch {
      shell.err(error.rendered + "\n")
      return false
    }
  }

  /// Runs `text` with its answers going to the `.output` document: each one is added to it
  /// and the file written again; the screen's settings come back after.
  func intoDocument(_ document: DocumentOutput, _ text: String, _ body: () -> Bool) -> Bool {
    let saved = (format: shell.format, options: shell.options, collector: shell.collector)
    defer {
      shell.format = saved.format
      shell.options = saved.options
      shell.collector = saved.collector
      document.run.added = nil
    }
    shell.options.maxRows = nil
    shell.options.color = false
    document.run.attach(to: shell, data: [], script: text)
    document.run.added = { [unowned self] in sink.documentAnswered() }
    return body()
  }

  /// Runs `body` with the settings of an answer file: every row, no colour, the format of
  /// `path`'s extension unless one was chosen; the settings of the screen come back after.
  func asFile<T>(_ path: String, _ body: () -> T) -> T {
    let saved = (format: shell.format, options: shell.options)
    shell.format = answerFormat
    shell.options.maxRows = nil
    shell.options.color = false
    shell.options.bom = outputBom
    let result = body()
    // `--bom`: once the file's first answer is written, its mark is used up.
    outputBom = shell.options.bom
    shell.format = saved.format
    shell.options = saved.options
    return result
  }

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
    shell.options.bom = bom
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
