// Display width of text in a terminal cell grid (East Asian Width, UAX #11).
// Kept in this one file so it can be swapped for Lang's `displayWidth(_:)` once that exists.

/// Columns a string takes in a terminal: wide and fullwidth characters take 2, combining marks and
/// zero-width characters 0, everything else (including ambiguous ones such as `…` and `█`) 1.
func terminalWidth(of text: some StringProtocol) -> Int {
  var total = 0
  for character in text {
    total += terminalWidth(of: character)
  }
  return total
}

/// Columns one grapheme cluster takes: the widest of its scalars, so a base letter with combining
/// marks is 1 and an emoji sequence is 2; an emoji presentation selector (U+FE0F) makes it 2.
func terminalWidth(of character: Character) -> Int {
  var width = 0
  for scalar in character.unicodeScalars {
    if scalar.value == 0xFE0F { return 2 }
    let w = scalarWidth(scalar)
    if w > width { width = w }
  }
  return width
}

private func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
  let v = scalar.value
  if v < 0x7F { return v < 0x20 ? 0 : 1 }
  if v < 0xA0 { return 0 }  // DEL and C1 controls
  if v < 0x1100 { return isZeroWidth(scalar) ? 0 : 1 }
  if isWide(v) {
    // Combining marks inside the CJK blocks (ideographic tone marks, kana voicing marks).
    return (v >= 0x302A && v <= 0x302F) || v == 0x3099 || v == 0x309A ? 0 : 2
  }
  return isZeroWidth(scalar) ? 0 : 1
}

private func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
  let v = scalar.value
  if v >= 0x1160 && v <= 0x11FF { return true }  // conjoining Hangul vowels and finals
  switch scalar.properties.generalCategory {
  case .nonspacingMark, .enclosingMark, .format: return true
  default: return false
  }
}

/// Ranges of East Asian Width W or F (a compact form of EastAsianWidth.txt, Unicode 15).
private let wideRanges: [(UInt32, UInt32)] = [
  (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
  (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
  (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
  (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
  (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
  (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
  (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
  (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
  (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
  (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x17000, 0x18CFF),
  (0x1B000, 0x1B2FF), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
  (0x1F191, 0x1F19A), (0x1F200, 0x1F251), (0x1F300, 0x1F320), (0x1F32D, 0x1F335),
  (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
  (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
  (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
  (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
  (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7),
  (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB),
  (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
  (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
]

private func isWide(_ v: UInt32) -> Bool {
  // Binary search over the sorted, disjoint ranges.
  var low = 0
  var high = wideRanges.count - 1
  while low <= high {
    let mid = (low + high) / 2
    let range = wideRanges[mid]
    if v < range.0 {
      high = mid - 1
    } else if v > range.1 {
      low = mid + 1
    } else {
      return true
    }
  }
  return false
}
