/// Text forms of numbers and dates, written without Foundation so every format agrees.
enum NumberText {
  /// Shortest round-trip form of a double (`0.1`, `1e-05`), `12` rather than `12.0` for whole
  /// values and `0` for negative zero. Not-finite values give `nan`, `inf`, `-inf`.
  static func shortest(_ x: Double) -> String {
    if x == 0 { return "0" }
    var text = x.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  /// `x` rounded half away from zero (on its shortest decimal form, so `2.675` gives `2.68`) to
  /// `decimals` places, `x` scaled by `10^shift` first (exactly, by moving the decimal point).
  /// Trailing fraction zeros are dropped unless `keepZeros`.
  static func rounded(_ x: Double, decimals: Int, shift: Int = 0, keepZeros: Bool = false)
    -> String
  {
    guard x.isFinite else { return shortest(x) }
    var (digits, point) = decimalDigits(of: x.magnitude)
    point += shift
    let keep = point + decimals
    if keep < digits.count {
      if keep < 0 {
        digits = []
      } else {
        let roundUp = digits[keep] >= 5
        digits.removeLast(digits.count - keep)
        if roundUp { point += incrementLast(&digits) }
      }
      while digits.last == 0 { digits.removeLast() }
    }
    if digits.isEmpty { point = 0 }
    return layout(digits, point: point, decimals: decimals, keepZeros: keepZeros, negative: x < 0)
  }

  /// A share as a percentage with at least one decimal and at least two significant digits:
  /// `0.125` → `12.5%`, `0.00085` → `0.085%`, `0.00999` → `1.0%`, `0` → `0.0%`.
  static func percent(_ x: Double) -> String {
    guard x.isFinite else { return shortest(x) }
    var (digits, point) = decimalDigits(of: x.magnitude)
    point += 2
    var decimals = 1
    if !digits.isEmpty && point < 1 {
      // Two significant digits need `2 - point` decimals, one fewer when rounding to them
      // carries into a new leading digit (0.996% → 1.0%).
      decimals = 2 - point
      if digits.count > 2 && digits[2] >= 5 && digits[0] == 9 && digits[1] == 9 {
        decimals = max(1, decimals - 1)
      }
    }
    return rounded(x, decimals: decimals, shift: 2, keepZeros: true) + "%"
  }

  /// The digits before the decimal point grouped by thousands: `32424.5` → `32,424.5`,
  /// `-12345` → `-12,345`; text that is not a plain number is returned as it is.
  static func groupingThousands(_ text: String) -> String {
    let sign = text.hasPrefix("-") ? "-" : ""
    let body = text.dropFirst(sign.count)
    let whole = body.prefix { $0.isASCII && $0.isNumber }
    guard whole.count > 3, let n = Int(whole) else { return text }
    return sign + grouped(n) + body.dropFirst(whole.count)
  }

  /// `4712` → `4,712`.
  static func grouped(_ n: Int) -> String {
    let plain = String(n.magnitude)
    var out = n < 0 ? "-" : ""
    var index = 0
    let count = plain.count
    for character in plain {
      if index > 0 && (count - index) % 3 == 0 { out.append(",") }
      out.append(character)
      index += 1
    }
    return out
  }

  /// `YYYY-MM-DD` for a count of days since 1970-01-01 (proleptic Gregorian calendar).
  static func date(daysSinceEpoch days: Int32) -> String { CivilDate.format(days) }

  /// The significant digits of a non-negative finite double and where its decimal point falls:
  /// `12.5` → ([1, 2, 5], 2); `0.05` → ([5], -1); `0` → ([], 0).
  private static func decimalDigits(of x: Double) -> (digits: [UInt8], point: Int) {
    var digits: [UInt8] = []
    var point = 0
    var seenPoint = false
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for byte in x.description.utf8 {
      switch byte {
      case UInt8(ascii: "."): seenPoint = true
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "-") where inExponent: exponentSign = -1
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let d = byte - UInt8(ascii: "0")
        if inExponent {
          exponent = exponent * 10 + Int(d)
        } else if digits.isEmpty && d == 0 {
          if seenPoint { point -= 1 }  // leading zero after the point
        } else {
          digits.append(d)
          if !seenPoint { point += 1 }
        }
      default: break
      }
    }
    while digits.last == 0 { digits.removeLast() }
    if digits.isEmpty { return ([], 0) }
    return (digits, point + exponentSign * exponent)
  }

  /// Adds one unit in the last place; returns 1 when a carry adds a leading digit.
  private static func incrementLast(_ digits: inout [UInt8]) -> Int {
    var index = digits.count - 1
    while index >= 0 {
      if digits[index] < 9 {
        digits[index] += 1
        return 0
      }
      digits[index] = 0
      index -= 1
    }
    digits.insert(1, at: 0)
    return 1
  }

  private static func layout(
    _ digits: [UInt8], point: Int, decimals: Int, keepZeros: Bool, negative: Bool
  ) -> String {
    func digit(at i: Int) -> Character {
      i >= 0 && i < digits.count ? Character(Unicode.Scalar(digits[i] + 48)) : "0"
    }
    var out = ""
    if point <= 0 {
      out.append("0")
    } else {
      for i in 0..<point { out.append(digit(at: i)) }
    }
    var fraction = ""
    for i in point..<(point + decimals) { fraction.append(digit(at: i)) }
    if !keepZeros {
      while fraction.last == "0" { fraction.removeLast() }
    }
    if !fraction.isEmpty { out += "." + fraction }
    if negative && digits.contains(where: { $0 != 0 }) { out = "-" + out }
    return out
  }
}
