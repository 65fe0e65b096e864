import Collation

extension Value {
  /// Total order for sorting answers: numbers numerically, text by pinyin (`text: .bytes`:
  /// by UTF-8 bytes, as SQLite does), missing last. Returns -1, 0 or 1.
  func order(_ other: Value, text: TextOrder = .pinyin) -> Int {
    switch (self, other) {
    case (.missing, .missing): return 0
    case (.missing, _): return 1
    case (_, .missing): return -1
    case (.text(let a), .text(let b)):
      if a == b { return 0 }
      if text == .pinyin { return Pinyin.compare(a, b) }
      return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    case (.integer(let a), .integer(let b)):
      return a < b ? -1 : (a > b ? 1 : 0)
    case (.integer(let a), .decimal(let b)) where !b.isNaN:
      return exactOrder(a, b)
    case (.decimal(let a), .integer(let b)) where !a.isNaN:
      return -exactOrder(b, a)
    default:
      if let a = numeric, let b = other.numeric { return a < b ? -1 : (a > b ? 1 : 0) }
      return rank < other.rank ? -1 : (rank > other.rank ? 1 : 0)
    }
  }

  /// The value as a number, when it is one (dates as day numbers, booleans as 0/1).
  var numeric: Double? {
    switch self {
    case .integer(let v): Double(v)
    case .decimal(let v): v
    case .date(let v): Double(v)
    case .boolean(let v): v ? 1 : 0
    case .text, .missing: nil
    }
  }

  private var rank: Int {
    switch self {
    case .boolean: 0
    case .integer, .decimal: 1
    case .date: 2
    case .text: 3
    case .missing: 4
    }
  }

  /// The value as plain text, for column names of a crosstab and for messages.
  public var label: String {
    switch self {
    case .missing: "(empty)"
    case .integer(let v): String(v)
    case .decimal(let v): v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    case .boolean(let v): v ? "true" : "false"
    case .date(let d): CivilDate.format(d)
    case .text(let s): s
    }
  }
}
