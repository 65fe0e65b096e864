/// Sums and averages of decimals that come out as the decimals they are: `0.1` added ten times
/// is `1`, not `0.9999999999999999`.
///
/// Decimals are binary doubles, so `0.1` is a little more than a tenth and every addition can
/// round. Two steps make a sum exact for the data people keep (up to 15 significant digits):
/// the additions carry their rounding errors along (`TwoSum`, Knuth), so the sum of 10 million
/// rows is as close as one addition; and the result is taken to the nearest decimal of 15
/// significant digits when it lies within a few units in the last place of it (`snapped`).
/// A result that is not such a decimal (an average of 1/3) keeps every digit it has.
enum DecimalSum {
  /// `x`, or the decimal of at most 15 significant digits that lies within 4 units in the last
  /// place of `x` (the error a compensated sum or one division can leave). Worked out with
  /// one scaling by an exact power of ten, no text: it runs once per group of an answer.
  static func snapped(_ x: Double) -> Double {
    let m = x.magnitude
    guard m >= 1e-7, m < 1e15 else { return x }
    // The decimal exponent of the first digit (an off-by-one near a power of ten only keeps
    // one digit more or less, and the distance test still decides).
    var e = 0
    if m >= 1 {
      while e < 15 && powers[e + 1] <= m { e += 1 }
    } else {
      e = -1
      while e > -8 && m * powers[-e] < 1 { e -= 1 }
    }
    let k = 14 - e
    let scaled = k >= 0 ? x * powers[k] : x / powers[-k]
    let whole = scaled.rounded()
    let candidate = k >= 0 ? whole / powers[k] : whole * powers[-k]
    return (candidate - x).magnitude <= 4 * x.ulp ? candidate : x
  }

  /// 10^0 … 10^22, each exact as a `Double`.
  private static let powers: [Double] = (0...22).map { e in
    var p = 1.0
    for _ in 0..<e { p *= 10 }
    return p
  }

  /// The sum of a slot's values with the error of each addition kept in `carry` (Knuth's
  /// TwoSum: no branch, six additions), so `sum + carry` is the sum as if added exactly.
  @inline(__always)
  static func add(_ x: Double, to sum: inout Double, carry: inout Double) {
    let t = sum + x
    let z = t - sum
    carry += (sum - (t - z)) + (x - z)
    sum = t
  }
}
