import Foundation
import ZIPFoundation

/// A workbook written as Excel and WPS write one: a shared-string table, a styles part with
/// built-in and custom number formats, sheets with `r` references, styled empty cells,
/// merged ranges after the data, and the package's relationship parts.
struct TestWorkbook {
  struct Sheet {
    var name: String
    /// The `<sheetData>` content (rows).
    var rows: String
    var merges: [String] = []
    var hidden = false
    /// A chart sheet: its part holds a drawing, not cells.
    var chart = false
  }

  var sheets: [Sheet] = []
  var strings: [String] = []
  var date1904 = false
  /// Parts stored as they are, without compression.
  var stored = false
  /// Extra `<numFmt>`s (id 164 on) and the `cellXfs` number format ids, in style order.
  var numFmts: [(Int, String)] = [(164, "yyyy\"年\"m\"月\"d\"日\"")]
  var xfs: [Int] = [0, 14, 0, 164, 20, 22, 10]

  /// The index of `text` in the shared strings, added when new.
  mutating func s(_ text: String) -> Int {
    if let i = strings.firstIndex(of: text) { return i }
    strings.append(text)
    return strings.count - 1
  }

  func bytes() throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    var parts: [(String, String)] = []
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    var types = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>
      """
    for i in sheets.indices {
      types += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"x\"/>"
    }
    parts.append(("[Content_Types].xml", types + "</Types>"))
    parts.append(
      (
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>"
      ))
    var book = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    book += "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\">"
    book += "<fileVersion appName=\"xl\"/><workbookPr\(date1904 ? " date1904=\"1\"" : "") "
    book += "defaultThemeVersion=\"124226\"/><bookViews><workbookView/></bookViews><sheets>"
    var rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    rels += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for (i, sheet) in sheets.enumerated() {
      let state = sheet.hidden ? " state=\"hidden\"" : ""
      book += "<sheet name=\"\(sheet.name)\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 3)\"/>"
      if sheet.chart {
        rels += "<Relationship Id=\"rId\(i + 3)\" Type=\"\(rel)/chartsheet\" "
        rels += "Target=\"chartsheets/sheet\(i + 1).xml\"/>"
        parts.append(
          (
            "xl/chartsheets/sheet\(i + 1).xml",
            "<chartsheet xmlns=\"\(main)\"><sheetViews><sheetView workbookViewId=\"0\"/>"
              + "</sheetViews><drawing r:id=\"rId1\"/></chartsheet>"
          ))
        continue
      }
      rels += "<Relationship Id=\"rId\(i + 3)\" Type=\"\(rel)/worksheet\" "
      rels += "Target=\"worksheets/sheet\(i + 1).xml\"/>"
      var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      x += "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><dimension ref=\"A1:F9\"/>"
      x += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
      x +=
        "<sheetFormatPr defaultRowHeight=\"13.5\"/><cols><col min=\"1\" max=\"2\" width=\"12\"/></cols>"
      x += "<sheetData>\(sheet.rows)</sheetData>"
      if !sheet.merges.isEmpty {
        x += "<mergeCells count=\"\(sheet.merges.count)\">"
        for m in sheet.merges { x += "<mergeCell ref=\"\(m)\"/>" }
        x += "</mergeCells>"
      }
      x +=
        "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
      x += "</worksheet>"
      parts.append(("xl/worksheets/sheet\(i + 1).xml", x))
    }
    book += "</sheets><calcPr calcId=\"144525\"/></workbook>"
    rels += "<Relationship Id=\"rId1\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
    rels += "<Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    rels += "</Relationships>"
    parts.append(("xl/workbook.xml", book))
    parts.append(("xl/_rels/workbook.xml.rels", rels))
    var sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    sst += "<sst xmlns=\"\(main)\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
    for text in strings {
      // Excel splits some strings into runs and adds phonetic guides; both are read.
      if text.count > 3 {
        let cut = text.index(text.startIndex, offsetBy: 2)
        sst += "<si><r><rPr><b/></rPr><t>\(escape(String(text[..<cut])))</t></r>"
        sst += "<r><t xml:space=\"preserve\">\(escape(String(text[cut...])))</t></r>"
        sst += "<rPh sb=\"0\" eb=\"1\"><t>ピン</t></rPh></si>"
      } else {
        sst += "<si><t>\(escape(text))</t></si>"
      }
    }
    parts.append(("xl/sharedStrings.xml", sst + "</sst>"))
    var st = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    st += "<styleSheet xmlns=\"\(main)\"><numFmts count=\"\(numFmts.count)\">"
    for (id, code) in numFmts {
      st += "<numFmt numFmtId=\"\(id)\" formatCode=\"\(escape(code))\"/>"
    }
    st += "</numFmts><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
    st += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\"/></cellStyleXfs>"
    st += "<cellXfs count=\"\(xfs.count)\">"
    for id in xfs {
      st += "<xf numFmtId=\"\(id)\" fontId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    }
    st += "</cellXfs></styleSheet>"
    parts.append(("xl/styles.xml", st))
    for (path, text) in parts {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: stored ? .none : .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return [UInt8](archive.data!)
  }

  func write(to path: String) throws {
    try Data(bytes()).write(to: URL(fileURLWithPath: path))
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
