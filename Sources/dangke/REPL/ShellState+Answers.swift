import Engine
import Foundation
import Lang

/// `.maxwidth`: the terminal's width (the prompt's default; no limit when standard output is
/// not a terminal), a number of columns, or no limit (0, the default of scripts).
enum MaxWidth: Equatable {
  case terminal
  case columns(Int)

  /// The width tables written to standard output get now; nil: no limit.
  var resolved: Int? {
    switch self {
    case .terminal: terminalSize()?.columns
    case .columns(let n): n > 0 ? n : nil
    }
  }
}

/// How answers are shown: fitted to the width, paged at the prompt, shown again by `.last`.
extension ShellState {
  /// Starts the answers of a statement line (`answerScreen.end()` ends them): tables fit
  /// `.maxwidth` when they go to the screen (never in a file), and at the prompt a long answer
  /// is paged.
  func beginAnswers() {
    shell.options.maxWidth = sink.toScreen ? maxWidth.resolved : nil
    answerScreen?.begin()
  }

  /// `.last`: the last answer again, every row, in the format its statement asked for (else
  /// the current one), through the pager when long; Ctrl-C stops it. An answer streamed from
  /// a server was never held: its statement runs again.
  func showLast() throws(DotCommandError) {
    guard let last = shell.lastAnswer else {
      throw DotCommandError(promptOutputMessages.noLastAnswer())
    }
    var format = last.asked ?? shell.format
    if format.isDocument { format = .table }
    let cancellation = shell.session.cancellation
    cancellation.reset()
    beginAnswers()
    let failure = Interrupts.shared.cancelling(cancellation) { () -> Diagnostic? in
      var options = shell.options
      options.maxRows = nil
      return shell.showLast(last, as: format, options: options)
    }
    answerScreen?.end()
    if let failure {
      shell.err(ErrorOutput.headline(failure.text, .error) + "\n")
    }
  }

  /// `.maxwidth` alone: the setting, and what it is now.
  func sayMaxWidth() {
    let m = promptOutputMessages
    let value: Message
    switch maxWidth {
    case .terminal:
      value =
        terminalSize().map { m.terminalWidth(String($0.columns)) } ?? replMessages.off()
    case .columns(let n):
      value = n > 0 ? Message(verbatim: String(n)) : m.noLimit()
    }
    say(m.currentMaxWidth(value.description))
  }
}
