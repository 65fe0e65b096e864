import Foundation
import ZIPFoundation

/// Writes workbooks (.xlsx): one sheet per answer of a script, or per table of a data set.
/// Each sheet's header row is bold and frozen, its columns as wide as their content; text is
/// written inline (`inlineStr`), so no shared-string table is needed.
public enum XlsxWriter {
  /// The workbook of a script's answers, one sheet per answer, named after its heading.
  public static func workbook(_ answers: [ReportAnswer], options: RenderOptions) throws -> [UInt8] {
    var names = SheetNames()
    let sheets = answers.map { answer in
      XlsxSheet(name: names.unique(answer.heading), table: answer.table, options: options)
    }
    return try workbook(sheets)
  }

  /// A workbook of the given sheets, as the bytes of a zip archive. A workbook needs a sheet:
  /// with none (a script of `let`s only), it has one empty sheet.
  static func workbook(_ sheets: [XlsxSheet]) throws -> [UInt8] {
    let sheets =
      sheets.isEmpty ? [XlsxSheet(name: "Sheet1", header: [], rows: [], widths: [])] : sheets
    guard let archive = try? Archive(data: Data(), accessMode: .create) else {
      throw CocoaError(.fileWriteUnknown)
    }
    let parts: [(String, Data)] = [
      ("[Content_Types].xml", Data(contentTypes(sheets.count).utf8)),
      ("_rels/.rels", Data(rootRelationships.utf8)),
      ("xl/workbook.xml", Data(workbookXML(sheets).utf8)),
      ("xl/_rels/workbook.xml.rels", Data(workbookRelationships(sheets.count).utf8)),
      ("xl/styles.xml", Data(XlsxStyleSheet.xml.utf8)),
    ]
    // A fixed time, so the same answers give the same bytes.
    let stamp = Date(timeIntervalSince1970: 1_480_550_400)
    for (path, data) in parts {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    // Each sheet is deflated as its rows are made, a block at a time (`XlsxSheetXML`).
    for (i, sheet) in sheets.enumerated() {
      var blocks = XlsxSheetXML(sheet)
      var block: [UInt8] = []
      var pending: [UInt8] = []
      var start = 0
      try archive.addEntry(
        with: "xl/worksheets/sheet\(i + 1).xml", type: .file,
        uncompressedSize: Int64(XlsxSheetXML.size(sheet)), modificationDate: stamp,
        compressionMethod: .deflate, bufferSize: 1 << 16
      ) { _, size in
        while pending.count - start < size, blocks.next(into: &block) {
          pending.removeSubrange(0..<start)
          start = 0
          pending += block
        }
        let end = min(start + size, pending.count)
        defer { start = end }
        return Data(pending[start..<end])
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return [UInt8](data)
  }

  /// The sheet part, whole (`XlsxSheetXML`'s blocks one after another).
  static func sheetXML(_ sheet: XlsxSheet) -> Data { XlsxSheetXML.data(sheet) }

  /// A number as XML text: integers without a decimal point, others in full.
  static func numberText(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
  }

  /// Text made safe for XML: `& < > "` escaped, and control characters XML 1.0 forbids
  /// dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func contentTypes(_ count: Int) -> String {
    var x = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/xl/workbook.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
      <Override PartName="/xl/styles.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
      """
    for i in 1...max(count, 1) where i <= count {
      x += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" "
      x +=
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    return x + "</Types>"
  }

  private static let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="xl/workbook.xml"/></Relationships>
    """

  private static func workbookXML(_ sheets: [XlsxSheet]) -> String {
    var x = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <bookViews><workbookView/></bookViews><sheets>
      """
    for (i, sheet) in sheets.enumerated() {
      x += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
    }
    return x + "</sheets></workbook>"
  }

  private static func workbookRelationships(_ count: Int) -> String {
    var x = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      """
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    for i in 0..<count {
      x += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(base)worksheet\" "
      x += "Target=\"worksheets/sheet\(i + 1).xml\"/>"
    }
    x += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(base)styles\" Target=\"styles.xml\"/>"
    return x + "</Relationships>"
  }
}

/// Sheet names as Excel allows them: at most 31 characters, none of `[ ] : * ? / \`, not
/// empty, not starting or ending with `'`, not `History`, and unique in any case (a repeated
/// name gets ` (2)`, ` (3)` …).
struct SheetNames {
  private var used: Set<String> = []

  mutating func unique(_ wanted: String) -> String {
    var base = String(
      wanted.map { "[]:*?/\\\n\r\t".contains($0) ? " " : $0 }
    )
    base = base.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    while base.hasPrefix("'") { base.removeFirst() }
    base = String(base.prefix(31))
    while base.hasSuffix("'") || base.hasSuffix(" ") { base.removeLast() }
    if base.isEmpty || base.lowercased() == "history" {
      base = "Sheet" + (base.isEmpty ? "" : " 1")
    }
    var name = base
    var n = 2
    while used.contains(name.lowercased()) {
      let suffix = " (\(n))"
      name = String(base.prefix(31 - suffix.count)) + suffix
      n += 1
    }
    used.insert(name.lowercased())
    return name
  }
}
