/// Civil dates as day numbers (days since 1970-01-01), and the time buckets built on them.
///
/// Written by hand (Howard Hinnant's civil-from-days algorithm) rather than with Foundation's
/// `Calendar`, which allocates and is far too slow for a per-row loop.
public enum CivilDate {
  /// The day number of a proleptic Gregorian date.
  public static func days(year: Int, month: Int, day: Int) -> Int32 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return Int32(era * 146_097 + doe - 719_468)
  }

  /// The year, month and day of a day number.
  public static func civil(_ days: Int32) -> (year: Int, month: Int, day: Int) {
    let z = Int(days) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Whether the date exists (rejects 2016-02-30).
  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    return day <= (month == 2 && leap ? 29 : lengths[month - 1])
  }

  /// `2016-11-24` (the year with at least four digits, `-` before a year before 1 BC).
  public static func format(_ days: Int32) -> String {
    let c = civil(days)
    let year = String(c.year.magnitude)
    let padded = String(repeating: "0", count: max(0, 4 - year.count)) + year
    return "\(c.year < 0 ? "-" : "")\(padded)-\(pad2(c.month))-\(pad2(c.day))"
  }

  static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// A time bucket: the unit `by month` or `month(date)` groups dates into.
public enum Bucket: String, CaseIterable, Sendable {
  case day
  case week
  case month
  case quarter
  case year

  /// The bucket number of a day: consecutive buckets have consecutive numbers.
  @inline(__always)
  public func key(_ days: Int32) -> Int32 {
    switch self {
    case .day:
      return days
    case .week:
      // ISO weeks start on Monday; 1970-01-01 was a Thursday.
      return Int32((Int(days) + 3).floorDiv(7))
    case .month:
      let c = CivilDate.civil(days)
      return Int32(c.year * 12 + c.month - 1)
    case .quarter:
      let c = CivilDate.civil(days)
      return Int32(c.year * 4 + (c.month - 1) / 3)
    case .year:
      return Int32(CivilDate.civil(days).year)
    }
  }

  /// The label of a bucket number: `2016-11-24`, `2016-W47`, `2016-11`, `2016-Q4`, `2016`.
  public func label(_ key: Int32) -> String {
    let k = Int(key)
    switch self {
    case .day:
      return CivilDate.format(key)
    case .week:
      // The ISO year and week of the Thursday of this week.
      let thursday = Int32(k * 7)
      let year = CivilDate.civil(thursday).year
      let first = CivilDate.days(year: year, month: 1, day: 1)
      let week = (Int(thursday) - Int(first)) / 7 + 1
      return "\(year)-W\(CivilDate.pad2(week))"
    case .month:
      return "\(k.floorDiv(12))-\(CivilDate.pad2(k.floorMod(12) + 1))"
    case .quarter:
      return "\(k.floorDiv(4))-Q\(k.floorMod(4) + 1)"
    case .year:
      return "\(k)"
    }
  }

  /// The first day of a bucket (for SQL translation and period filters).
  public func firstDay(_ key: Int32) -> Int32 {
    let k = Int(key)
    switch self {
    case .day: return key
    case .week: return Int32(k * 7 - 3)
    case .month: return CivilDate.days(year: k.floorDiv(12), month: k.floorMod(12) + 1, day: 1)
    case .quarter:
      return CivilDate.days(year: k.floorDiv(4), month: k.floorMod(4) * 3 + 1, day: 1)
    case .year: return CivilDate.days(year: k, month: 1, day: 1)
    }
  }
}

extension Int {
  @inline(__always)
  func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
  @inline(__always)
  func floorMod(_ d: Int) -> Int { self - floorDiv(d) * d }
}
