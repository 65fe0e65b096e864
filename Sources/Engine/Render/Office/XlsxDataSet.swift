import Lang

/// A data set as one workbook, one sheet per table, so an officer can open it in Excel or
/// WPS: integers and decimals as numbers, dates as dates, booleans as booleans, text as text.
/// Loaded back (with the schema beside it), it gives the same tables.
public enum XlsxDataSet {
  public static func workbook(_ store: Store) throws -> [UInt8] {
    try XlsxWriter.workbook(store.tables.map(sheet))
  }

  static func sheet(_ table: Table) -> XlsxSheet {
    let header = table.columns.map(\.name)
    var widths = header.map { displayWidth($0) }
    var rows = [[XlsxCell]](
      repeating: [], count: table.rowCount)
    for (c, column) in table.columns.enumerated() {
      var width = widths[c]
      switch column.data {
      case .integer(let values):
        for (r, v) in values.enumerated() {
          let cell: XlsxCell =
            v == ColumnData.missingInteger
            ? .missing
            : v.magnitude > XlsxSheet.largestExactNumber
              ? .text(String(v), style: XlsxStyleSheet.plain)
              : .number(Double(v), style: XlsxStyleSheet.plain)
          rows[r].append(cell)
          if r < 1000 { width = max(width, String(v).count) }
        }
      case .decimal(let values):
        for (r, v) in values.enumerated() {
          rows[r].append(v.isNaN ? .missing : .number(v, style: XlsxStyleSheet.plain))
          if r < 1000, !v.isNaN { width = max(width, NumberText.shortest(v).count) }
        }
      case .boolean(let values):
        for (r, v) in values.enumerated() {
          rows[r].append(v == ColumnData.missingBoolean ? .missing : .boolean(v == 1))
        }
        width = max(width, 5)
      case .date(let days):
        for (r, d) in days.enumerated() {
          rows[r].append(
            d == ColumnData.missingDate
              ? .missing
              : .number(Double(d - XlsxSheet.excelEpoch), style: XlsxStyleSheet.date))
        }
        width = max(width, 10)
      case .text(let codes, let dictionary):
        var measured: [UInt32: Int] = [:]
        for (r, code) in codes.enumerated() {
          if code == ColumnData.missingCode {
            rows[r].append(.missing)
            continue
          }
          let text = dictionary.string(code)
          rows[r].append(.text(text, style: XlsxStyleSheet.plain))
          if measured[code] == nil, measured.count < 2000 {
            let w = displayWidth(text)
            measured[code] = w
            width = max(width, w)
          }
        }
      }
      widths[c] = width
    }
    return XlsxSheet(name: table.name, header: header, rows: rows, widths: widths)
  }
}
