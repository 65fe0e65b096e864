import Engine
import Foundation
import Glibc
import Lang

/// Answers on the terminal at the prompt. An answer's text is held until it is longer than
/// the screen, then goes through a pager (`Pager`), or straight to the screen when it ends
/// first, when `.pager off`, or when standard output is not a terminal. Ctrl-C while an answer
/// prints drops the rest at once (the renderer stops at its next row).
final class AnswerScreen {
  /// `.pager on|off`.
  var pagerOn = true
  /// Set when the pager quit before the answer was all written: the renderer stops (it is
  /// the `RenderOptions.stop` of the prompt).
  let pagerQuit = CancellationFlag()
  /// Writes to the screen; nil: standard output, written here so Ctrl-C cuts a long write.
  private let output: ((String) -> Void)?
  private let environment: [String: String]
  private var inAnswer = false
  /// Held text, and the screen lines it takes; paged once `lines` reaches `limit`.
  private var held = ""
  private var lines = 0
  private var lineWidth = 0
  private var limit = 0
  private var columns = 0
  private var holding = false
  private var pager: Pager?
  private var dropping = false
  private var atLineStart = true

  init(output: ((String) -> Void)?, environment: [String: String]) {
    self.output = output
    self.environment = environment
  }

  /// Starts an answer (or the answers of one line of statements).
  func begin() {
    inAnswer = true
    dropping = false
    pagerQuit.reset()
    held = ""
    lines = 0
    lineWidth = 0
    holding = false
    if pagerOn, output == nil, let size = terminalSize(), size.rows > 1,
      Pager.command(environment: environment) != nil
    {
      (limit, columns) = (size.rows, size.columns)
      holding = true
    }
  }

  func write(_ text: String) {
    guard inAnswer else { return screen(text) }
    if dropping || Interrupts.shared.isPending {
      dropping = true
      return
    }
    if let pager {
      pager.write(text, interrupted: { Interrupts.shared.isPending })
      if pager.closed { pagerQuit.cancel() }
      return
    }
    guard holding else { return screen(text) }
    held += text
    count(text)
    if lines >= limit { startPager() }
  }

  /// Writes what is held (before a message on standard error, so they keep their order);
  /// the rest of the answer then goes straight to the screen.
  func release() {
    if inAnswer, dropping, !atLineStart { screen("\n") }  // a row cut by Ctrl-C
    guard inAnswer, holding, pager == nil, !held.isEmpty else { return }
    holding = false
    screen(held)
    held = ""
  }

  /// Ends the answer: what is held goes to the screen, or the pager's input ends and it is
  /// waited for.
  func end() {
    if let pager {
      pager.finish()
      self.pager = nil
    } else if !held.isEmpty, !dropping {
      screen(held)
    }
    held = ""
    if dropping, !atLineStart { screen("\n") }
    inAnswer = false
  }

  /// Adds the screen lines `text` takes (a line wider than the screen takes several).
  private func count(_ text: String) {
    for piece in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if piece.offset > 0 {
        lines += max(1, (lineWidth + columns - 1) / columns)
        lineWidth = 0
      }
      lineWidth += displayWidth(piece.element)
    }
  }

  private func startPager() {
    holding = false
    guard let command = Pager.command(environment: environment),
      let pager = Pager(command: command, environment: environment)
    else {
      screen(held)
      held = ""
      return
    }
    self.pager = pager
    let text = held
    held = ""
    pager.write(text, interrupted: { Interrupts.shared.isPending })
    if pager.closed { pagerQuit.cancel() }
  }

  /// Writes to the screen. On standard output, a write that Ctrl-C interrupts stops there.
  private func screen(_ text: String) {
    guard !text.isEmpty else { return }
    guard output == nil else { return output!(text) }
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
        if n > 0 {
          offset += n
          atLineStart = buffer[offset - 1] == UInt8(ascii: "\n")
        } else if n < 0, errno == EINTR {
          if inAnswer, Interrupts.shared.isPending {
            dropping = true
            return
          }
        } else if n < 0, errno == EPIPE {
          exit(0)
        } else {
          return
        }
      }
    }
  }
}
