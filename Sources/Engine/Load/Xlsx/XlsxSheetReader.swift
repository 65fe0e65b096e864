import Foundation

/// Reads one sheet of a workbook into column builders, as `DelimitedReader` reads a CSV file:
/// every cell becomes the text the CSV would hold (a date from its number format as
/// `2016-11-24`, a boolean as `true`), so type inference, the schema and the load report
/// are the CSV ones. Errors name the sheet and cell (`花名册!C17`).
///
/// The sheet is streamed: inflated a chunk at a time and read row by row, never held whole.
/// A first quick pass finds the merged cells (written after the data), which the header
/// needs; the first rows are kept until the header is found, then every row goes straight
/// to the builders.
struct XlsxSheetReader {
  let book: XlsxBook
  let sheet: XlsxWorkbook.Sheet
  /// The workbook path, for messages.
  let file: String
  /// The table's origin (`book.xlsx:花名册`), for warnings.
  let origin: String

  /// Rows kept to find the header in (more when `schema.json` puts it lower).
  static let headerWindow = 64

  func read(
    declared: (String) -> ColumnType?, headerRow: Int?, missing: MissingMarkers = .usual,
    keepTotal: Bool = false, tableName: String = ""
  ) throws(LoadError) -> RawTable {
    // Read once as if no cells were merged, picking the merged ranges out of the same
    // chunks; only when they make another header (or the read failed before its end) is
    // the sheet read again, knowing them.
    let options = Options(missing: missing, keepTotal: keepTotal, tableName: tableName)
    var tail: XlsxMergeTail? = XlsxMergeTail()
    do {
      let first = try read(
        declared: declared, headerRow: headerRow, merges: [], tail: &tail, options: options)
      let merges = tail?.merges ?? []
      if merges.isEmpty { return first.table }
      let header = try findHeader(first.head, merges: merges, headerRow: headerRow)
      if header.names == first.header.names, header.firstRow == first.header.firstRow,
        header.lastRow == first.header.lastRow, header.title?.row == first.header.title?.row
      {
        return first.table
      }
    } catch {}
    var none: XlsxMergeTail?
    return try read(
      declared: declared, headerRow: headerRow, merges: try findMerges(), tail: &none,
      options: options
    ).table
  }

  /// How a sheet's values are read: the missing markers, and whether a total row stays.
  private struct Options {
    var missing: MissingMarkers
    var keepTotal: Bool
    /// The table's name, for the total row's warning.
    var tableName: String
  }

