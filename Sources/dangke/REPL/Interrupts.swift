import CLibEdit
import Engine
import Glibc
import Synchronization

/// Ctrl-C while the REPL runs: the SIGINT handler only touches atomics held here.
///
/// At the prompt it makes libedit's `readline` return (no SA_RESTART) with `pending` set, so
/// the loop clears the line; during a query it also cancels the query's `CancellationFlag`.
final class Interrupts: Sendable {
  /// Set by the handler; read and cleared by the loop.
  private let pending = Atomic<Bool>(false)
  /// The address of the running query's `CancellationFlag` (unretained), or 0.
  private let target = Atomic<UInt>(0)

  /// The one instance the C handler reaches (a C function pointer cannot capture).
  static let shared = Interrupts()

  /// Whether Ctrl-C was pressed since the last call; clears the mark.
  func take() -> Bool { pending.exchange(false, ordering: .acquiringAndReleasing) }

  /// Whether Ctrl-C was pressed since the last `take`, leaving the mark (an answer being
  /// printed stops at it).
  var isPending: Bool { pending.load(ordering: .acquiring) }

  /// Called from the signal handler.
  fileprivate func interrupt() {
    pending.store(true, ordering: .releasing)
    if let flag = UnsafeRawPointer(bitPattern: target.load(ordering: .acquiring)) {
      Unmanaged<CancellationFlag>.fromOpaque(flag).takeUnretainedValue().cancel()
    }
  }

  /// Runs `body` with Ctrl-C cancelling `flag` (which must outlive the call).
  func cancelling<T>(_ flag: CancellationFlag, _ body: () throws -> T) rethrows -> T {
    _ = take()
    let address = UInt(bitPattern: Unmanaged.passUnretained(flag).toOpaque())
    target.store(address, ordering: .releasing)
    defer { target.store(0, ordering: .releasing) }
    return try withExtendedLifetime(flag) { try body() }
  }
}

/// The SIGINT handler: a top-level function so it converts to a C function pointer.
private func handleInterrupt(_: Int32) {
  Interrupts.shared.interrupt()
}

/// Installs the SIGINT handler for the REPL's lifetime and restores the previous one after.
final class InterruptHandler {
  private var previous = sigaction()

  init() {
    _ = Interrupts.shared.take()  // initialise the global before a signal can touch it
    _ = dangke_install_sigint(handleInterrupt, &previous)
  }

  deinit {
    _ = dangke_restore_sigint(&previous)
  }
}
