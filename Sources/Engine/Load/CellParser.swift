#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kind of value a cell's text holds, as type inference sees it.
enum CellClass: UInt8 {
  case integer = 1
  case decimal = 2
  case boolean = 4
  case date = 8
  case text = 16

  var name: String {
    switch self {
    case .integer: "integer"
    case .decimal: "decimal"
    case .boolean: "boolean"
    case .date: "date"
    case .text: "text"
    }
  }
}

/// Parses cell values straight from UTF-8 bytes, without building a `String`.
///
/// Numbers, booleans and dates may be surrounded by ASCII spaces. Integers have no leading
/// zeros (`007` is text: it is a code, not a number). Booleans are `true`/`false` in any case
/// and `是`/`否`; a column declared boolean also takes `yes`/`no` and `1`/`0`. Dates are
/// year-month-day with `-`, `/` or `.` between, or `2016年11月24日`, month and day with or without
/// a leading zero; they must exist (2016-02-30 is not a date).
enum CellParser {
  /// Drops ASCII spaces and tabs at both ends.
  @inline(__always)
  static func trim(_ p: UnsafePointer<UInt8>, _ n: Int) -> (UnsafePointer<UInt8>, Int) {
    var lo = 0
    var hi = n
    while lo < hi && (p[lo] == 0x20 || p[lo] == 0x09) { lo += 1 }
    while hi > lo && (p[hi - 1] == 0x20 || p[hi - 1] == 0x09) { hi -= 1 }
    return (p + lo, hi - lo)
  }

  /// A whole number in `Int64`, or nil.
  @inline(__always)
  static func integer(_ p0: UnsafePointer<UInt8>, _ n0: Int) -> Int64? {
    var (p, n) = (p0, n0)
    if n == 0 || p[0] == 0x20 || p[n - 1] == 0x20 { (p, n) = trim(p, n) }
    var i = 0
    var negative = false
    if n > 0 && (p[0] == 0x2D || p[0] == 0x2B) {
      negative = p[0] == 0x2D
      i = 1
    }
    let digits = n - i
    guard digits > 0, digits <= 19 else { return nil }
    if digits > 1 && p[i] == 0x30 { return nil }
    var value: UInt64 = 0
    while i < n {
      let d = p[i] &- 0x30
      guard d < 10 else { return nil }
      value = value &* 10 &+ UInt64(d)
      i += 1
    }
    // 19 digits stay below UInt64.max; Int64.min itself is the missing sentinel, so not a value.
    guard value <= UInt64(Int64.max) else { return nil }
    return negative ? -Int64(value) : Int64(value)
  }

  private static let powersOfTen: [Double] = (0...22).map { e in
    var v = 1.0
    for _ in 0..<e { v *= 10 }
    return v
  }

  /// A decimal number (`-12`, `3.25`, `1.5e3`), or nil.
  static func decimal(_ p0: UnsafePointer<UInt8>, _ n0: Int) -> Double? {
    let (p, n) = trim(p0, n0)
    var i = 0
    var negative = false
    if n > 0 && (p[0] == 0x2D || p[0] == 0x2B) {
      negative = p[0] == 0x2D
      i = 1
    }
    let intStart = i
    var mantissa: UInt64 = 0
    var significant = 0
    while i < n, p[i] &- 0x30 < 10 {
      if mantissa != 0 || p[i] != 0x30 { significant += 1 }
      mantissa = mantissa &* 10 &+ UInt64(p[i] &- 0x30)
      i += 1
    }
    let intDigits = i - intStart
    guard intDigits > 0 else { return nil }
    if intDigits > 1 && p[intStart] == 0x30 { return nil }
    var fraction = 0
    if i < n && p[i] == 0x2E {
      i += 1
      let fracStart = i
      while i < n, p[i] &- 0x30 < 10 {
        if mantissa != 0 || p[i] != 0x30 { significant += 1 }
        mantissa = mantissa &* 10 &+ UInt64(p[i] &- 0x30)
        i += 1
      }
      fraction = i - fracStart
      guard fraction > 0 else { return nil }
    }
    var exponent = 0
    if i < n && (p[i] == 0x65 || p[i] == 0x45) {
      i += 1
      var expNegative = false
      if i < n && (p[i] == 0x2D || p[i] == 0x2B) {
        expNegative = p[i] == 0x2D
        i += 1
      }
      let expStart = i
      while i < n, p[i] &- 0x30 < 10, i - expStart < 6 {
        exponent = exponent * 10 + Int(p[i] &- 0x30)
        i += 1
      }
      guard i > expStart else { return nil }
      if expNegative { exponent = -exponent }
    }
    guard i == n else { return nil }
    let scale = exponent - fraction
    // Exact: a mantissa under 2^53 times an exactly representable power of ten.
    guard significant <= 15, abs(scale) <= 22 else { return slowDecimal(p, n) }
    let v = Double(mantissa)
    let scaled = scale < 0 ? v / powersOfTen[-scale] : v * powersOfTen[scale]
    return negative ? -scaled : scaled
  }

