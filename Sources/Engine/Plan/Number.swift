import Lang

/// A number written in a query (or given as a parameter), kept exact: a whole number as the
/// `Int64` it was written as, a decimal as the nearest `Double`. Whole numbers above 2^53 (an
/// 18-digit ID-card number, a 19-digit bank card) have no exact `Double`, so they are never
/// made one to be compared: every test against a stored value is exact (`exactOrder`).
enum Number: Hashable, Sendable {
  case integer(Int64)
  case decimal(Double)

  var isInteger: Bool {
    if case .integer = self { return true }
    return false
  }

  /// The nearest `Double` (for arithmetic on decimals and for measures).
  var double: Double {
    switch self {
    case .integer(let n): Double(n)
    case .decimal(let d): d
    }
  }

  /// The value as a whole number, when it is one: an integer, or a decimal such as `3.0`.
  var whole: Int64? {
    switch self {
    case .integer(let n): n
    case .decimal(let d): Int64(exactly: d)
    }
  }

  /// The digits as a person reads them: `310104198001011235`, `1.5`.
  var text: String {
    switch self {
    case .integer(let n): String(n)
    case .decimal(let d): String(d)
    }
  }

  /// The significant digits of a decimal as written (`0.0150` has 3: 1, 5 and the 0 after
  /// them is dropped). A `Double` holds 15 of them exactly; more would be rounded.
  static func significantDigits(_ written: String) -> Int {
    var digits = written.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }
    while digits.first == 0x30 { digits.removeFirst() }
    if written.contains(".") { while digits.last == 0x30 { digits.removeLast() } }
    return digits.count
  }

  /// -1, 0 or 1: the order of a stored whole number `x` against this number, exactly.
  @inline(__always)
  func order(of x: Int64) -> Int {
    switch self {
    case .integer(let n): x < n ? -1 : (x > n ? 1 : 0)
    case .decimal(let d): exactOrder(x, d)
    }
  }

  /// -1, 0 or 1: the order of a stored decimal `x` (not NaN) against this number, exactly.
  @inline(__always)
  func order(of x: Double) -> Int {
    switch self {
    case .integer(let n): -exactOrder(n, x)
    case .decimal(let d): x < d ? -1 : (x > d ? 1 : 0)
    }
  }
}

/// -1, 0 or 1: `a` against `d` (not NaN) exactly, without rounding `a` to a `Double`:
/// 9007199254740993 is above 9007199254740992.0, though both are the same `Double`.
@inline(__always)
func exactOrder(_ a: Int64, _ d: Double) -> Int {
  if d >= 9_223_372_036_854_775_808.0 { return -1 }
  if d < -9_223_372_036_854_775_808.0 { return 1 }
  let floor = d.rounded(.down)
  let f = Int64(floor)
  if a < f { return -1 }
  if a > f { return 1 }
  return floor == d ? 0 : -1
}

/// The numbers of an `in (…)` list, for exact membership: whole numbers (including decimals
/// written as `3.0`) as `Int64`, the others as `Double`.
struct NumberSet: Sendable {
  var wholes: Set<Int64> = []
  var fractions: Set<Double> = []

  init(_ numbers: some Sequence<Number>) {
    for n in numbers {
      if let w = n.whole { wholes.insert(w) } else { fractions.insert(n.double) }
    }
  }

  @inline(__always)
  func contains(_ x: Int64) -> Bool { wholes.contains(x) }

  @inline(__always)
  func contains(_ x: Double) -> Bool {
    if let w = Int64(exactly: x) { return wholes.contains(w) }
    return fractions.contains(x)
  }

  var isEmpty: Bool { wholes.isEmpty && fractions.isEmpty }

  /// The numbers in ascending order (for SQL's `IN (…)`).
  var sorted: [Number] {
    var all = wholes.map(Number.integer) + fractions.map(Number.decimal)
    all.sort { a, b in
      switch (a, b) {
      case (.integer(let x), _): b.order(of: x) < 0
      case (.decimal(let x), _): b.order(of: x) < 0
      }
    }
    return all
  }
}
