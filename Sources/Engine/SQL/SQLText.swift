/// Spelling of SQLite names and literals: quoted identifiers, string, number and date literals.
enum SQLText {
  /// `"name"`, with inner double quotes doubled.
  static func identifier(_ name: String) -> String {
    "\"" + name.replacingAll("\"", with: "\"\"") + "\""
  }

  /// `'text'`, with inner single quotes doubled.
  static func string(_ text: String) -> String {
    "'" + text.replacingAll("'", with: "''") + "'"
  }

  /// A number as SQLite reads it back exactly: `3`, `1.5`, `1e-05`.
  static func number(_ value: Double, integer: Bool) -> String {
    if integer, value.magnitude < 9.0e18 { return String(Int64(value)) }
    if value == value.rounded(), value.magnitude < 1e15 { return String(Int64(value)) + ".0" }
    return String(value)
  }

  /// A date as ISO text, the way dates are stored in SQLite: `'2016-11-24'`.
  static func date(_ days: Int32) -> String {
    string(CivilDate.format(days))
  }

  /// An answer cell as a literal (for matching a crosstab's column value).
  static func literal(_ value: Value) -> String {
    switch value {
    case .missing: "NULL"
    case .integer(let v): String(v)
    case .decimal(let v): number(v, integer: false)
    case .boolean(let v): v ? "1" : "0"
    case .date(let d): date(d)
    case .text(let s): string(s)
    }
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
