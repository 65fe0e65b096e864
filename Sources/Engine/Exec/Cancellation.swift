import Lang
import Synchronization

/// A flag set from another thread (Ctrl-C) and polled by long loops.
public final class CancellationFlag: Sendable {
  private let flag = Atomic<Bool>(false)

  public init() {}

  /// Asks the running query to stop.
  public func cancel() { flag.store(true, ordering: .relaxed) }

  /// Clears the flag before a new query.
  public func reset() { flag.store(false, ordering: .relaxed) }

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }

  /// Throws the "cancelled" diagnostic when the flag is set.
  func check(_ span: Span) throws(Diagnostic) {
    if isCancelled { throw .cancelled(at: span) }
  }
}

extension Diagnostic {
  static func cancelled(at span: Span) -> Diagnostic {
    .error(planMessages.cancelled(), at: span)
  }
}