  /// One read of the sheet with the merged ranges `merges`; `tail`, when given, collects
  /// those the sheet has. Returns the table, its header and the rows the header was found in.
  private func read(
    declared: (String) -> ColumnType?, headerRow: Int?,
    merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)], tail: inout XlsxMergeTail?,
    options: Options
  ) throws(LoadError) -> (table: RawTable, header: XlsxHeader, head: [XlsxSheetScanner.Row]) {
    var head: [XlsxSheetScanner.Row] = []
    var kept: [XlsxSheetScanner.Row] = []
    var pass: Pass?
    var header: XlsxHeader?
    // The last row with a value, and the empty rows after it, wait: it may be a total row.
    var held: [XlsxSheetScanner.Row] = []
    func deliver(_ row: XlsxSheetScanner.Row, to p: Pass) throws(LoadError) {
      // A row without a raw value in any cell is empty (a quick test: no cell is decoded).
      if !held.isEmpty && !row.cells.contains(where: { !row.text[$0.range].isEmpty }) {
        held.append(row)
        return
      }
      for h in held { try p.feed(h) }
      held = [row]
    }
    let window = max(Self.headerWindow, (headerRow ?? 0) + Self.headerWindow)
    func start() throws(LoadError) {
      let found = try findHeader(kept, merges: merges, headerRow: headerRow)
      try found.check(sheet: sheet.name, file: file)
      let modes = found.names.map { declared($0).map { ColumnBuilder.Mode.declared($0) } ?? .infer }
      let p = Pass(reader: self, header: found, modes: modes, only: nil, missing: options.missing)
      for row in kept { try deliver(row, to: p) }
      head = kept
      kept = []
      header = found
      pass = p
    }
    try stream(tail: &tail) { row throws(LoadError) in
      if let pass {
        try deliver(row, to: pass)
        return
      }
      kept.append(row)
      if row.number >= window { try start() }
    }
    if pass == nil { try start() }
    guard let pass, let header else { preconditionFailure("started above") }
    var total: (row: Int, label: String)?
    if !options.keepTotal, let last = held.first, last.number > header.lastRow,
      let label = try firstText(last), TotalRow.isLabel(label)
    {
      total = (last.number, label)
      held.removeFirst()
    }
    for h in held { try pass.feed(h) }
    if pass.rows == 0 {
      throw LoadError(
        file: file, cell: sheet.name + "!" + XlsxReference.cell(column: 0, row: header.firstRow),
        officeMessages.noRows(sheet.name),
        hint: officeMessages.fillOrHide())
    }
    // Columns whose values turned out to mix types are read again, as text.
    let broken = pass.builders.indices.filter { pass.builders[$0].needsTextReading }
    if !broken.isEmpty {
      for i in broken { pass.builders[i] = pass.builders[i].textReader(rowHint: pass.rows) }
      let again = Pass(reader: self, header: header, modes: [], only: broken)
      again.builders = pass.builders
      pass.builders = []
      var none: XlsxMergeTail?
      try stream(tail: &none) { row throws(LoadError) in
        if row.number != total?.row { try again.feed(row) }
      }
      pass.builders = again.builders
    }
    var table = RawTable(
      names: header.names, builders: pass.builders, rowCount: pass.rows, lines: pass.lines)
    if let title = header.title {
      table.warnings.append(
        LoadReport.Warning(
          file: origin, line: title.row,
          officeMessages.titleRow(sheet.name, title.row, title.text, header.firstRow)))
    }
    table.warnings += pass.warnings(origin: origin, sheet: sheet.name)
    if let total {
      table.warnings.append(
        LoadReport.Warning(
          file: origin, line: total.row,
          habitMessages.totalRow(habitMessages.row(total.row), total.label, options.tableName)))
    }
    return (table, header, head)
  }

  /// The text of a row's first filled cell, or nil for a row without one.
  private func firstText(_ row: XlsxSheetScanner.Row) throws(LoadError) -> String? {
    var scratch: [UInt8] = []
    for cell in row.cells.sorted(by: { $0.column < $1.column }) {
      guard try value(cell, row, into: &scratch) == .text else { continue }
      let text = String(decoding: scratch, as: UTF8.self).trimmingASCIISpaces()
      if !text.isEmpty { return text }
    }
    return nil
  }

  /// Every row of the sheet, in order, as it is inflated; `tail`, when given, takes the
  /// chunks too.
  private func stream(
    tail: inout XlsxMergeTail?, _ body: (XlsxSheetScanner.Row) throws(LoadError) -> Void
  ) throws(LoadError) {
    var rows = XlsxRowStream(
      malformed: XlsxArchive.damaged(file, officeMessages.badPart(sheet.part)))
    try book.archive.stream(sheet.part) { chunk throws(LoadError) in
      tail?.take(chunk)
      try rows.feed(chunk, body)
    }
    try rows.feed(Data(), final: true, body)
  }

  /// The header, from the rows kept.
  private func findHeader(
    _ kept: [XlsxSheetScanner.Row], merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)],
    headerRow: Int?
  ) throws(LoadError) -> XlsxHeader {
    var index = 0
    var scratch: [UInt8] = []
    let header = try XlsxHeader.find(
      declared: headerRow, merges: merges,
      next: { () throws(LoadError) -> (Int, XlsxHeader.Cells)? in
        guard index < kept.count else { return nil }
        let row = kept[index]
        index += 1
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
        file: file, cell: sheet.name, officeMessages.emptySheet(sheet.name),
        hint: officeMessages.fillOrHide())
    }
    return header
  }

  /// The merged ranges, which follow the sheet's data: a quick pass that keeps only the part
  /// from `<mergeCells` on.
  private func findMerges() throws(LoadError) -> [(
    rows: ClosedRange<Int>, columns: ClosedRange<Int>
  )] {
    let marker = Array("mergeCells".utf8)
    var carry: [UInt8] = []
    var tail: [UInt8]?
    try book.archive.stream(sheet.part, check: false) { chunk in
      if tail != nil {
        tail!.append(contentsOf: chunk)
        return
      }
      var window = carry
      window.append(contentsOf: chunk)
      if let at = Self.find(marker, in: window) {
        tail = Array(window[at...])
      } else {
        carry = Array(window.suffix(marker.count))
      }
    }
    guard let tail else { return [] }
    return tail.withUnsafeBufferPointer { Self.merges($0) }
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    return bytes.withUnsafeBufferPointer { b -> Int? in
      guard let base = b.baseAddress else { return nil }
      var at = 0
      while at <= b.count - needle.count {
        guard let hit = memchr(base + at, Int32(needle[0]), b.count - needle.count + 1 - at) else {
          return nil
        }
        let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + i, needle, needle.count) == 0 { return i }
        at = i + 1
      }
      return nil
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
    case 0x73:  // s: a shared string
      let index = raw.reduce(0) { $0 &* 10 &+ Int($1 &- 48) }
      guard index >= 0, index < book.strings.count else {
        throw XlsxArchive.damaged(file, officeMessages.badPart(sheet.part))
      }
      out.append(contentsOf: book.strings[index].utf8)
    case 0x62:  // b: a boolean
      out.append(contentsOf: (raw.first == 0x31 ? "true" : "false").utf8)
    case 0x65:  // e: an error value (#N/A)
      out.append(contentsOf: raw)
      return .error
    case 0x64:  // d: an ISO 8601 date (LibreOffice can write them); midnight is the day
      var text = String(decoding: raw, as: UTF8.self)
      if text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") {
        text = String(text.prefix(10))
      }
      out.append(contentsOf: text.replacingOccurrences(of: "T", with: " ").utf8)
    case 0x6E:  // n: a number, which its style may make a date or a time
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
            officeMessages.leapBug(),
            hint: officeMessages.fixDate())
        } catch {}
      }
      out.append(contentsOf: raw)
    default:
      out.append(contentsOf: raw)
    }
    return .text
  }

  /// The `ref`s of the `<mergeCell>`s in `bytes` (the part of a sheet after its data).
  static func merges(_ bytes: UnsafeBufferPointer<UInt8>) -> [(
    rows: ClosedRange<Int>, columns: ClosedRange<Int>
  )] {
    let tail = String(decoding: bytes, as: UTF8.self)
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
