import Foundation

/// What `xl/workbook.xml` and its relationships say: the sheets in order (name, part,
/// hidden or not), the date system, and where the shared strings and styles are.
struct XlsxWorkbook: Sendable {
  struct Sheet: Sendable, Hashable {
    var name: String
    /// The sheet's part in the archive (`xl/worksheets/sheet1.xml`).
    var part: String
    var hidden: Bool
    /// A chart sheet (or a dialog or macro sheet): no cells, no table.
    var chart = false
  }

  var sheets: [Sheet] = []
  /// Dates count from 1904-01-01 (old Mac workbooks) instead of 1900.
  var date1904 = false
  var sharedStrings: String?
  var styles: String?

  static func read(_ archive: XlsxArchive) throws(LoadError) -> XlsxWorkbook {
    let root = try rootPart(archive)
    let folder = root.split(separator: "/").dropLast().joined(separator: "/")
    var targets: [String: String] = [:]
    var kinds: [String: String] = [:]
    var book = XlsxWorkbook()
    let relsPart =
      (folder.isEmpty ? "" : folder + "/") + "_rels/"
      + (root.split(separator: "/").last.map(String.init) ?? root) + ".rels"
    if let rels = try archive.data(relsPart) {
      let ok = XlsxXML.parse(rels) { name, a in
        guard name == "Relationship", let id = a["Id"], let target = a["Target"] else { return }
        let resolved = resolve(target, from: folder)
        targets[id] = resolved
        kinds[id] = a["Type"] ?? ""
        let type = a["Type"] ?? ""
        if type.hasSuffix("/sharedStrings") { book.sharedStrings = resolved }
        if type.hasSuffix("/styles") { book.styles = resolved }
      }
      if !ok { throw XlsxArchive.damaged(archive.path, officeMessages.badPart(relsPart)) }
    }
    var sheetRefs: [(String, String?, Bool)] = []
    let ok = XlsxXML.parse(try archive.required(root)) { name, a in
      switch name {
      case "workbookPr":
        let value = (a["date1904"] ?? "").lowercased()
        book.date1904 = value == "1" || value == "true"
      case "sheet":
        let state = (a["state"] ?? "visible").lowercased()
        sheetRefs.append((a["name"] ?? "", a.attribute("id"), state != "visible"))
      default: break
      }
    }
    if !ok { throw XlsxArchive.damaged(archive.path, officeMessages.badPart(root)) }
    for (i, (name, id, hidden)) in sheetRefs.enumerated() {
      let part = id.flatMap { targets[$0] } ?? "xl/worksheets/sheet\(i + 1).xml"
      let kind = id.flatMap { kinds[$0] } ?? ""
      book.sheets.append(
        Sheet(
          name: name, part: part, hidden: hidden,
          chart: !kind.isEmpty && !kind.hasSuffix("/worksheet")))
    }
    if book.sharedStrings == nil, archive.has("xl/sharedStrings.xml") {
      book.sharedStrings = "xl/sharedStrings.xml"
    }
    if book.styles == nil, archive.has("xl/styles.xml") { book.styles = "xl/styles.xml" }
    return book
  }

  /// Whether a small sheet part holds no value at all (the empty `Sheet2` and `Sheet3` a new
  /// workbook comes with); a large one is taken to hold some.
  static func isBlank(_ part: String, in archive: XlsxArchive) throws(LoadError) -> Bool {
    guard archive.size(of: part) < 16_384, let data = try archive.data(part) else { return false }
    let bytes = [UInt8](data)
    return bytes.withUnsafeBufferPointer { buffer in
      var scanner = XlsxSheetScanner(buffer)
      var row = XlsxSheetScanner.Row()
      while (try? scanner.next(into: &row)) == true {
        if row.cells.contains(where: { !$0.range.isEmpty }) { return false }
      }
      return true
    }
  }

  /// The workbook part, from the package relationships (`xl/workbook.xml` as a rule).
  private static func rootPart(_ archive: XlsxArchive) throws(LoadError) -> String {
    var root: String?
    if let rels = try archive.data("_rels/.rels") {
      _ = XlsxXML.parse(rels) { name, a in
        if name == "Relationship", (a["Type"] ?? "").hasSuffix("/officeDocument"),
          let target = a["Target"]
        {
          root = resolve(target, from: "")
        }
      }
    }
    if let root, archive.has(root) { return root }
    if archive.has("xl/workbook.xml") { return "xl/workbook.xml" }
    throw XlsxArchive.damaged(archive.path, officeMessages.missingPart("xl/workbook.xml"))
  }

  /// A relationship target made a path in the archive: `/xl/x.xml` is absolute,
  /// `worksheets/sheet1.xml` relative to the folder of the part that names it.
  static func resolve(_ target: String, from folder: String) -> String {
    var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
    for piece in target.split(separator: "/") {
      if piece == ".." {
        _ = parts.popLast()
      } else if piece != "." {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }
}
