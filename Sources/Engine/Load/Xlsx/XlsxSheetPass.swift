import Lang

/// One pass over a sheet's data rows (those below the header), feeding the column builders:
/// all of them, or only `only` when columns that mixed types are read again as text. A class,
/// so that feeding a row never copies the builders. The properties fed for every row are
/// not checked for exclusive access at run time (`@exclusivity(unchecked)`): only `feed`
/// changes them, never while another access is open, and the checks were a tenth of a
/// large sheet's read.
final class Pass {
  let reader: XlsxSheetReader
  let header: XlsxHeader
  let only: [Int]?
  @exclusivity(unchecked) var builders: [ColumnBuilder]
  @exclusivity(unchecked) var rows = 0
  @exclusivity(unchecked) var lines: RowLines
  /// Empty rows between data rows (not those at the end), and the first one's number.
  @exclusivity(unchecked) var blank = (count: 0, first: 0)
  @exclusivity(unchecked) private var pendingBlank = (count: 0, first: 0)
  /// Per column: error values (`#N/A`) and formulas without a saved value, with the first.
  @exclusivity(unchecked) var errors: [(count: Int, first: String, value: String)]
  @exclusivity(unchecked) var noValues: [(count: Int, first: String)]
  /// The texts made from the row's cells (dates, booleans), one after another, and where
  /// each column's text lies.
  @exclusivity(unchecked) private var texts: [UInt8] = []
  @exclusivity(unchecked) private var places: [XlsxSheetReader.Place?]

  init(
    reader: XlsxSheetReader, header: XlsxHeader, modes: [ColumnBuilder.Mode], only: [Int]?,
    missing: MissingMarkers = .usual
  ) {
    self.reader = reader
    self.header = header
    self.only = only
    builders = modes.map { ColumnBuilder(mode: $0, rowHint: 1024, missing: missing) }
    lines = RowLines(firstLine: header.lastRow + 1)
    let width = header.names.count
    errors = Array(repeating: (0, "", ""), count: width)
    noValues = Array(repeating: (0, ""), count: width)
    places = Array(repeating: nil, count: width)
  }

  func feed(_ row: XlsxSheetScanner.Row) throws(LoadError) {
    guard row.number > header.lastRow else { return }
    let width = header.names.count
    for i in 0..<width { places[i] = nil }
    texts.removeAll(keepingCapacity: true)
    var any = false
    for cell in row.cells {
      let (kind, at) = try reader.locate(cell, row, making: &texts)
      if cell.column >= width {
        guard kind == .text || kind == .error, at.count > 0 else { continue }
        throw LoadError(
          file: reader.file,
          cell: reader.sheet.name + "!"
            + XlsxReference.cell(column: cell.column, row: header.firstRow),
          officeMessages.noName(cell.column + 1),
          hint: officeMessages.nameIt())
      }
      switch kind {
      case .text where at.count > 0:
        places[cell.column] = at
        any = true
      case .error:
        if errors[cell.column].count == 0 {
          errors[cell.column].first = place(cell.column, row.number)
          errors[cell.column].value = text(at, row)
        }
        errors[cell.column].count += 1
        any = true
      case .noValue:
        if noValues[cell.column].count == 0 {
          noValues[cell.column].first = place(cell.column, row.number)
        }
        noValues[cell.column].count += 1
        any = true
      default: break
      }
    }
    if !any {
      if pendingBlank.count == 0 { pendingBlank.first = row.number }
      pendingBlank.count += 1
      return
    }
    if pendingBlank.count > 0 {
      if blank.count == 0 { blank.first = pendingBlank.first }
      blank.count += pendingBlank.count
      pendingBlank = (0, 0)
    }
    var failed: Int?
    row.text.withUnsafeBufferPointer { rowText in
      reader.book.strings.bytes.withUnsafeBufferPointer { strings in
        texts.withUnsafeBufferPointer { made in
          builders.withUnsafeMutableBufferPointer { b in
            func put(_ i: Int) -> Bool {
              switch places[i] {
              case nil:
                b[i].appendMissing()
                return true
              case .row(let r): return b[i].append(rowText.baseAddress! + r.lowerBound, r.count)
              case .strings(let r):
                return b[i].append(strings.baseAddress! + r.lowerBound, r.count)
              case .made(let r): return b[i].append(made.baseAddress! + r.lowerBound, r.count)
              }
            }
            if let only {
              for i in only { _ = put(i) }
            } else {
              for i in 0..<width where !put(i) {
                failed = i
                return
              }
            }
          }
        }
      }
    }
    if let i = failed, case .declared(let type) = builders[i].mode {
      let shown = text(places[i]!, row)
      let typeName = Message(en: Self.article(type), zh: Self.chinese(type))
      var error = LoadError(
        file: reader.file, cell: place(i, row.number),
        officeMessages.typeMismatch(shown, header.names[i], typeName),
        hint: officeMessages.fixValue(header.names[i]))
      error.quoted = .init(
        column: header.names[i], value: shown,
        withoutValue: privacyMessages.notOfTypeHidden(header.names[i], typeName))
      throw error
    }
    lines.note(row: rows, line: row.number)
    rows += 1
  }

  /// The text at `at`, for a message.
  private func text(_ at: XlsxSheetReader.Place, _ row: XlsxSheetScanner.Row) -> String {
    switch at {
    case .row(let r): String(decoding: row.text[r], as: UTF8.self)
    case .strings(let r): String(decoding: reader.book.strings.bytes[r], as: UTF8.self)
    case .made(let r): String(decoding: texts[r], as: UTF8.self)
    }
  }

  private func place(_ column: Int, _ row: Int) -> String {
    reader.sheet.name + "!" + XlsxReference.cell(column: column, row: row)
  }

  static func article(_ type: ColumnType) -> String {
    (type == .integer ? "an " : "a ") + type.rawValue
  }

  static func chinese(_ type: ColumnType) -> String {
    switch type {
    case .integer: "整数"
    case .decimal: "小数"
    case .boolean: "布尔值"
    case .date: "日期"
    case .text: "文本"
    }
  }

  func warnings(origin: String, sheet: String) -> [LoadReport.Warning] {
    var out: [LoadReport.Warning] = []
    if blank.count > 0 {
      out.append(
        LoadReport.Warning(
          file: origin, line: blank.first,
          officeMessages.blankRows(sheet, blank.count, blank.first)))
    }
    for (i, name) in header.names.enumerated() {
      if errors[i].count > 0 {
        out.append(
          LoadReport.Warning(
            file: origin, column: name,
            officeMessages.errorCells(name, errors[i].count, errors[i].value, errors[i].first)))
      }
      if noValues[i].count > 0 {
        let found = officeMessages.formulaWithoutValue(
          name, noValues[i].count, noValues[i].first)
        let advice = officeMessages.recalculate()
        out.append(
          LoadReport.Warning(
            file: origin, column: name,
            Message(
              code: found.code, en: found.en + " (" + advice.en + ")",
              zh: found.zh + "（" + advice.zh + "）")))
      }
    }
    return out
  }
}
