import Lang

/// A cell of a sheet to write: numbers and dates stay numbers (with a number format), text is
/// text; `style` indexes `XlsxStyleSheet`'s cell formats.
enum XlsxCell: Sendable, Equatable {
  case missing
  case number(Double, style: Int)
  case boolean(Bool)
  case text(String, style: Int)
}

/// One sheet to write: a header row and rows of cells, with the width of each column. The
/// rows are made one at a time as the sheet is written, so a long answer is never held twice.
struct XlsxSheet {
  var name: String
  var header: [String]
  var rowCount: Int
  /// The cells of row `i` (0-based, below the header).
  var row: (Int) -> [XlsxCell]
  /// Column widths in characters (a Chinese character counts two).
  var widths: [Int]

  init(name: String, header: [String], rows: [[XlsxCell]], widths: [Int]) {
    self.name = name
    self.header = header
    rowCount = rows.count
    row = { rows[$0] }
    self.widths = widths
  }
}

/// The cell formats a written workbook uses (`styles.xml`'s `cellXfs`, in this order).
enum XlsxStyleSheet {
  static let plain = 0
  static let header = 1
  static let date = 2
  static let percent = 3
  static let decimal = 4

  static let xml = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>\
    <numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="0.00"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill>\
    <fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """
}

extension XlsxSheet {
  /// The sheet of an answer: cells as the answer's columns hold them (rates as percentages,
  /// dates as dates), masked and labelled as `options` say, like every format.
  init(name: String, table: ResultTable, options: RenderOptions) {
    let format = CellFormat(style: .raw, options)
    let columns = table.columns
    self.name = name
    header = columns.map { format.header($0) }
    var widths = header.map { displayWidth($0) }
    for row in table.rows {
      for (c, column) in columns.enumerated() {
        let value = c < row.count ? row[c] : .missing
        widths[c] = max(
          widths[c], Self.width(Self.cell(value, column, format), value, column, format))
      }
    }
    self.widths = widths
    let rows = table.rows
    rowCount = rows.count
    row = { i in
      let values = rows[i]
      return columns.enumerated().map { c, column in
        Self.cell(c < values.count ? values[c] : .missing, column, format)
      }
    }
  }

  private static func cell(_ value: Value, _ column: ResultColumn, _ format: CellFormat) -> XlsxCell
  {
    if case .missing = value { return .missing }
    let labelled: Bool = {
      if format.labels, case .text(let code) = value { return column.codeLabels[code] != nil }
      return false
    }()
    if format.masks(column) || labelled {
      return format.text(value, in: column).map { .text($0, style: XlsxStyleSheet.plain) }
        ?? .missing
    }
    switch value {
    case .missing: return .missing
    case .integer(let n) where n.magnitude > XlsxSheet.largestExactNumber:
      // Excel keeps 15 digits of a number: an 18-digit id is written as text, digit for digit.
      return .text(String(n), style: XlsxStyleSheet.plain)
    case .integer(let n):
      return .number(
        Double(n), style: column.kind == .rate ? XlsxStyleSheet.percent : XlsxStyleSheet.plain)
    case .decimal(let x):
      guard x.isFinite else { return .text(NumberText.shortest(x), style: XlsxStyleSheet.plain) }
      return .number(x, style: column.kind == .rate ? XlsxStyleSheet.percent : XlsxStyleSheet.plain)
    case .boolean(let b): return .boolean(b)
    case .date(let days):
      return .number(Double(days - excelEpoch), style: XlsxStyleSheet.date)
    case .text(let s): return .text(s, style: XlsxStyleSheet.plain)
    }
  }

  /// The largest whole number a spreadsheet holds exactly (it keeps 15 significant digits).
  static let largestExactNumber: UInt64 = 999_999_999_999_999

  /// Day 0 of the 1900 date system as Excel counts from 1900-03-01 on.
  static let excelEpoch = CivilDate.days(year: 1899, month: 12, day: 30)

  /// The width a cell takes as Excel shows it (a date as `2016-11-24`, a rate as `45.2%`).
  private static func width(
    _ cell: XlsxCell, _ value: Value, _ column: ResultColumn, _ format: CellFormat
  ) -> Int {
    switch cell {
    case .missing: return 0
    case .boolean: return 5
    case .text(let s, _): return displayWidth(s)
    case .number(_, let style):
      if style == XlsxStyleSheet.date { return 10 }
      var display = CellFormat(style: .display, reveal: format.reveal)
      display.labels = format.labels
      return displayWidth(display.plainText(value, kind: column.kind) ?? "")
    }
  }
}
