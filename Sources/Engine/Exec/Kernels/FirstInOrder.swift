// Correctness lives in the caller; this folder only makes it fast.

/// The first `k` of the positions `0..<n` in the order `less` gives (a strict total order:
/// no two positions tie), in that order: what sorting all `n` and keeping `k` gives, with
/// `n` comparisons against the largest kept for most positions instead of `n log n`.
///
/// A bounded heap written here rather than swift-collections' `Heap`: that one orders its
/// elements by their own `Comparable`, and these are ordered by a comparison of several sort
/// keys the caller holds.
func firstInOrder(_ k: Int, of n: Int, by less: (Int, Int) -> Bool) -> [Int] {
  let k = min(k, n)
  guard k > 0 else { return [] }
  // A max-heap under `less`: kept[0] is the last of the kept positions in order.
  var kept: [Int] = []
  kept.reserveCapacity(k)
  for i in 0..<n {
    if kept.count < k {
      kept.append(i)
      var child = kept.count - 1
      while child > 0 {
        let parent = (child - 1) / 2
        guard less(kept[parent], kept[child]) else { break }
        kept.swapAt(parent, child)
        child = parent
      }
    } else if less(i, kept[0]) {
      kept[0] = i
      var parent = 0
      while true {
        let left = 2 * parent + 1
        guard left < k else { break }
        var larger = left
        if left + 1 < k && less(kept[left], kept[left + 1]) { larger = left + 1 }
        guard less(kept[parent], kept[larger]) else { break }
        kept.swapAt(parent, larger)
        parent = larger
      }
    }
  }
  return kept.sorted(by: less)
}
