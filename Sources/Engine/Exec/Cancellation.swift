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

  /// How many turns of a long loop pass between two looks at the flag: one relaxed atomic
  /// load per 65,536 rows costs nothing measurable, and even a debug build gets through that
  /// many rows in far less than the second Ctrl-C may take.
  static let pollStride = 1 << 16

  /// Whether a long loop should stop at turn `i`: looks at the flag every `pollStride` turns.
  @inline(__always)
  func stops(at i: Int) -> Bool { i & (Self.pollStride - 1) == 0 && isCancelled }

  /// Throws "query cancelled" at turn `i` of a long loop when the flag is set (looked at every
  /// `pollStride` turns).
  @inline(__always)
  func poll(_ i: Int) throws(Diagnostic) {
    if stops(at: i) { throw .cancelled(at: .at(0)) }
  }

  /// Throws the "cancelled" diagnostic when the flag is set.
  func check(_ span: Span) throws(Diagnostic) {
    if isCancelled { throw .cancelled(at: span) }
  }
}

extension Diagnostic {
  /// "query cancelled" (E0340), for everything that stops a query on Ctrl-C.
  public static func cancelled(at span: Span) -> Diagnostic {
    .error(planMessages.cancelled(), at: span)
  }

  /// Whether this is the "query cancelled" diagnostic.
  public var isCancellation: Bool { text == planMessages.cancelled() }
}