  /// Correctly rounded conversion through the C library, for long or scaled numbers.
  private static func slowDecimal(_ p: UnsafePointer<UInt8>, _ n: Int) -> Double? {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { buf in
      for k in 0..<n { buf[k] = CChar(bitPattern: p[k]) }
      buf[n] = 0
      let v = strtod(buf.baseAddress!, nil)
      return v.isFinite ? v : nil
    }
  }

  /// `true`/`false` (any case) and `是`/`否`; with `declared`, also `yes`/`no`/`1`/`0`.
  static func boolean(_ p0: UnsafePointer<UInt8>, _ n0: Int, declared: Bool = false) -> UInt8? {
    let (p, n) = trim(p0, n0)
    switch n {
    case 1:
      guard declared else { return nil }
      if p[0] == 0x31 { return 1 }
      if p[0] == 0x30 { return 0 }
      return nil
    case 2:
      guard declared else { return nil }
      return (p[0] | 0x20) == 0x6E && (p[1] | 0x20) == 0x6F ? 0 : nil  // no
    case 3:
      if p[0] == 0xE6 && p[1] == 0x98 && p[2] == 0xAF { return 1 }  // 是
      if p[0] == 0xE5 && p[1] == 0x90 && p[2] == 0xA6 { return 0 }  // 否
      guard declared else { return nil }
      return matches(p, n, "yes") ? 1 : nil
    case 4: return matches(p, n, "true") ? 1 : nil
    case 5: return matches(p, n, "false") ? 0 : nil
    default: return nil
    }
  }

  /// Case-insensitive comparison with a lowercase ASCII word.
  private static func matches(_ p: UnsafePointer<UInt8>, _ n: Int, _ word: StaticString) -> Bool {
    guard word.utf8CodeUnitCount == n else { return false }
    let w = word.utf8Start
    for k in 0..<n where (p[k] | 0x20) != w[k] { return false }
    return true
  }

  /// A date as days since 1970-01-01, or nil.
  static func date(_ p0: UnsafePointer<UInt8>, _ n0: Int) -> Int32? {
    let (p, n) = trim(p0, n0)
    guard n >= 8, n <= 17 else { return nil }
    var i = 0
    var year = 0
    while i < 4 {
      let d = p[i] &- 0x30
      guard d < 10 else { return nil }
      year = year * 10 + Int(d)
      i += 1
    }
    // The separator after the year decides the style: `-`, `/`, `.` or 年/月/日.
    let sep = p[i]
    let chinese: Bool
    switch sep {
    case 0x2D, 0x2F, 0x2E:
      chinese = false
      i += 1
    case 0xE5:
      guard i + 2 < n, p[i + 1] == 0xB9, p[i + 2] == 0xB4 else { return nil }  // 年
      chinese = true
      i += 3
    default: return nil
    }
    guard let month = twoDigits(p, n, &i) else { return nil }
    if chinese {
      guard i + 2 < n, p[i] == 0xE6, p[i + 1] == 0x9C, p[i + 2] == 0x88 else { return nil }  // 月
      i += 3
    } else {
      guard i < n, p[i] == sep else { return nil }
      i += 1
    }
    guard let day = twoDigits(p, n, &i) else { return nil }
    if chinese {
      guard i + 2 < n, p[i] == 0xE6, p[i + 1] == 0x97, p[i + 2] == 0xA5 else { return nil }  // 日
      i += 3
    }
    guard i == n, isValidDate(year: year, month: month, day: day) else { return nil }
    return daysSince1970(year: year, month: month, day: day)
  }

  /// One or two digits at `i`, advancing `i`.
  @inline(__always)
  private static func twoDigits(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int) -> Int? {
    guard i < n, p[i] &- 0x30 < 10 else { return nil }
    var v = Int(p[i] &- 0x30)
    i += 1
    if i < n, p[i] &- 0x30 < 10 {
      v = v * 10 + Int(p[i] &- 0x30)
      i += 1
    }
    return v
  }

  static func isValidDate(year: Int, month: Int, day: Int) -> Bool {
    CivilDate.isValid(year: year, month: month, day: day)
  }

  static func daysSince1970(year: Int, month: Int, day: Int) -> Int32 {
    CivilDate.days(year: year, month: month, day: day)
  }

  /// The most specific kind of value the text is.
  static func classify(_ p: UnsafePointer<UInt8>, _ n: Int) -> CellClass {
    if integer(p, n) != nil { return .integer }
    if decimal(p, n) != nil { return .decimal }
    if boolean(p, n) != nil { return .boolean }
    if date(p, n) != nil { return .date }
    return .text
  }
}
