import Synchronization

/// A value made on first use and kept: the columns of a snapshot are read from its file
/// when a query first needs them, so opening a snapshot reads only its structure.
///
/// Once the value is kept, the closure that made it is dropped, and with it what it held (a
/// loaded column's 32-bit values, once their 64-bit values are made): a column does not hold
/// two copies of its values after its first use.
public final class Deferred<Value: Sendable>: Sendable {
  /// How a value is made: the value, and whether to keep it.
  private typealias Make = @Sendable () -> (value: Value, keep: Bool)

  /// Not made yet (or not kept), or made and kept.
  private enum State {
    case pending(Make)
    case kept(Value)
  }

  private let state: Mutex<State>

  public init(_ make: @escaping @Sendable () -> Value) {
    state = Mutex(.pending({ (make(), true) }))
  }

  /// A value made again at each use until `make` says to keep it: a damaged snapshot
  /// column is read (and its damage reported) by every query that needs it.
  init(until make: @escaping @Sendable () -> (value: Value, keep: Bool)) {
    state = Mutex(.pending(make))
  }

  /// The value, made now if this is the first use (other threads wait for it).
  public var value: Value {
    state.withLock { state in
      switch state {
      case .kept(let value): return value
      case .pending(let make):
        let made = make()
        if made.keep { state = .kept(made.value) }
        return made.value
      }
    }
  }

  /// Whether the value has been made and kept (the closure that made it is gone).
  var isKept: Bool {
    state.withLock { state in
      if case .kept = state { return true }
      return false
    }
  }
}
