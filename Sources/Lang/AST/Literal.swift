/// A literal value written in a query.
public enum Literal: Hashable, Sendable {
  /// A whole number: `32`, `-1`. A four-digit number after `in` is a year period instead.
  case integer(Int64)
  /// A decimal number as written: `1.5` (kept as text so printing round-trips exactly).
  case decimal(String)
  /// A quoted string: `"王"` or `'王'` (the unescaped contents).
  case string(String)
  /// A bare word used as a value, such as `micro` in `type=micro` or `居民区`.
  case word(String)
  /// A calendar date `2016-11-24`.
  case date(year: Int, month: Int, day: Int)
  /// A period: `2016` (after `in`), `2016-11`, `2016-Q4`.
  case period(Period)
  /// `true` or `false`.
  case boolean(Bool)
}

/// A span of calendar time named by a literal.
public enum Period: Hashable, Sendable {
  /// A whole year: `2016`.
  case year(Int)
  /// A quarter: `2016-Q4` (quarter is 1...4).
  case quarter(year: Int, quarter: Int)
  /// A month: `2016-11` (month is 1...12).
  case month(year: Int, month: Int)
}
