import Engine
import Foundation
import Lang

/// The interactive prompt: reads statements (continuing them over several lines), runs them
/// through the StatementRunner, and handles dot commands. Ctrl-C clears the line or stops a query.
final class REPL {
  /// Rebuilt by `.load`, since a StatementRunner's session (and its store) is fixed.
  var shell: StatementRunner
  let sink: AnswerSink
  /// Where the banner, help and other REPL messages go (the terminal).
  let screen: (String) -> Void
  /// Print how long each answer took.
  var timer = false
  /// `let` names of the session, each with the table it reads (for Tab completion).
  var lets: [String: String] = [:]
  /// Set by `.load`: the old store is gone once nothing holds it (the completer does until
  /// the next prompt), and its memory is then handed back.
  var dropped = false
  /// The init file to run before the first prompt (nil: none, or `--no-init`).
  var initFile: String?

  static let prompt = "dangke> "
  static let continuationPrompt = "   ...> "

  init(
    shell: StatementRunner, output: OutputOptions, screen: @escaping (String) -> Void = Console.out
  ) {
    self.shell = shell
    self.screen = screen
    let sink = AnswerSink(screen: screen)
    self.sink = sink
    shell.out = { sink.write($0) }
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
    screen(Self.banner(shell.session.store))
    if let initFile { runInitFile(initFile) }
    loop(reader)
    do {
      try sink.close()
    } catch {
      shell.err(error.rendered + "\n")
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
          context: StoreCompletionContext(store: shell.session.storeWithLets, lets: lets),
          pending: pending.joined(separator: "\n"))
      }
      if dropped {
        Session.returnFreedMemory()
        dropped = false
      }
      switch reader.readLine(prompt: pending.isEmpty ? Self.prompt : Self.continuationPrompt) {
      case .endOfFile:
        if reader is EditLineReader { screen("\n") }
        return
      case .interrupted:
        pending.removeAll()
      case .line(let line):
        if pending.isEmpty, MetaCommand.isMeta(line) {
          reader.addHistory(line)
          if !perform(line) { return }
          continue
        }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        if Continuation.needsMore(text) { continue }
        pending.removeAll()
        guard !text.allSatisfy(\.isWhitespace) else { continue }
        reader.addHistory(text)
        execute(text)
      }
    }
  }

  /// Runs statement text; Ctrl-C meanwhile cancels it.
  func execute(_ text: String, fileName: String? = nil, keepGoing: Bool = false) {
    let started = ContinuousClock.now
    let status = Interrupts.shared.cancelling(shell.session.cancellation) { () -> ExitStatus in
      #if DEBUG
        if TestDelay.wait(shell.session.cancellation) {
          shell.err(TestDelay.cancelled(text, fileName: fileName) + "\n")
          return .queryError
        }
      #endif
      return ExitStatus(
        queriesSucceeded: shell.run(text, fileName: fileName, keepGoing: keepGoing))
    }
    if timer {
      let elapsed = ContinuousClock.now - started
      let ms =
        Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
      screen(replMessages.runTime(String(format: "%.1f", ms)).description + "\n")
    }
    if status == .success { recordLets(text) }
  }

  /// Remembers the table each `let` of `text` (which ran without error) reads, for Tab
  /// completion. (`Session.letNames` cannot tell: it lists the tables the lets read.)
  private func recordLets(_ text: String) {
    for statement in Parser.parse(text).statements {
      guard case .letBinding(let name, let source) = statement.kind else { continue }
      let table = source.table.text
      lets[name.text] =
        lets.first { $0.key.lowercased() == table.lowercased() }?.value ?? table
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
