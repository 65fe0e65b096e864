/// A cell laid out for a grid: its text and the terminal columns it takes.
struct LaidOutCell: Sendable {
  var text: String
  var width: Int
}

/// Helpers for text laid out in columns (table, markdown, chart).
enum TextLayout {
  /// Rows measured before a table's (or markdown table's) column widths are fixed; later rows
  /// keep the layout, so an answer of any length streams.
  static let layoutRows = 1_000

  /// `pieces` joined in lines of at most `width` columns, broken only between pieces; a line
  /// after the first is indented by two spaces. A piece wider than `width` stays whole.
  static func wrap(_ pieces: [String], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for piece in pieces {
      if !line.isEmpty, terminalWidth(of: line) + terminalWidth(of: piece) > width {
        lines.append(String(trimmingTrailingSpaces(line)))
        line = "  "
      }
      line += piece
    }
    lines.append(String(trimmingTrailingSpaces(line)))
    return lines
  }

  /// The text with line breaks and tabs replaced by spaces, so one cell stays on one line,
  /// and the other control characters made visible (`ControlEscape`: ESC as ␛), so they
  /// cannot drive the terminal.
  static func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let v = scalar.value
      let layout = v == 0x09 || v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029
      let shown = layout ? " " : ControlEscape.visible(String(scalar))
      scalars.append(contentsOf: shown.unicodeScalars)
    }
    return String(scalars)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x2028 || v == 0x2029
  }

  /// The text measured and, when wider than `maxWidth` columns, cut to fit with a trailing `…`;
  /// whole characters only, so a cut before a wide character leaves the cell one column short.
  static func fit(_ text: String, maxWidth: Int) -> LaidOutCell {
    let width = terminalWidth(of: text)
    if width <= maxWidth { return LaidOutCell(text: text, width: width) }
    let budget = max(maxWidth, 1) - 1  // room left for the ellipsis
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let w = terminalWidth(of: text[index])
      if used + w > budget { break }
      used += w
      end = text.index(after: index)
    }
    return LaidOutCell(text: text[..<end] + "…", width: used + 1)
  }

  /// Appends `cell` padded with spaces to `width` columns, on the left when `rightAligned`.
  static func append(
    _ cell: LaidOutCell, width: Int, rightAligned: Bool, to out: inout some TextOutputStream
  ) {
    let padding = max(width - cell.width, 0)
    if rightAligned { out.write(spaces(padding)) }
    out.write(cell.text)
    if !rightAligned { out.write(spaces(padding)) }
  }

  /// `count` spaces (empty for zero or less).
  static func spaces(_ count: Int) -> String {
    count > 0 ? String(repeating: " ", count: count) : ""
  }

  /// `line` without trailing spaces.
  static func trimmingTrailingSpaces(_ line: String) -> Substring {
    // By bytes: a space at the end is a character of its own (nothing follows it to join
    // it), and the bytes are read without finding character boundaries.
    let utf8 = line.utf8
    var end = utf8.endIndex
    while end > utf8.startIndex {
      let before = utf8.index(before: end)
      if utf8[before] != UInt8(ascii: " ") { break }
      end = before
    }
    return line[..<end]
  }
}
