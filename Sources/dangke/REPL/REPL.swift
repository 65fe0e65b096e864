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

  init(
    shell: StatementRunner, output: OutputOptions, screen: @escaping (String) -> Void = Console.out
  ) {
    state = ShellState(shell: shell, interactive: true, screen: screen)
    state.formatChosen = output.format != nil
    state.showControlsOnTerminal()
    shell.options.maxRows = 40
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
    if isInteractiveTerminal() {
      let path = HistoryPolicy.defaultPath(environment: ProcessInfo.processInfo.environment)
      reader = EditLineReader(historyPath: path)
    } else {
      let showPrompt = isatty(STDERR_FILENO) == 1
      reader = PlainLineReader { prompt in if showPrompt { Console.err(prompt) } }
    }
    state.screen(Self.banner(state.shell.session.store))
    if let initFile { runInitFile(initFile) }
    loop(reader)
    do {
      try state.sink.close()
    } catch {
      state.shell.err(error.rendered + "\n")
    }
  }

  /// Data set, tables with row counts, how to get help: three lines at most.
  static func banner(_ store: Store) -> String {
    let tables = store.tables.map { "\($0.name) \(grouped($0.rowCount))" }
    let separator = Language.current == .zh ? "，" : ", "
    return "Dangke 党课 · \(store.name)\n"
      + replMessages.bannerTables(store.tables.count, tables.joined(separator: separator))
      .description + "\n" + replMessages.bannerHelp().description + "\n\n"
  }

  /// Reads and runs until end of input or `.quit`.
  private func loop(_ reader: any LineReader) {
    var pending: [String] = []
    while true {
      if let editor = reader as? EditLineReader {
        editor.completer = Completer(
          context: StoreCompletionContext(
            store: state.shell.session.storeWithLets, lets: state.lets),
          pending: pending.joined(separator: "\n"))
      }
      if state.dropped {
        Session.returnFreedMemory()
        state.dropped = false
      }
      switch reader.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
      case .endOfFile:
        if reader is EditLineReader { state.screen("\n") }
        return
      case .interrupted:
        pending.removeAll()
      case .line(let line):
        if pending.isEmpty, DotCommand.isDot(line) {
          reader.addHistory(line)
          if !state.perform(line) { return }
          continue
        }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        if Continuation.needsMore(text) { continue }
        pending.removeAll()
        guard !text.allSatisfy(\.isWhitespace) else { continue }
        reader.addHistory(text)
        state.execute(text)
      }
    }
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
