import Synchronization

/// A value made on first use and kept: the columns of a snapshot are read from its file
/// when a query first needs them, so opening a snapshot reads only its structure.
public final class Deferred<Value: Sendable>: Sendable {
  private let state = Mutex<Value?>(nil)
  private let make: @Sendable () -> (value: Value, keep: Bool)

  public init(_ make: @escaping @Sendable () -> Value) {
    self.make = { (make(), true) }
  }

  /// A value made again at each use until `make` says to keep it: a damaged snapshot
  /// column is read (and its damage reported) by every query that needs it.
  init(until make: @escaping @Sendable () -> (value: Value, keep: Bool)) {
    self.make = make
  }

  /// The value, made now if this is the first use (other threads wait for it).
  public var value: Value {
    state.withLock { kept in
      if let kept { return kept }
      let made = make()
      if made.keep { kept = made.value }
      return made.value
    }
  }
}
