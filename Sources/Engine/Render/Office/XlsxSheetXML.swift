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
    for (c, name) in sheet.header.enumerated() {
      Self.inline(c, [0x31], name, style: XlsxStyleSheet.header, into: &out)
    }
    out.append(contentsOf: "</row>".utf8)
  }

  private func row(_ r: Int, into out: inout [UInt8]) {
    var number: [UInt8] = []
    Self.digits(r + 2, into: &number)
    out.append(contentsOf: "<row r=\"".utf8)
    out += number
    out.append(contentsOf: "\">".utf8)
    for (c, cell) in sheet.row(r).enumerated() {
      switch cell {
      case .missing: break
      case .boolean(let b):
        Self.open(c, number, into: &out)
        out.append(contentsOf: (b ? "\" t=\"b\"><v>1</v></c>" : "\" t=\"b\"><v>0</v></c>").utf8)
      case .number(let v, let style):
        Self.open(c, number, into: &out)
        out.append(0x22)
        if style != 0 { Self.style(style, into: &out) }
        out.append(contentsOf: "><v>".utf8)
        if v == v.rounded(), abs(v) < 1e15 {
          Self.digits(Int(v), into: &out)
        } else {
          out.append(contentsOf: XlsxWriter.numberText(v).utf8)
        }
        out.append(contentsOf: "</v></c>".utf8)
      case .text(let text, let style): Self.inline(c, number, text, style: style, into: &out)
      }
    }
    out.append(contentsOf: "</row>".utf8)
  }

  /// `<c r="C17` : the start of a cell, from a 0-based column and the row number's digits.
  private static func open(_ column: Int, _ number: [UInt8], into out: inout [UInt8]) {
    out.append(contentsOf: "<c r=\"".utf8)
    if column < 26 {
      out.append(UInt8(65 + column))
    } else {
      out.append(contentsOf: XlsxReference.column(column).utf8)
    }
    out += number
  }

  private static func style(_ style: Int, into out: inout [UInt8]) {
    out.append(contentsOf: " s=\"".utf8)
    digits(style, into: &out)
    out.append(0x22)
  }

  /// The decimal digits of `n` (with a minus sign when negative).
  private static func digits(_ n: Int, into out: inout [UInt8]) {
    if n < 0 { out.append(0x2D) }
    var m = n.magnitude
    let start = out.count
    repeat {
      out.append(UInt8(48 + m % 10))
      m /= 10
    } while m > 0
    out[start...].reverse()
  }

  private static func inline(
    _ column: Int, _ number: [UInt8], _ text: String, style: Int, into out: inout [UInt8]
  ) {
    open(column, number, into: &out)
    out.append(0x22)
    if style != 0 { Self.style(style, into: &out) }
    out.append(contentsOf: " t=\"inlineStr\"><is><t".utf8)
    let utf8 = text.utf8
    if utf8.first == 0x20 || utf8.last == 0x20 || utf8.contains(0x0A) {
      out.append(contentsOf: " xml:space=\"preserve\"".utf8)
    }
    out.append(0x3E)
    escape(text, into: &out)
    out.append(contentsOf: "</t></is></c>".utf8)
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
