import Engine
import Foundation
import Lang

#if DEBUG
  /// A hidden hook for the pseudo-terminal tests, compiled into debug builds only: with `DANGKE_TEST_SLOW_MS=N` set, every
  /// statement the REPL runs first waits N ms, in 10 ms steps that stop when the query is
  /// cancelled — a long query on data where every real query is fast.
  enum TestDelay {
    /// Waits as configured; true when Ctrl-C cancelled the wait (the statement must not run).
    static func wait(_ cancellation: CancellationFlag) -> Bool {
      guard let text = ProcessInfo.processInfo.environment["DANGKE_TEST_SLOW_MS"],
        let total = Int(text), total > 0
      else { return false }
      cancellation.reset()
      var waited = 0
      while waited < total {
        if cancellation.isCancelled { return true }
        usleep(10_000)
        waited += 10
      }
      return cancellation.isCancelled
    }

    /// The message the engine gives a cancelled query, for the whole statement text.
    static func cancelled(_ text: String, fileName: String?) -> String {
      let renderer = DiagnosticRenderer(text: text, fileName: fileName)
      return renderer.render(.error("query cancelled", at: Span(0, text.utf8.count)))
    }
  }
#endif
