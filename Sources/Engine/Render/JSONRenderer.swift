/// Writes an answer as a JSON array of objects, one object per line, keys in column order:
/// numbers as numbers (rates as fractions), missing values as `null`, dates and periods as strings,
/// masked values as strings, non-ASCII text as UTF-8.
public struct JSONRenderer: StreamingRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  /// An answer cut short (a server error in its rows) stays without its closing `]`.
  public func write(_ rows: RowStream, to out: inout some TextOutputStream) {
    guard rows.hasMore() else {
      if rows.failure == nil { out.write("[]\n") }
      return
    }
    let format = CellFormat(style: .raw, options)
    let columns = rows.columns
    var keys: [String] = []
    for name in Self.uniqueKeys(columns.map(format.header)) {
      var key = ""
      Self.writeString(name, to: &key)
      keys.append(key + ":")
    }
    out.write("[\n")
    var first = true
    while !options.stop(), let row = rows.next() {
      out.write(first ? "{" : "},\n{")
      first = false
      for (c, column) in columns.enumerated() {
        if c > 0 { out.write(",") }
        out.write(keys[c])
        writeValue(c < row.count ? row[c] : .missing, in: column, format: format, to: &out)
      }
    }
    guard !options.stop(), rows.failure == nil else { return }
    out.write("}\n]\n")
  }

  private func writeValue(
    _ value: Value, in column: ResultColumn, format: CellFormat,
    to out: inout some TextOutputStream
  ) {
    guard let text = format.text(value, in: column) else {
      out.write("null")
      return
    }
    if format.masks(column) {
      Self.writeString(text, to: &out)
      return
    }
    switch value {
    case .integer, .boolean:
      out.write(text)
    case .decimal(let x):
      out.write(x.isFinite ? text : "null")  // JSON has no NaN or infinity
    case .date, .text, .missing:
      Self.writeString(text, to: &out)
    }
  }

  /// The keys of an object, each once: a name met again gets ` (2)`, ` (3)`, …. Two headers can meet when they are masked (two phone numbers
  /// alike in their first three and last four digits, across a crosstab) or labelled alike; a
  /// JSON reader would keep only the last of two equal keys and lose a column without a word.
  static func uniqueKeys(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.map { name in
      var key = name
      var n = 1
      while !seen.insert(key).inserted {
        n += 1
        key = "\(name) (\(n))"
      }
      return key
    }
  }

  /// Writes `text` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, … or
  /// `\u00XX`, U+2028 and U+2029 as `\u` escapes (they end lines in JavaScript), the rest as is.
  static func writeString(_ text: String, to out: inout some TextOutputStream) {
    out.write("\"")
    let needsEscape = text.unicodeScalars.contains { scalar in
      scalar.value < 0x20 || scalar == "\"" || scalar == "\\" || scalar.value == 0x2028
        || scalar.value == 0x2029 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }
    guard needsEscape else {
      out.write(text)
      out.write("\"")
      return
    }
    var escaped = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped.append(contentsOf: #"\""#.unicodeScalars)
      case "\\": escaped.append(contentsOf: #"\\"#.unicodeScalars)
      case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
      case "\r": escaped.append(contentsOf: #"\r"#.unicodeScalars)
      case "\t": escaped.append(contentsOf: #"\t"#.unicodeScalars)
      case "\u{08}": escaped.append(contentsOf: #"\b"#.unicodeScalars)
      case "\u{0C}": escaped.append(contentsOf: #"\f"#.unicodeScalars)
      default:
        // DEL and the C1 controls too: a terminal may act on them.
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029
          || (scalar.value >= 0x7F && scalar.value < 0xA0)
        {
          escaped.append(contentsOf: unicodeEscape(scalar.value).unicodeScalars)
        } else {
          escaped.append(scalar)
        }
      }
    }
    out.write(String(escaped))
    out.write("\"")
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(4 - hex.count, 0)) + hex
  }
}
