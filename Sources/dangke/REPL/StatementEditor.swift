import Foundation
import Lang

/// `.edit`: the unfinished statement (or the last one) in the user's editor, as psql's `\e`
/// and DuckDB's `.edit`. What the editor saves goes back to the prompt: run at once when it
/// is a whole statement, else shown as the lines typed so far of a statement to finish.
enum StatementEditor {
  /// The editor to run: $VISUAL, else $EDITOR, else vi (a command line: `code --wait` works).
  static func command(environment: [String: String]) -> String {
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name], !value.allSatisfy(\.isWhitespace) { return value }
    }
    return "vi"
  }

  /// Writes `text` to a temporary `.dk` file, runs the editor on it at the terminal and
  /// returns what was saved (without trailing blank lines). The file is removed afterwards.
  static func edit(_ text: String, environment: [String: String]) throws(DotCommandError)
    -> String
  {
    let folder = FileManager.default.temporaryDirectory
    let file = folder.appendingPathComponent("dangke-edit-\(getpid())-\(UUID().uuidString).dk")
    defer { try? FileManager.default.removeItem(at: file) }
    do {
      try (text.isEmpty ? "" : text + "\n").write(to: file, atomically: false, encoding: .utf8)
    } catch {
      throw DotCommandError(promptEditMessages.editorUnavailable(error.localizedDescription))
    }
    let editor = command(environment: environment)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // `$0` is the editor's command line (split by the shell), `$1` the file.
    process.arguments = ["-c", "eval \"$0 \\\"\\$1\\\"\"", editor, file.path]
    if isatty(STDOUT_FILENO) != 1, let tty = FileHandle(forWritingAtPath: "/dev/tty") {
      process.standardOutput = tty  // `dangke | tee log`: the editor draws on the terminal
    }
    do {
      try process.run()
    } catch {
      throw DotCommandError(promptEditMessages.editorUnavailable(error.localizedDescription))
    }
    process.waitUntilExit()
    _ = Interrupts.shared.take()  // Ctrl-C inside the editor was the editor's
    guard process.terminationStatus == 0 else {
      throw DotCommandError(
        promptEditMessages.editorFailed(editor, String(process.terminationStatus)))
    }
    guard let data = try? Data(contentsOf: file) else {
      throw DotCommandError(promptEditMessages.editorUnavailable(file.path))
    }
    var saved = Substring(String(decoding: data, as: UTF8.self))
    while let last = saved.last, last.isWhitespace { saved.removeLast() }
    while let first = saved.first, first.isNewline { saved.removeFirst() }
    return String(saved)
  }

  /// The statement as the prompt would have shown it typed: `dangke> ` on the first line,
  /// `   ...> ` on the others.
  static func echo(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      ($0.offset == 0 ? REPL.prompt : REPL.continuationPrompt) + $0.element + "\n"
    }.joined()
  }
}

/// What `.edit` opens and what it saved, between the REPL and the dot command.
struct EditBuffer {
  /// The lines typed so far of an unfinished statement (set by the REPL before a dot command).
  var pending = ""
  /// The last statement run at the prompt.
  var last: String?
  /// What the editor saved, for the REPL to take.
  var saved: String?
}

extension ShellState {
  /// `.edit`: opens the unfinished statement, else the last one, in the editor.
  func edit() throws(DotCommandError) {
    let text = editing.pending.isEmpty ? (editing.last ?? "") : editing.pending
    let saved = try StatementEditor.edit(text, environment: ProcessInfo.processInfo.environment)
    if !saved.isEmpty { screen(StatementEditor.echo(saved)) }
    editing.saved = saved
  }

  /// What the history keeps for a dot-command line: the query of `.example N` (so Up can
  /// change it), nothing for `.edit` (the statement it runs is kept instead), else the line.
  func historyEntry(forDotLine line: String) -> String? {
    guard let found = try? DotCommand.parse(line, in: commands) else { return line }
    switch found.command.name {
    case ".example":
      guard let n = found.action.arguments as? Int?, let n, Examples.all.indices.contains(n - 1)
      else { return line }
      return Examples.all[n - 1].statement
    case ".edit": return nil
    default: return line
    }
  }

  /// Whether `line` is `.edit`, which also works on a continuation line (`   ...> .edit`).
  static func isEdit(_ line: String) -> Bool {
    guard DotCommand.isDot(line), let first = try? DotWords.split(line).first else { return false }
    return DotCommand.find(first)?.name == ".edit"
  }
}
