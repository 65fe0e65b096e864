import Foundation

/// A sheet part (`xl/worksheets/sheetN.xml`) made a block of rows at a time, as UTF-8 bytes
/// into a buffer that is reused: the head (views, widths, the header row), then blocks of
/// `blockRows` rows, then the tail. The writer pulls blocks as the zip entry is deflated, so
/// a long answer's sheet is never held whole; the same blocks, counted once before, give the
/// entry's size (a zip header wants it first).
struct XlsxSheetXML {
  let sheet: XlsxSheet
  static let blockRows = 2048
  /// The next block: 0 the head, 1… rows, then the tail.
  private var block = 0

  init(_ sheet: XlsxSheet) {
    self.sheet = sheet
  }

  private var rowBlocks: Int { (sheet.rowCount + Self.blockRows - 1) / Self.blockRows }

  /// Replaces `out` with the next block's bytes; false after the last.
  mutating func next(into out: inout [UInt8]) -> Bool {
    out.removeAll(keepingCapacity: true)
    defer { block += 1 }
    let rowBlocks = rowBlocks
    if block == 0 {
      head(into: &out)
    } else if block <= rowBlocks {
      let first = (block - 1) * Self.blockRows
      for r in first..<min(first + Self.blockRows, sheet.rowCount) { row(r, into: &out) }
    } else if block == rowBlocks + 1 {
      out += Array(
        ("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
          + "header=\"0.3\" footer=\"0.3\"/></worksheet>").utf8)
    } else {
      return false
    }
    return true
  }

  /// The number of bytes of the whole part (every block made once and counted).
  static func size(_ sheet: XlsxSheet) -> Int {
    var parts = XlsxSheetXML(sheet)
    var buffer: [UInt8] = []
    var total = 0
    while parts.next(into: &buffer) { total += buffer.count }
    return total
  }

  /// The whole part (for tests and small sheets).
  static func data(_ sheet: XlsxSheet) -> Data {
    var parts = XlsxSheetXML(sheet)
    var buffer: [UInt8] = []
    var data = Data()
    while parts.next(into: &buffer) { data.append(contentsOf: buffer) }
    return data
  }

  private func head(into out: inout [UInt8]) {
    var x = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      """
    x += "<sheetViews><sheetView workbookViewId=\"0\">"
    x += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    x += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
    x += "<sheetFormatPr defaultRowHeight=\"15\"/>"
    if !sheet.widths.isEmpty {
      x += "<cols>"
      for (i, w) in sheet.widths.enumerated() {
        let width = min(max(w, 4) + 2, 80)
        x += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
      }
      x += "</cols>"
    }
    x += "<sheetData><row r=\"1\">"
    out += Array(x.utf8)
    let number = Array("1".utf8)
    for (c, name) in sheet.header.enumerated() {
      Self.inline(Self.reference(c, number), name, style: XlsxStyleSheet.header, into: &out)
    }
    out += Array("</row>".utf8)
  }

  private func row(_ r: Int, into out: inout [UInt8]) {
    let number = Array(String(r + 2).utf8)
    out += Array("<row r=\"".utf8)
    out += number
    out += Array("\">".utf8)
    for (c, cell) in sheet.row(r).enumerated() {
      let ref = Self.reference(c, number)
      switch cell {
      case .missing: break
      case .boolean(let b):
        out += Array("<c r=\"".utf8) + ref + Array("\" t=\"b\"><v>\(b ? 1 : 0)</v></c>".utf8)
      case .number(let v, let style):
        out += Array("<c r=\"".utf8) + ref + Array("\"".utf8)
        if style != 0 { out += Array(" s=\"\(style)\"".utf8) }
        out += Array("><v>".utf8) + Array(XlsxWriter.numberText(v).utf8) + Array("</v></c>".utf8)
      case .text(let text, let style): Self.inline(ref, text, style: style, into: &out)
      }
    }
    out += Array("</row>".utf8)
  }

  /// `C17` as bytes, from a 0-based column and the row number's digits.
  private static func reference(_ column: Int, _ number: [UInt8]) -> [UInt8] {
    var letters: [UInt8] = []
    var n = column + 1
    while n > 0 {
      letters.append(UInt8(65 + (n - 1) % 26))
      n = (n - 1) / 26
    }
    return letters.reversed() + number
  }

  private static func inline(_ ref: [UInt8], _ text: String, style: Int, into out: inout [UInt8]) {
    out += Array("<c r=\"".utf8) + ref + Array("\"".utf8)
    if style != 0 { out += Array(" s=\"\(style)\"".utf8) }
    out += Array(" t=\"inlineStr\"><is><t".utf8)
    if text.first == " " || text.last == " " || text.contains("\n") {
      out += Array(" xml:space=\"preserve\"".utf8)
    }
    out.append(0x3E)
    escape(text, into: &out)
    out += Array("</t></is></c>".utf8)
  }

  /// `XlsxWriter.escape`, straight into bytes: `& < > "` escaped, the control characters
  /// XML 1.0 forbids (and U+FFFE, U+FFFF) dropped.
  static func escape(_ text: String, into out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let c = bytes[i]
        switch c {
        case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
        case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
        case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
        case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
        case 0x09, 0x0A, 0x0D: out.append(c)
        case 0..<0x20: break
        case 0xEF
        where i + 2 < bytes.count && bytes[i + 1] == 0xBF
          && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
          i += 2
        default: out.append(c)
        }
        i += 1
      }
    }
  }
}
