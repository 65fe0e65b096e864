/// SplitMix64, the generator's own seeded pseudo-random source (no Foundation randomness).
///
/// Every table row draws from its own stream, derived from the seed, a table tag and the
/// row index, so tables can be generated independently and in any order.
struct GenRandom {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// The stream for row `index` of the table tagged `stream`.
  init(seed: UInt64, stream: UInt64, index: Int) {
    let base = GenRandom.mix(seed &+ GenRandom.mix(stream &* 0x9E37_79B9_7F4A_7C15))
    state = GenRandom.mix(base ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
  }

  /// The SplitMix64 finaliser: a good 64-bit hash.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return GenRandom.mix(state)
  }

  /// A number in `0..<n` (n below 2³²), by multiply-and-shift.
  @inline(__always)
  mutating func below(_ n: Int) -> Int {
    Int(((next() >> 32) &* UInt64(truncatingIfNeeded: n)) >> 32)
  }

  /// A number in `low...high`.
  @inline(__always)
  mutating func within(_ low: Int, _ high: Int) -> Int {
    low + below(high - low + 1)
  }

  /// True with probability `permille` / 1000.
  @inline(__always)
  mutating func chance(_ permille: Int) -> Bool {
    below(1000) < permille
  }

  /// An index chosen with the given weights.
  mutating func pick(_ weights: GenWeights) -> Int {
    weights.index(for: below(weights.total))
  }
}

/// Integer weights prepared for `GenRandom.pick`.
struct GenWeights: Sendable {
  private let cumulative: [Int]
  let total: Int

  init(_ weights: [Int]) {
    var running = 0
    var cumulative: [Int] = []
    cumulative.reserveCapacity(weights.count)
    for weight in weights {
      running += weight
      cumulative.append(running)
    }
    self.cumulative = cumulative
    self.total = running
  }

  /// The index whose weight band holds `value` (`0..<total`).
  func index(for value: Int) -> Int {
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let mid = (low + high) / 2
      if cumulative[mid] > value { high = mid } else { low = mid + 1 }
    }
    return low
  }
}

/// Splits `total` into parts proportional to `weights` that add up exactly (largest remainder,
/// ties broken by position).
func genApportion(_ total: Int, weights: [Int]) -> [Int] {
  let sum = weights.reduce(0, +)
  guard sum > 0 else { return weights.map { _ in 0 } }
  var parts = weights.map { total * $0 / sum }
  var remainders = weights.enumerated().map { (index: $0.offset, rest: total * $0.element % sum) }
  remainders.sort { $0.rest != $1.rest ? $0.rest > $1.rest : $0.index < $1.index }
  var left = total - parts.reduce(0, +)
  var i = 0
  while left > 0 {
    parts[remainders[i % remainders.count].index] += 1
    left -= 1
    i += 1
  }
  return parts
}
