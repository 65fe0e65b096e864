import Foundation
import Lang

/// The one line a crash prints before the runtime's backtrace: what happened and what to do
/// about it, in the user's language.
///
/// The handler runs inside a signal handler, so it only calls `write` on a string made
/// before (when the language is known) and `sigaction`/`raise`: all async-signal-safe. It
/// then puts back the handler it replaced (the Swift runtime's, which prints the backtrace)
/// and lets it run: a fault (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE) happens again as
/// soon as the handler returns, and SIGABRT is raised again.
enum CrashLine {
  static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

  /// The text to write and the handlers replaced, made once, before any handler can run.
  private struct State {
    let text: UnsafeMutablePointer<UInt8>
    let length: Int
    let previous: UnsafeMutablePointer<sigaction>
  }
  /// The state's address, for the handler (a plain global read, no lazy initialisation).
  nonisolated(unsafe) private static var installed: UnsafeMutableRawPointer?

  /// Installs the handler for every fatal signal; call once `Language.current` is set.
  static func install() {
    let line = Array((text(Language.current) + "\n").utf8)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: line.count)
    buffer.initialize(from: line, count: line.count)
    let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    previous.initialize(repeating: sigaction(), count: 65)
    let box = UnsafeMutablePointer<State>.allocate(capacity: 1)
    box.initialize(to: State(text: buffer, length: line.count, previous: previous))
    installed = UnsafeMutableRawPointer(box)
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_sigaction = crashHandler
      action.sa_flags = SA_SIGINFO | SA_ONSTACK
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, previous + Int(signal))
    }
  }

  #if DEBUG
    /// Crashes on purpose, for the test: `trap` (a failed precondition), `abort`, or a
    /// segmentation fault.
    static func crash(_ how: String) -> Never {
      switch how {
      case "abort": abort()
      case "segv":
        UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = Int(how.count)
        fatalError("not reached")
      default:
        let values: [Int] = []
        _ = values[Int(how.count)]
        fatalError("not reached")
      }
    }
  #endif

  /// `dangke: error[E1219]: …` in `language`.
  static func text(_ language: Language) -> String {
    "dangke: " + ErrorOutput.headline(crashMessages.crashed(DangkeVersion.number), .error)
  }

  fileprivate static func handle(_ signal: Int32) {
    guard let raw = installed else { return }
    let state = raw.assumingMemoryBound(to: State.self).pointee
    var done = 0
    while done < state.length {
      let n = write(2, state.text + done, state.length - done)
      if n <= 0 { break }
      done += n
    }
    sigaction(signal, state.previous + Int(signal), nil)
    if signal == SIGABRT { raise(signal) }
  }
}

/// The C handler: a top-level function so it converts to a C function pointer.
private func crashHandler(
  _ signal: Int32, _: UnsafeMutablePointer<siginfo_t>?, _: UnsafeMutableRawPointer?
) {
  CrashLine.handle(signal)
}

/// The crash line (code E1219).
struct CrashMessages: MessageCatalog {
  let crashed = MessageSpec(
    "E1219",
    en: "dangke {0} stopped on an internal error (a bug, not a mistake of yours): please"
      + " report the query you ran and the output of `dangke --version`; the details below"
      + " help to find the cause",
    zh: "dangke {0} 因内部错误停止了（这是程序的缺陷，不是你的错）：请报告你运行的查询和"
      + " `dangke --version` 的输出；下面的详细信息有助于找到原因",
    explain: (
      en: "A crash prints this line before the backtrace. Nothing you typed should crash"
        + " Dangke; the query, the version and the backtrace let the developers find it.",
      zh: "程序崩溃时先打印这一行，再打印回溯信息。无论输入什么，Dangke 都不应该崩溃；"
        + "查询、版本和回溯信息能帮助开发者找到问题。"
    ), example: "dangke --version")
}

let crashMessages = CrashMessages()
