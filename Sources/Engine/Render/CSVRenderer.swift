/// Writes an answer as RFC 4180 CSV with a header row of column names and LF line ends (RFC 4180
/// asks for CRLF; every spreadsheet and CSV reader accepts LF and it is what Unix tools expect).
/// Text cells that a spreadsheet would run as a formula are prefixed with `'`; no footer.
public struct CSVRenderer: StreamingRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  public func write(_ rows: RowStream, to out: inout some TextOutputStream) {
    if options.bom { out.write("\u{FEFF}") }
    let columns = rows.columns
    guard !columns.isEmpty else { return }
    let format = CellFormat(style: .raw, options)
    // A lone empty field would be an empty line, which readers skip: write it as `""`.
    let single = columns.count == 1
    for (c, column) in columns.enumerated() {
      if c > 0 { out.write(",") }
      Self.writeField(Self.defused(format.header(column)), emptyAsQuotes: single, to: &out)
    }
    out.write("\n")
    // A field is neutralised when it is text: not a number, and not a masked value's digits.
    let neutralise = columns.map { !CellFormat.isNumeric($0.kind) || format.masks($0) }
    while !options.stop(), let row = rows.next() {
      for (c, column) in columns.enumerated() {
        if c > 0 { out.write(",") }
        let value = c < row.count ? row[c] : .missing
        var text = format.text(value, in: column) ?? ""
        if neutralise[c] { text = Self.defused(text) }
        Self.writeField(text, emptyAsQuotes: single, to: &out)
      }
      out.write("\n")
    }
  }

  /// The text with `'` put before a leading `=`, `+`, `-`, `@`, tab or CR, so a spreadsheet shows
  /// it instead of running it as a formula.
  static func defused(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + text
    default: return text
    }
  }

  /// Writes one field, quoted (with inner quotes doubled) when it holds `,` `"` CR or LF.
  static func writeField(
    _ text: String, emptyAsQuotes: Bool = false, to out: inout some TextOutputStream
  ) {
    if text.isEmpty {
      if emptyAsQuotes { out.write("\"\"") }
      return
    }
    let needsQuotes = text.utf8.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
    guard needsQuotes else {
      out.write(text)
      return
    }
    out.write("\"")
    if text.utf8.contains(UInt8(ascii: "\"")) {
      var escaped = ""
      for character in text {
        escaped.append(character)
        if character == "\"" { escaped.append("\"") }
      }
      out.write(escaped)
    } else {
      out.write(text)
    }
    out.write("\"")
  }
}
