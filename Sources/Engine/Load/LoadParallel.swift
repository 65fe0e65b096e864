import Dispatch
import Foundation

/// Runs independent loading work on all cores.
enum LoadParallel {
  /// `transform` applied to every element, on all cores; results in order.
  static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count <= 1 { return items.map(transform) }
    let slots = Slots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
      slots.set(i, transform(items[i]))
    }
    return slots.values()
  }

  /// Result slots the workers fill in, each its own, under a lock.
  private final class Slots<R: Sendable>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) { lock.withLock { slots[i] = value } }

    func values() -> [R] { lock.withLock { slots.map { $0! } } }
  }
}
