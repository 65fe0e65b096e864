/// Spelling of SQL names and literals that every dialect shares: quoted identifiers, strings
/// and numbers.
public enum SQLText {
  /// `"name"`, with inner double quotes doubled.
  public static func identifier(_ name: String) -> String {
    "\"" + name.replacingAll("\"", with: "\"\"") + "\""
  }

  /// `'text'`, with inner single quotes doubled.
  public static func string(_ text: String) -> String {
    "'" + text.replacingAll("'", with: "''") + "'"
  }

  /// A number as SQL reads it back exactly: `3`, `1.5`, `1e-05`; whole numbers as integers.
  static func number(_ value: Double, integer: Bool) -> String {
    if integer, value.magnitude < 9.0e18 { return String(Int64(value)) }
    if value == value.rounded(), value.magnitude < 1e15 { return String(Int64(value)) + ".0" }
    return String(value)
  }

  /// `a.b` with both parts quoted.
  static func column(_ alias: String, _ name: String) -> String {
    identifier(alias) + "." + identifier(name)
  }
}

extension String {
  /// The string with every occurrence of `target` replaced (no Foundation needed).
  func replacingAll(_ target: Character, with replacement: String) -> String {
    guard contains(target) else { return self }
    var out = ""
    out.reserveCapacity(utf8.count + 8)
    for c in self {
      if c == target { out += replacement } else { out.append(c) }
    }
    return out
  }
}
