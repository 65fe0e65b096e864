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
  /// The row's cell texts, one after another, and each column's range in it.
  @exclusivity(unchecked) private var texts: [UInt8] = []
  @exclusivity(unchecked) private var ranges: [Range<Int>?]
  @exclusivity(unchecked) private var scratch: [UInt8] = []

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
    ranges = Array(repeating: nil, count: width)
  }

  func feed(_ row: XlsxSheetScanner.Row) throws(LoadError) {
    guard row.number > header.lastRow else { return }
    let width = header.names.count
    let sheet = reader.sheet.name
    for i in 0..<width { ranges[i] = nil }
    texts.removeAll(keepingCapacity: true)
    var any = false
    for cell in row.cells {
      let kind = try reader.value(cell, row, into: &scratch)
      if cell.column >= width {
        guard kind == .text || kind == .error, !scratch.isEmpty else { continue }
        throw LoadError(
          file: reader.file,
          cell: sheet + "!" + XlsxReference.cell(column: cell.column, row: header.firstRow),
          officeMessages.noName(cell.column + 1),
          hint: officeMessages.nameIt())
      }
      switch kind {
      case .text where !scratch.isEmpty:
        ranges[cell.column] = texts.count..<texts.count + scratch.count
        texts.append(contentsOf: scratch)
        any = true
      case .error:
        if errors[cell.column].count == 0 {
          errors[cell.column].first = place(cell.column, row.number)
          errors[cell.column].value = String(decoding: scratch, as: UTF8.self)
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
    texts.withUnsafeBufferPointer { t in
      builders.withUnsafeMutableBufferPointer { b in
        func put(_ i: Int) -> Bool {
          guard let r = ranges[i] else {
            b[i].appendMissing()
            return true
          }
          return b[i].append(t.baseAddress! + r.lowerBound, r.count)
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
    if let i = failed, case .declared(let type) = builders[i].mode {
      let text = String(decoding: texts[ranges[i]!], as: UTF8.self)
      let typeName = Message(en: Self.article(type), zh: Self.chinese(type))
      var error = LoadError(
        file: reader.file, cell: place(i, row.number),
        officeMessages.typeMismatch(text, header.names[i], typeName),
        hint: officeMessages.fixValue(header.names[i]))
      error.quoted = .init(
        column: header.names[i], value: text,
        withoutValue: privacyMessages.notOfTypeHidden(header.names[i], typeName))
      throw error
    }
    lines.note(row: rows, line: row.number)
    rows += 1
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
