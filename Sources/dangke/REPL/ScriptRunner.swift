import Engine
import Lang

/// Runs a script — a file of `dangke run` or `.run`, a `-c` text, piped statements, the init
/// file — as the prompt would: a line that starts with a dot where no statement is open is a
/// dot command, everything else is statements. Line numbers in messages are the script's;
/// an error in a dot command is shown at its line like a statement's, and stops the script
/// unless `keepGoing`. `.quit` ends the script (and sets `state.leaving`).
final class ScriptRunner {
  let state: ShellState
  /// Names the script in messages (`report.dk:3:1`); nil for `-c` (`line 3, column 1`).
  var fileName: String?
  var keepGoing = false
  /// Called before the first statement of each `run` (the built-in sample's note).
  var beforeFirstStatement: (() -> Void)?
  /// The sink's count of writes when the last statements of the script ended, if they
  /// wrote anything.
  private var answersEnd: Int?

  init(state: ShellState, fileName: String? = nil, keepGoing: Bool = false) {
    self.state = state
    self.fileName = fileName
    self.keepGoing = keepGoing
  }

  /// Runs `text`; false when a statement or a dot command failed.
  @discardableResult
  func run(_ text: String) -> Bool {
    var succeeded = true
    var started = false
    for part in ScriptPart.parts(of: text) {
      switch part {
      case .statements(let body):
        if !started {
          started = true
          beforeFirstStatement?()
        }
        if !statements(body) {
          succeeded = false
          if !keepGoing { return false }
        }
      case .dot(let line, let number):
        if !dotCommand(line, number: number, in: text) {
          succeeded = false
          if !keepGoing { return false }
        }
        // `.quit`: the caller sees `state.leaving`.
        if state.leaving { return succeeded }
      }
    }
    return succeeded
  }

  /// Runs statements (with the blank lines in front that keep the script's line numbers).
  private func statements(_ body: String) -> Bool {
    // Tables for people are separated by a blank line, as within one part (unless a dot
    // command such as `.print` wrote something in between).
    let format = state.answerFormat
    if state.sink.writes == answersEnd, format != .csv, format != .json {
      state.sink.separator = "\n"
    }
    let before = state.sink.writes
    defer {
      state.sink.separator = nil
      if state.sink.writes > before { answersEnd = state.sink.writes }
    }
    return state.execute(body, fileName: fileName, keepGoing: keepGoing)
  }

  /// Whether the dot command on line `number` of `text` reads as a row of the table;
  /// prints its error if not (`dangke check`). A row that only changes a setting
  /// (`checkRuns`, such as `.set`) is run, for the statements after it.
  func checkDotCommand(_ line: Substring, number: Int, in text: String) -> Bool {
    do {
      let found = try DotCommand.parse(String(line), in: state.commands)
      if found.command.checkRuns { try found.action.run(state) }
      return true
    } catch {
      report(.error, error.text, line, number, text, wholeLine: !isUnknown(error))
      return false
    }
  }

  private func isUnknown(_ error: DotCommandError) -> Bool {
    error.text.code == replMessages.unknownCommand.code
  }

  /// Runs the dot command on line `number` (from 0) of `text`; false when it failed. A
  /// prompt-only command is skipped with a warning.
  private func dotCommand(_ line: Substring, number: Int, in text: String) -> Bool {
    do {
      let found = try DotCommand.parse(String(line), in: state.commands)
      if found.command.promptOnly, !state.interactive {
        report(.warning, dotCommandMessages.promptOnly(found.command.name), line, number, text)
        return true
      }
      try found.action.run(state)
      return true
    } catch {
      if !error.reported {
        // An unknown command is marked under its name, other errors under the whole line.
        report(.error, error.text, line, number, text, wholeLine: !isUnknown(error))
      }
      return false
    }
  }

  /// Writes a message about a dot-command line, placed at that line as a statement's is.
  func report(
    _ severity: Diagnostic.Severity, _ message: Message, _ line: Substring, _ number: Int,
    _ text: String, wholeLine: Bool = true
  ) {
    let trimmed = line.drop(while: \.isWhitespace)
    let start = line.utf8.count - trimmed.utf8.count
    let trailing = String(line.reversed().prefix(while: \.isWhitespace))
    var end = line.utf8.count - trailing.utf8.count
    if !wholeLine { end = start + trimmed.prefix(while: { !$0.isWhitespace }).utf8.count }
    let lineStart = text.utf8.distance(from: text.startIndex, to: line.startIndex)
    let diagnostic = Diagnostic(
      severity, message, at: Span(lineStart + start, lineStart + max(start, end)))
    let renderer = DiagnosticRenderer(text: text, fileName: fileName)
    state.shell.err(state.shell.diagnosticText(diagnostic, renderer) + "\n")
  }
}

/// A script cut into its parts: statements, and dot commands on lines of their own where no
/// statement is open.
enum ScriptPart {
  /// Statement lines, after as many newlines as lines before them (so that messages give
  /// the script's line numbers).
  case statements(String)
  /// A dot-command line and its number (from 0).
  case dot(Substring, number: Int)

  static func parts(of text: String) -> [ScriptPart] {
    var parts: [ScriptPart] = []
    var pending: [Substring] = []
    var firstLine = 0
    func flush() {
      defer { pending.removeAll() }
      guard pending.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return }
      parts.append(
        .statements(String(repeating: "\n", count: firstLine) + pending.joined(separator: "\n")))
    }
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      // A line starting with a dot inside an unfinished statement belongs to it.
      if DotCommand.isDot(String(line)),
        pending.isEmpty || !Continuation.needsMore(pending.joined(separator: "\n"))
      {
        flush()
        parts.append(.dot(line, number: number))
        continue
      }
      if pending.isEmpty { firstLine = number }
      pending.append(line)
    }
    flush()
    return parts
  }

}
