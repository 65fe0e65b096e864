import Lang

/// One pass over a sheet's data rows (those below the header), feeding the column builders:
/// all of them, or only `only` when columns that mixed types are read again as text.
struct Pass {
  let reader: XlsxSheetReader
  let header: XlsxHeader
  var builders: [ColumnBuilder]
  var rows = 0
  var lines: RowLines
  /// Empty rows between data rows (not those at the end), and the first one's number.
  var blank = (count: 0, first: 0)
  /// Per column: error values (`#N/A`) and formulas without a saved value, with the first.
  var errors: [(count: Int, first: String, value: String)]
  var noValues: [(count: Int, first: String)]

  init(reader: XlsxSheetReader, header: XlsxHeader, modes: [ColumnBuilder.Mode]) {
    self.reader = reader
    self.header = header
    builders = modes.map { ColumnBuilder(mode: $0, rowHint: 1024) }
    lines = RowLines(firstLine: header.lastRow + 1)
    errors = Array(repeating: (0, "", ""), count: modes.count)
    noValues = Array(repeating: (0, ""), count: modes.count)
  }

  mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, only: [Int]?) throws(LoadError) {
    var scanner = XlsxSheetScanner(bytes)
    var row = XlsxSheetScanner.Row()
    var scratch: [UInt8] = []
    let width = builders.count
    var texts = [[UInt8]](repeating: [], count: width)
    var present = [Bool](repeating: false, count: width)
    var pendingBlank = (count: 0, first: 0)
    let sheet = reader.sheet.name
    while try reader.next(&scanner, &row) {
      guard row.number > header.lastRow else { continue }
      for i in 0..<width { present[i] = false }
      var any = false
      for cell in row.cells {
        let kind = try reader.value(cell, row, into: &scratch)
        let place = sheet + "!" + XlsxReference.cell(column: cell.column, row: row.number)
        if cell.column >= width {
          guard kind == .text || kind == .error, !scratch.isEmpty else { continue }
          throw LoadError(
            file: reader.file,
            cell: sheet + "!" + XlsxReference.cell(column: cell.column, row: header.firstRow),
            message: officeMessages.noName(cell.column + 1).description,
            hint: officeMessages.nameIt().description)
        }
        switch kind {
        case .text where !scratch.isEmpty:
          texts[cell.column] = scratch
          present[cell.column] = true
          any = true
        case .error:
          if errors[cell.column].count == 0 {
            errors[cell.column].first = place
            errors[cell.column].value = String(decoding: scratch, as: UTF8.self)
          }
          errors[cell.column].count += 1
          any = true
        case .noValue:
          if noValues[cell.column].count == 0 { noValues[cell.column].first = place }
          noValues[cell.column].count += 1
          any = true
        default: break
        }
      }
      if !any {
        if pendingBlank.count == 0 { pendingBlank.first = row.number }
        pendingBlank.count += 1
        continue
      }
      if pendingBlank.count > 0 {
        if blank.count == 0 { blank.first = pendingBlank.first }
        blank.count += pendingBlank.count
        pendingBlank = (0, 0)
      }
      for i in only ?? Array(0..<width) {
        let fits: Bool
        if present[i] {
          fits = texts[i].withUnsafeBufferPointer { builders[i].append($0.baseAddress!, $0.count) }
        } else {
          builders[i].appendMissing()
          fits = true
        }
        if !fits, case .declared(let type) = builders[i].mode {
          let text = String(decoding: texts[i], as: UTF8.self)
          let en = officeMessages.typeMismatch(text, header.names[i], Self.article(type)).en
          let zh = officeMessages.typeMismatch(text, header.names[i], Self.chinese(type)).zh
          let message = Lang.Language.current == .zh ? zh : en
          throw LoadError(
            file: reader.file, cell: sheet + "!" + XlsxReference.cell(column: i, row: row.number),
            message: message, hint: officeMessages.fixValue(header.names[i]).description)
        }
      }
      lines.note(row: rows, line: row.number)
      rows += 1
    }
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
          message: officeMessages.blankRows(sheet, blank.count, blank.first).description))
    }
    for (i, name) in header.names.enumerated() {
      if errors[i].count > 0 {
        out.append(
          LoadReport.Warning(
            file: origin, column: name,
            message: officeMessages.errorCells(
              name, errors[i].count, errors[i].value, errors[i].first
            )
            .description))
      }
      if noValues[i].count > 0 {
        out.append(
          LoadReport.Warning(
            file: origin, column: name,
            message: officeMessages.formulaWithoutValue(name, noValues[i].count, noValues[i].first)
              .description + " (" + officeMessages.recalculate().description + ")"))
      }
    }
    return out
  }
}
