import Engine
import Foundation
import Lang

/// What statements and dot commands act on, at the prompt and in scripts alike (DuckDB's
/// `ShellState`): the statement runner, where answers go, and the settings the dot commands
/// change. The REPL reads lines into it; `ScriptRunner` feeds it a script's lines.
final class ShellState {
  /// Rebuilt by `.load`, since a StatementRunner's session (and its store) is fixed.
  var shell: StatementRunner
  let sink: AnswerSink
  /// Where help, replies and timings go (the terminal at the prompt, stdout in a script).
  let screen: (String) -> Void
  /// At the prompt (with a person at it), not in a script: replies that only confirm a
  /// setting are shown, and prompt-only commands run.
  let interactive: Bool
  /// The dot commands (the table; tests may add rows).
  var commands: [DotCommand] = DotCommand.all
  /// Print how long each answer took.
  var timer = false
  /// `let` names of the session, each with the table it reads (for Tab completion).
  var lets: [String: String] = [:]
  /// Set by `.load`: the old store is gone once nothing holds it (the completer does until
  /// the next prompt), and its memory is then handed back.
  var dropped = false
  /// Set by `.load`: the data are no longer those the process started with.
  var loadedOther = false
  /// Whether `--format` or `.format` chose the format; `.once FILE` then keeps it instead of
  /// taking the file's extension.
  var formatChosen = false
  /// `.once FILE`: where the next statement's answer goes.
  var once: FileTarget?
  /// `--bom`: every answer file (and standard output) starts with one byte-order mark when
  /// its first answer is CSV.
  let bom: Bool
  /// Whether the `.output` file still waits for its byte-order mark.
  var outputBom = false
  /// Set by `.quit`.
  var leaving = false
  /// `.edit`: the statement it opens and what the editor saved (prompt only).
  var editing = EditBuffer()
  /// At the prompt: answers on the terminal, paged when long (`.pager`).
  var answerScreen: AnswerScreen?
  /// `.maxwidth`: how wide tables on the screen may be; by default the terminal's width at
  /// the prompt, and no limit in scripts, `-c` and piped statements (whole tables, as before).
  var maxWidth: MaxWidth

  /// `answers` receives answers when they go to neither an `.output` nor a `.once` file (by
  /// default the screen).
  init(
    shell: StatementRunner, interactive: Bool, screen: @escaping (String) -> Void,
    answers: ((String) -> Void)? = nil
  ) {
    self.shell = shell
    self.interactive = interactive
    self.screen = screen
    let sink = AnswerSink(screen: answers ?? screen)
    self.sink = sink
    maxWidth = interactive ? .terminal : .columns(0)
    shell.out = { sink.write($0) }
    bom = shell.options.bom
    sink.report = { [unowned self] error in self.shell.err(error.rendered + "\n") }
  }

  /// When standard output is a terminal, csv answers to the screen show their control
  /// characters (`ControlEscape`), as the other formats do; a file gets them as they are.
  /// Call it only when the screen is standard output (no `--out`).
  func showControlsOnTerminal() {
    guard isatty(STDOUT_FILENO) != 0 else { return }
    sink.screenFilter = { [unowned shell] text in
      shell.format == .csv ? ControlEscape.visible(text, keepLayout: true) : text
    }
  }

  /// Writes a reply in the current language.
  func say(_ message: Message) { screen(message.description + "\n") }

  /// A reply that only confirms what was asked: shown at the prompt, not in a script.
  func confirm(_ message: Message) {
    if interactive { say(message) }
  }

  /// Runs a dot-command line at the prompt: an error is printed as one line. False when it
  /// asks to leave.
  func perform(_ line: String) -> Bool {
    do {
      let found = try DotCommand.parse(line, in: commands)
      try found.action.run(self)
    } catch {
      if !error.reported { shell.err(error.rendered + "\n") }
    }
    defer { leaving = false }
    return !leaving
  }

  /// Runs statement text; Ctrl-C meanwhile cancels it. After `.once FILE`, the first
  /// statement's answer goes to that file. False when a statement failed.
  @discardableResult
  func execute(_ text: String, fileName: String? = nil, keepGoing: Bool = false) -> Bool {
    guard let target = once else {
      return runToSink(text, fileName: fileName, keepGoing: keepGoing)
    }
    once = nil
    let (first, rest) = Self.splitFirstStatement(text, options: shell.parseOptions)
    var succeeded = runOnce(first, into: target, fileName: fileName)
    if !rest.allSatisfy(\.isWhitespace), succeeded || keepGoing {
      succeeded = runToSink(rest, fileName: fileName, keepGoing: keepGoing) && succeeded
    }
    return succeeded
  }

  /// Runs `text` with its answers going to the screen, to the `.output` file as answers
  /// to a file go (`asFile`), or into the `.output` document (`intoDocument`).
  private func runToSink(_ text: String, fileName: String?, keepGoing: Bool) -> Bool {
    if let document = sink.document {
      return intoDocument(document, text) {
        runStatements(text, fileName: fileName, keepGoing: keepGoing)
      }
    }
    guard let path = sink.target else {
      return runStatements(text, fileName: fileName, keepGoing: keepGoing)
    }
    return asFile(path) { runStatements(text, fileName: fileName, keepGoing: keepGoing) }
  }

  /// Runs `text` through the statement runner, timing it when `.timer on`.
  func runStatements(_ text: String, fileName: String?, keepGoing: Bool) -> Bool {
    let started = ContinuousClock.now
    beginAnswers()
    let succeeded = Interrupts.shared.cancelling(shell.session.cancellation) { () -> Bool in
      #if DEBUG
        if TestDelay.wait(shell.session.cancellation) {
          shell.err(TestDelay.cancelled(text, fileName: fileName) + "\n")
          return false
        }
      #endif
      return shell.run(text, fileName: fileName, keepGoing: keepGoing)
    }
    answerScreen?.end()
    if timer {
      let elapsed = ContinuousClock.now - started
      let ms =
        Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
      // Hundredths below 10 ms, where tenths would round a 0.45 ms answer by a tenth.
      let shown = String(format: ms < 10 ? "%.2f" : "%.1f", ms)
      screen(replMessages.runTime(shown).description + "\n")
    }
    if succeeded { recordLets(text) }
    return succeeded
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
