import Lang

extension Executor {
  /// `top 5` (or `order by` measures and a small `limit`): the first slots in that order,
  /// picked in one pass that keeps only the best `limit` so far, instead of sorting every
  /// group (ten million of them for `count attendance by member, session top 5`). Ties keep
  /// the default order, as the full sort would. Nil when the plan is not such a query; what
  /// was applied is taken out of `plan`.
  func topSlots(
    _ slots: [Int], _ plan: inout QueryPlan, keys: [KeyColumn], index: GroupIndex,
    metrics: [MetricValues]
  ) throws(Diagnostic) -> [Int]? {
    let keyWidth = keys.reduce(0) { $0 + $1.columns.count }
    guard let limit = plan.limit, limit <= 10_000, slots.count > limit * 4, !plan.order.isEmpty
    else { return nil }
    var order: [(Int, Bool, TextOrder)] = []
    for item in plan.order {
      guard case .column(let i) = item.key, i >= keyWidth else { return nil }
      order.append((i - keyWidth, item.descending, item.text))
    }
    let ranks = try keyRanks(slots, keys: keys, index: index)
    let kinds = plan.metrics.map(\.kind)
    // Whether slot number `a` (an index into `slots`) comes before `b`.
    func before(_ a: Int, _ b: Int) -> Bool {
      for (m, descending, text) in order {
        let x = metrics[m].value(slots[a], kind: kinds[m])
        let y = metrics[m].value(slots[b], kind: kinds[m])
        if x == .missing || y == .missing {
          if x == y { continue }
          return y == .missing
        }
        let c = x.order(y, text: text)
        if c != 0 { return descending ? c > 0 : c < 0 }
      }
      switch ranks {
      case .inOrder: return a < b
      case .combined(let r): return r[a] < r[b]
      case .perKey(let r): return r[a].lexicographicallyPrecedes(r[b])
      }
    }
    var best: [Int] = []
    best.reserveCapacity(limit + 1)
    for i in slots.indices {
      try cancellation.poll(i)
      if best.count == limit, let last = best.last, !before(i, last) { continue }
      // Binary search for the first kept slot that `i` comes before.
      var lo = 0
      var hi = best.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if before(i, best[mid]) { hi = mid } else { lo = mid + 1 }
      }
      best.insert(i, at: lo)
      if best.count > limit { best.removeLast() }
    }
    plan.order = []
    plan.limit = nil
    return best.map { slots[$0] }
  }
}
