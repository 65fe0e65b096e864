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

  /// Runs `first` here and `second` on a thread of its own, at once; returns both results.
  /// A thread rather than the dispatch pool: this runs inside `map`'s workers, where the
  /// pool would run a nested job after the first instead of beside it.
  static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    withoutActuallyEscaping(second) { second in
      let job = SecondJob(Unchecked(second))
      let thread = Thread { job.run() }
      thread.stackSize = 8 << 20
      thread.start()
      let a = first()
      job.done.wait()
      return (a, job.result!.value)
    }
  }

  /// The work `both` hands to its thread, and its result.
  private final class SecondJob<B>: @unchecked Sendable {
    /// Dropped once run, before `done` is signalled: `both` may not return while the thread
    /// still holds the closure.
    private var work: Unchecked<() -> B>?
    var result: Unchecked<B>?
    let done = DispatchSemaphore(value: 0)

    init(_ work: Unchecked<() -> B>) { self.work = work }

    func run() {
      result = Unchecked(work!.value())
      work = nil
      done.signal()
    }
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
