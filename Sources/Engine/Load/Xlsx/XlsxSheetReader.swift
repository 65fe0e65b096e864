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
    // Rows handed back once fed, whose storage the scanner reuses (a row kept while the
    // scanner wrote into its storage would be copied).
    var spares: [XlsxSheetScanner.Row] = []
    func keep(_ row: inout XlsxSheetScanner.Row) {
      var spare = spares.popLast() ?? XlsxSheetScanner.Row()
      swap(&spare, &row)
      held.append(spare)
    }
    func deliver(_ row: inout XlsxSheetScanner.Row, to p: Pass) throws(LoadError) {
      // A row without a raw value in any cell is empty (a quick test: no cell is decoded).
      if !held.isEmpty && !row.cells.contains(where: { !$0.range.isEmpty }) {
        keep(&row)
        return
      }
      for h in held { try p.feed(h) }
      spares.append(contentsOf: held)
      held.removeAll(keepingCapacity: true)
      keep(&row)
    }
    let window = max(Self.headerWindow, (headerRow ?? 0) + Self.headerWindow)
    func start() throws(LoadError) {
      let found = try findHeader(kept, merges: merges, headerRow: headerRow)
      try found.check(sheet: sheet.name, file: file)
      let modes = found.names.map { declared($0).map { ColumnBuilder.Mode.declared($0) } ?? .infer }
      let p = Pass(reader: self, header: found, modes: modes, only: nil, missing: options.missing)
      for row in kept {
        var copy = row
        try deliver(&copy, to: p)
      }
      head = kept
      kept = []
      header = found
      pass = p
    }
    try stream(tail: &tail) { row throws(LoadError) in
      if let pass {
        try deliver(&row, to: pass)
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
    tail: inout XlsxMergeTail?, _ body: (inout XlsxSheetScanner.Row) throws(LoadError) -> Void
  ) throws(LoadError) {
    var rows = XlsxRowStream(
      malformed: XlsxArchive.damaged(file, officeMessages.badPart(sheet.part)))
    try book.archive.blocks(sheet.part) { block throws(LoadError) in
      tail?.take(block)
      try rows.feed(block, body)
    }
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
    var tail = XlsxMergeTail()
    try book.archive.blocks(sheet.part, check: false) { tail.take($0) }
    return tail.merges
  }

  enum Kind { case text, missing, error, noValue }

  /// Where a cell's text, as a CSV would hold it, lies: in the row's decoded text, in the
  /// shared strings, or in the bytes the caller passed (a date, a boolean written out).
  enum Place {
    case row(Range<Int>)
    case strings(Range<Int>)
    case made(Range<Int>)

    var count: Int {
      switch self {
      case .row(let r), .strings(let r), .made(let r): r.count
      }
    }
  }

  /// The text of `cell` as a CSV would hold it, into `out`.
  func value(_ cell: XlsxSheetScanner.Cell, _ row: XlsxSheetScanner.Row, into out: inout [UInt8])
    throws(LoadError) -> Kind
  {
    out.removeAll(keepingCapacity: true)
    let (kind, place) = try locate(cell, row, making: &out)
    switch place {
    case .row(let r): out.append(contentsOf: row.text[r])
    case .strings(let r): out.append(contentsOf: book.strings.bytes[r])
    case .made: break
    }
    return kind
  }

  /// Where the text of `cell` lies, as a CSV would hold it; a text made from the cell (a
  /// date from its serial, `true`) is appended to `made`. Copies nothing else.
  @inline(__always)
  func locate(
    _ cell: XlsxSheetScanner.Cell, _ row: XlsxSheetScanner.Row, making made: inout [UInt8]
  ) throws(LoadError) -> (Kind, Place) {
    let r = cell.range
    if r.isEmpty { return (cell.formula ? .noValue : .missing, .row(r)) }
    switch cell.type {
    case 0x73:  // s: a shared string
      var index = 0
      for i in r {
        let d = Int(row.text[i]) &- 48
        guard d >= 0 && d <= 9, index < 1 << 40 else {
          index = -1
          break
        }
        index = index &* 10 &+ d
      }
      guard index >= 0, index < book.strings.count else {
        throw XlsxArchive.damaged(file, officeMessages.badPart(sheet.part))
      }
      return (.text, .strings(book.strings.range(index)))
    case 0x62:  // b: a boolean
      return (.text, make(row.text[r.lowerBound] == 0x31 ? "true" : "false", into: &made))
    case 0x65:  // e: an error value (#N/A)
      return (.error, .row(r))
    case 0x64:  // d: an ISO 8601 date (LibreOffice can write them); midnight is the day
      var text = String(decoding: row.text[r], as: UTF8.self)
      if text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") {
        text = String(text.prefix(10))
      }
      return (.text, make(text.replacingOccurrences(of: "T", with: " "), into: &made))
    case 0x6E:  // n: a number, which its style may make a date or a time
      let kind = cell.style < book.styles.count ? book.styles[cell.style] : .plain
      if kind != .plain, let serial = Self.serial(row.text[r]) {
        do {
          let start = made.count
          if try XlsxDates.write(
            serial, kind: kind, date1904: book.workbook.date1904, into: &made)
          {
            return (.text, .made(start..<made.count))
          }
        } catch .leapBug {
          throw LoadError(
            file: file,
            cell: sheet.name + "!" + XlsxReference.cell(column: cell.column, row: row.number),
            officeMessages.leapBug(),
            hint: officeMessages.fixDate())
        } catch {}
      }
      return (.text, .row(r))
    default:
      return (.text, .row(r))
    }
  }

  private func make(_ text: String, into made: inout [UInt8]) -> Place {
    let start = made.count
    made.append(contentsOf: text.utf8)
    return .made(start..<made.count)
  }

  /// A serial day number: whole days (the usual date) read digit by digit, else by `Double`.
  private static func serial(_ raw: ArraySlice<UInt8>) -> Double? {
    var whole = 0
    for c in raw {
      let d = Int(c) &- 48
      guard d >= 0 && d <= 9, whole < 1 << 40 else {
        return Double(String(decoding: raw, as: UTF8.self))
      }
      whole = whole &* 10 &+ d
    }
    return Double(whole)
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
