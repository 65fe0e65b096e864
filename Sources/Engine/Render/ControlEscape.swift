/// Control characters from data made visible, so that none reaches a terminal raw (an escape
/// sequence in a cell could move the cursor, retitle the window or hide the rows after it).
/// Every renderer that writes for people calls this, and the executable for csv on a
/// terminal: C0 controls become their pictures (ESC → ␛ U+241B, BEL → ␇), DEL ␡, and the
/// C1 controls (U+0080–U+009F) `\x9B`-style escapes.
public enum ControlEscape {
  /// Whether `scalar` is a control character that must not reach a terminal raw (tab and
  /// line feed excepted when `keepLayout`).
  @inline(__always)
  static func isControl(_ scalar: Unicode.Scalar, keepLayout: Bool) -> Bool {
    let v = scalar.value
    if keepLayout && (v == 0x09 || v == 0x0A) { return false }
    return v < 0x20 || (v >= 0x7F && v < 0xA0)
  }

  /// `text` with its control characters made visible; when `keepLayout`, tabs and line
  /// feeds stay (and a CR before a line feed), for formats whose lines are the data's.
  public static func visible(_ text: String, keepLayout: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0, keepLayout: keepLayout) }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (i, scalar) in scalars.enumerated() {
      let v = scalar.value
      if keepLayout && v == 0x0D && i + 1 < scalars.count && scalars[i + 1] == "\n" {
        out.append(scalar)
        continue
      }
      guard isControl(scalar, keepLayout: keepLayout) else {
        out.append(scalar)
        continue
      }
      out.append(contentsOf: picture(v).unicodeScalars)
    }
    return String(out)
  }

  /// How control character `v` is shown.
  static func picture(_ v: UInt32) -> String {
    if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
    if v == 0x7F { return "\u{2421}" }
    let hex = String(v, radix: 16, uppercase: true)
    return "\\x" + hex
  }
}
