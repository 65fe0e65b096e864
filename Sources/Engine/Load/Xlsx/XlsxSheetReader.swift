import Foundation

/// Reads one sheet of a workbook into column builders, as `DelimitedReader` reads a CSV file:
/// every cell becomes the text the CSV would hold (a date from its number format as
/// `2016-11-24`, a boolean as `true`), so type inference, the schema and the load report
/// are the CSV ones. Errors name the sheet and cell (`花名册!C17`).
struct XlsxSheetReader {
  let book: XlsxBook
  let sheet: XlsxWorkbook.Sheet
  /// The workbook path, for messages.
  let file: String
  /// The table's origin (`book.xlsx:花名册`), for warnings.
  let origin: String

  func read(
    declared: (String) -> ColumnType?, headerRow: Int?
  ) throws(LoadError) -> RawTable {
    let bytes = [UInt8](try book.archive.required(sheet.part))
    return try bytes.withUnsafeBufferPointer { buffer throws(LoadError) in
      try read(buffer, declared: declared, headerRow: headerRow)
    }
  }

  private func read(
    _ bytes: UnsafeBufferPointer<UInt8>, declared: (String) -> ColumnType?, headerRow: Int?
  ) throws(LoadError) -> RawTable {
    let merges = Self.merges(bytes)
    var scanner = XlsxSheetScanner(bytes)
    var row = XlsxSheetScanner.Row()
    var scratch: [UInt8] = []
    let header = try XlsxHeader.find(
      declared: headerRow, merges: merges,
      next: { () throws(LoadError) -> (Int, XlsxHeader.Cells)? in
        guard try next(&scanner, &row) else { return nil }
        var cells: XlsxHeader.Cells = [:]
        for cell in row.cells {
          if try value(cell, row, into: &scratch) == .text, !scratch.isEmpty {
            cells[cell.column] = String(decoding: scratch, as: UTF8.self)
          }
        }
        return (row.number, cells)
      }, sheet: sheet.name, file: file)
    guard let header else {
      throw LoadError(
        file: file, cell: sheet.name, message: officeMessages.emptySheet(sheet.name).description,
        hint: officeMessages.fillOrHide().description)
    }
    try header.check(sheet: sheet.name, file: file)
    let modes = header.names.map { declared($0).map { ColumnBuilder.Mode.declared($0) } ?? .infer }
    var pass = Pass(reader: self, header: header, modes: modes)
    try pass.run(bytes, only: nil)
    if pass.rows == 0 {
      throw LoadError(
        file: file, cell: sheet.name + "!" + XlsxReference.cell(column: 0, row: header.firstRow),
        message: officeMessages.noRows(sheet.name).description,
        hint: officeMessages.fillOrHide().description)
    }
    let broken = pass.builders.indices.filter { pass.builders[$0].state == .broken }
    if !broken.isEmpty {
      for i in broken { pass.builders[i] = ColumnBuilder(mode: .text, rowHint: pass.rows) }
      var again = Pass(reader: self, header: header, modes: modes)
      again.builders = pass.builders
      try again.run(bytes, only: broken)
      pass.builders = again.builders
    }
    var table = RawTable(
      names: header.names, builders: pass.builders, rowCount: pass.rows, lines: pass.lines)
    if let title = header.title {
      table.warnings.append(
        LoadReport.Warning(
          file: origin, line: title.row,
          message: officeMessages.titleRow(sheet.name, title.row, title.text, header.firstRow)
            .description))
    }
    table.warnings += pass.warnings(origin: origin, sheet: sheet.name)
    return table
  }

  /// The next row, or false at the end; a malformed part is a damaged workbook.
  func next(_ scanner: inout XlsxSheetScanner, _ row: inout XlsxSheetScanner.Row)
    throws(LoadError) -> Bool
  {
    do {
      return try scanner.next(into: &row)
    } catch {
      throw XlsxArchive.damaged(file, officeMessages.badPart(sheet.part))
    }
  }

  enum Kind { case text, missing, error, noValue }

  /// The text of `cell` as a CSV would hold it, into `out`.
  func value(_ cell: XlsxSheetScanner.Cell, _ row: XlsxSheetScanner.Row, into out: inout [UInt8])
    throws(LoadError) -> Kind
  {
    out.removeAll(keepingCapacity: true)
    let raw = row.text[cell.range]
    if raw.isEmpty { return cell.formula ? .noValue : .missing }
    switch cell.type {
    case UInt8(ascii: "s"):
      let index = raw.reduce(0) { $0 &* 10 &+ Int($1 &- 48) }
      guard index >= 0, index < book.strings.count else {
        throw XlsxArchive.damaged(file, officeMessages.badPart(sheet.part))
      }
      out.append(contentsOf: book.strings[index].utf8)
    case UInt8(ascii: "b"):
      out.append(contentsOf: (raw.first == UInt8(ascii: "1") ? "true" : "false").utf8)
    case UInt8(ascii: "e"):
      out.append(contentsOf: raw)
      return .error
    case UInt8(ascii: "d"):
      // An ISO 8601 date (LibreOffice can write them): the date alone at midnight.
      var text = String(decoding: raw, as: UTF8.self)
      if text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") {
        text = String(text.prefix(10))
      }
      out.append(contentsOf: text.replacingOccurrences(of: "T", with: " ").utf8)
    case UInt8(ascii: "n"):
      let kind = cell.style < book.styles.count ? book.styles[cell.style] : .plain
      if kind != .plain, let serial = Double(String(decoding: raw, as: UTF8.self)) {
        do {
          if let text = try XlsxDates.text(serial, kind: kind, date1904: book.workbook.date1904) {
            out.append(contentsOf: text.utf8)
            return .text
          }
        } catch .leapBug {
          throw LoadError(
            file: file,
            cell: sheet.name + "!" + XlsxReference.cell(column: cell.column, row: row.number),
            message: officeMessages.leapBug().description,
            hint: officeMessages.fixDate().description)
        } catch {}
      }
      out.append(contentsOf: raw)
    default:
      out.append(contentsOf: raw)
    }
    return .text
  }

  /// The `ref`s of `<mergeCell>`s, which follow the sheet's data.
  static func merges(_ bytes: UnsafeBufferPointer<UInt8>) -> [(
    rows: ClosedRange<Int>, columns: ClosedRange<Int>
  )] {
    let marker = Array("sheetData>".utf8)
    var start = 0
    if bytes.count >= marker.count {
      var i = bytes.count - marker.count
      while i > 0 {
        if bytes[i] == marker[0] && bytes[i..<i + marker.count].elementsEqual(marker) {
          start = i
          break
        }
        i -= 1
      }
    }
    let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    var found: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    for piece in tail.split(separator: "<") {
      let name = piece.prefix { $0 != " " && $0 != "/" && $0 != ">" }
      guard XlsxXML.local(String(name)) == "mergeCell",
        let refAt = piece.range(of: "ref=\"")
      else { continue }
      let rest = piece[refAt.upperBound...]
      if let r = XlsxReference.range(String(rest.prefix { $0 != "\"" })) { found.append(r) }
    }
    return found
  }
}
