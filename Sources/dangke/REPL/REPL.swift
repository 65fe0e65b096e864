import Engine
import Foundation
import Lang

/// The interactive prompt: reads statements (continuing them over several lines), runs them
/// through the StatementRunner, and handles dot commands. Ctrl-C clears the line or stops a query.
final class REPL {
  /// What the lines act on; scripts use one too.
  let state: ShellState
  /// The init file to run before the first prompt (nil: none, or `--no-init`).
  var initFile: String?

  static let prompt = "dangke> "
  static let continuationPrompt = "   ...> "

  /// `screen` receives what the prompt shows; nil: the terminal, where long answers are paged.
  init(
    shell: StatementRunner, output: OutputOptions, screen: ((String) -> Void)? = nil
  ) {
    let answers = AnswerScreen(output: screen, environment: ProcessInfo.processInfo.environment)
    state = ShellState(
      shell: shell, interactive: true, screen: screen ?? Console.out,
      answers: { answers.write($0) })
    state.answerScreen = answers
    state.formatChosen = output.format != nil
    state.showControlsOnTerminal()
    shell.options.maxRows = 40
    shell.options.stop = { [quit = answers.pagerQuit] in quit.isCancelled }
    // A message keeps its place after the part of an answer held for the pager.
    let err = shell.err
    shell.err = { text in
      answers.release()
      err(text)
    }
    shell.options.color = Self.useColor(environment: ProcessInfo.processInfo.environment)
  }

  /// Colour only on a terminal, and never under NO_COLOR.
  static func useColor(environment: [String: String]) -> Bool {
    isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
  }

  func run() throws {
    let interrupts = InterruptHandler()
    defer { withExtendedLifetime(interrupts) {} }
    let reader: any LineReader
    if isatty(STDIN_FILENO) == 1, let output = TerminalInput.outputStream() {
      // Line editing needs stdin at a terminal and a terminal to draw on: with stdout piped
      // (`dangke | tee session.log`) it draws on stderr's terminal or /dev/tty.
      let path = HistoryPolicy.defaultPath(environment: ProcessInfo.processInfo.environment)
      reader = EditLineReader(historyPath: path, output: output)
    } else {
      let showPrompt = isatty(STDERR_FILENO) == 1
      reader = PlainLineReader { prompt in if showPrompt { Console.err(prompt) } }
    }
    state.screen(Self.banner(state.shell.session.store, editing: reader is EditLineReader))
    if let initFile { runInitFile(initFile) }
    loop(reader)
    do {
      try state.sink.close()
    } catch {
      state.shell.err(error.rendered + "\n")
    }
  }

  /// Data set, tables with row counts, how to get help: three lines at most.
  /// Without line editing it does not offer Tab.
  static func banner(_ store: Store, editing: Bool = true) -> String {
    let tables = store.tables.map { "\($0.name) \(grouped($0.rowCount))" }
    let separator = Language.current == .zh ? "，" : ", "
    return "Dangke 党课 · \(store.name)\n"
      + replMessages.bannerTables(store.tables.count, tables.joined(separator: separator))
      .description + "\n"
      + (editing ? replMessages.bannerHelp() : promptEditMessages.bannerHelpPlain()).description
      + "\n\n"
  }

  /// Reads and runs until end of input or `.quit`.
  private func loop(_ reader: any LineReader) {
    var pending: [String] = []
    while true {
      if let editor = reader as? EditLineReader {
        editor.completer = Completer(
          context: StoreCompletionContext(
            store: state.shell.session.storeWithLets, lets: state.lets,
            session: state.shell.session),
          pending: pending.joined(separator: "\n"))
      }
      if state.dropped {
        Session.returnFreedMemory()
        state.dropped = false
      }
      switch reader.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
      case .endOfFile:
        // Ctrl-D on a `...>` line keeps the statement (see `keepsStatement`).
        if keepsStatement(pending, reader) { continue }
        return
      case .interrupted:
        pending.removeAll()
      case .line(let line):
        if DotCommand.isDot(line), pending.isEmpty || ShellState.isEdit(line) {
          if let entry = state.historyEntry(forDotLine: line) { reader.addHistory(entry) }
          state.editing.pending = pending.joined(separator: "\n")
          if !state.perform(line) { return }
          // `.edit` hands back what the editor saved, in place of the lines typed so far.
          guard let saved = state.editing.saved.take() else { continue }
          pending = [saved]
        } else {
          pending.append(line)
        }
        let text = pending.joined(separator: "\n")
        if Continuation.needsMore(text) { continue }
        pending.removeAll()
        guard !text.allSatisfy(\.isWhitespace) else { continue }
        reader.addHistory(text)
        state.editing.last = text
        state.execute(text)
      }
    }
  }
}

extension REPL {
  /// Ctrl-D on an empty `...>` line: at a terminal the unfinished statement is kept, with a
  /// note on how to finish, edit or drop it (sqlite3 would run it half-typed and leave;
  /// nothing typed is lost here). At the end of piped input there is no one to finish it.
  fileprivate func keepsStatement(_ pending: [String], _ reader: any LineReader) -> Bool {
    guard !pending.isEmpty, reader is EditLineReader else { return false }
    state.say(promptEditMessages.statementKept())
    return true
  }
}

/// `12,345`.
func grouped(_ n: Int) -> String {
  let digits = String(n.magnitude)
  var out = ""
  for (i, ch) in digits.enumerated() {
    if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
    out.append(ch)
  }
  return (n < 0 ? "-" : "") + out
}
