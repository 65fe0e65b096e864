import Synchronization

/// A value made on first use and kept: the columns of a snapshot are read from its file
/// when a query first needs them, so opening a snapshot reads only its structure.
public final class Deferred<Value: Sendable>: Sendable {
  private let state = Mutex<Value?>(nil)
  private let make: @Sendable () -> Value

  public init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  /// The value, made now if this is the first use (other threads wait for it).
  public var value: Value {
    state.withLock { kept in
      if let kept { return kept }
      let made = make()
      kept = made
      return made
    }
  }
}
