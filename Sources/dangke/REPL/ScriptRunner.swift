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
    var firstLine = 0
    var pending: [Substring] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)

    /// Runs the statements collected so far; false when the script must stop.
    func flush() -> Bool {
      defer { pending.removeAll() }
      guard pending.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return true }
      if !started {
        started = true
        beforeFirstStatement?()
      }
      // Blank lines in front keep line numbers those of the script.
      let body = String(repeating: "\n", count: firstLine) + pending.joined(separator: "\n")
      // Tables for people are separated by a blank line, as within one part (unless a dot
      // command such as `.print` wrote something in between).
      let format = state.shell.format
      if state.sink.writes == answersEnd, format != .csv, format != .json {
        state.sink.separator = "\n"
      }
      let before = state.sink.writes
      defer {
        state.sink.separator = nil
        if state.sink.writes > before { answersEnd = state.sink.writes }
      }
      if state.execute(body, fileName: fileName, keepGoing: keepGoing) { return true }
      succeeded = false
      return keepGoing
    }

    for (number, line) in lines.enumerated() {
      if DotCommand.isDot(String(line)), !statementOpen(pending) {
        guard flush() else { return false }
        if !dotCommand(line, number: number, in: text) {
          succeeded = false
          if !keepGoing { return false }
        }
        // `.quit`: the caller sees `state.leaving`.
        if state.leaving { return succeeded }
        continue
      }
      if pending.isEmpty { firstLine = number }
      pending.append(line)
    }
    return flush() && succeeded
  }

  /// Whether the statement lines collected so far need more lines (then a line starting
  /// with a dot belongs to the statement).
  private func statementOpen(_ pending: [Substring]) -> Bool {
    !pending.isEmpty && Continuation.needsMore(pending.joined(separator: "\n"))
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
        let wholeLine = error.text.code != replMessages.unknownCommand.code
        report(.error, error.text, line, number, text, wholeLine: wholeLine)
      }
      return false
    }
  }

  /// Writes a message about a dot-command line, placed at that line as a statement's is.
  private func report(
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
