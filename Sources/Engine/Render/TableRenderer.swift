/// Writes an answer as an aligned plain-text table for a terminal: ASCII rules only, columns
/// aligned by display width (Chinese characters take two columns), numbers right-aligned, long
/// cells cut with `…`, and a row-count footer.
///
/// Rows stream: the column widths come from the header and the first `TextLayout.layoutRows`
/// rows, and later rows keep that layout (a wider cell is cut to its column), so a long answer
/// is written as it is read, in bounded memory, as DuckDB's box renderer does for large results.
/// With `maxWidth`, the table fits that width (`TableFit`): columns that do not fit are named
/// under it, and a single row too wide is written as `column = value` lines instead.
public struct TableRenderer: StreamingRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  private static let bold = "\u{1B}[1m"
  private static let dim = "\u{1B}[2m"
  private static let reset = "\u{1B}[0m"

  public func write(_ rows: RowStream, to out: inout some TextOutputStream) {
    let limit = options.maxRows.map { max($0, 0) } ?? Int.max
    let columns = rows.columns
    guard !columns.isEmpty else {
      guard let total = rows.skipRest(stop: options.stop), rows.failure == nil else { return }
      let shown = min(total, limit)
      writeFooter(shown: shown, total: total, hidden: [], columnCount: 0, to: &out)
      return
    }
    guard let block = FirstBlock(rows, limit: limit, options: options) else { return }
    if let maxWidth = options.maxWidth, block.rowCount == 1, !rows.hasMore(),
      rows.failure == nil, TableFit.lineWidth(block.natural) > maxWidth
    {
      var single = block.firstRow
      let records = LineRenderer(options: options).writeRecords(
        columns, limit: 1,
        next: {
          defer { single = nil }
          return single
        }, to: &out)
      guard records != nil else { return }
      out.write("\n")
      writeFooter(shown: 1, total: 1, hidden: [], columnCount: columns.count, to: &out)
      return
    }
    let numeric = columns.map { CellFormat.isNumeric($0.kind) }
    let fit = TableFit.fit(
      natural: block.natural, headers: block.header.map(\.width), numeric: numeric,
      maxWidth: options.maxWidth)
    // A number wider than its column (after the first rows) is written whole, never cut.
    let rightAligned = fit.shown.map { numeric[$0] }
    var line = ""
    func emit(_ cell: (Int) -> LaidOutCell, to out: inout some TextOutputStream) {
      line.removeAll(keepingCapacity: true)
      for (i, c) in fit.shown.enumerated() {
        if i > 0 { line.write("  ") }
        var laid = cell(c)
        if laid.width > fit.widths[i], !rightAligned[i] {
          laid = TextLayout.fit(laid.text, maxWidth: fit.widths[i])
        }
        TextLayout.append(laid, width: fit.widths[i], rightAligned: rightAligned[i], to: &line)
      }
      out.write(String(TextLayout.trimmingTrailingSpaces(line)))
    }

    if options.color { out.write(Self.bold) }
    emit({ block.header[$0] }, to: &out)
    out.write(options.color ? Self.reset + "\n" : "\n")
    let rule = fit.widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    out.write(String(TextLayout.trimmingTrailingSpaces(rule)) + "\n")
    let count = columns.count
    for r in 0..<block.rowCount {
      if options.stop() { return }
      emit({ block.body[r * count + $0] }, to: &out)
      out.write("\n")
    }
    var shown = block.rowCount
    while shown < limit, !options.stop(), let row = rows.next() {
      emit({ block.cell(row, $0) }, to: &out)
      out.write("\n")
      shown += 1
    }
    if options.stop() { return }
    guard let more = rows.skipRest(stop: options.stop), rows.failure == nil else { return }
    let hidden = columns.indices.filter { !fit.shown.contains($0) }.map { block.header[$0].text }
    writeFooter(shown: shown, total: shown + more, hidden: hidden, columnCount: count, to: &out)
  }

  /// `(4,712 rows)`, then, when columns were left out, how many and which, wrapped to the width.
  private func writeFooter(
    shown: Int, total: Int, hidden: [String], columnCount: Int,
    to out: inout some TextOutputStream
  ) {
    var lines = [rowCountFooter(shown: shown, total: total)]
    if !hidden.isEmpty {
      lines += hiddenColumnsFooter(
        total: columnCount, hidden: hidden, width: options.maxWidth ?? Int.max)
    }
    for line in lines {
      out.write(options.color ? Self.dim + line + Self.reset : line)
      out.write("\n")
    }
  }
}

/// The header and the first rows of an answer, laid out: the rows that set the columns' widths.
struct FirstBlock {
  var header: [LaidOutCell]
  /// Row-major, `rowCount × header.count` cells.
  var body: [LaidOutCell]
  var rowCount: Int
  /// The first row, for a single row written as records.
  var firstRow: [Value]?
  /// Each column's width: its widest cell, header included.
  var natural: [Int]
  let columns: [ResultColumn]
  let format: CellFormat
  /// Cells are cut to this width as they are laid out.
  let cap: Int

  /// Nil when `options.stop` asked to stop while the rows were read.
  init?(_ rows: RowStream, limit: Int, options: RenderOptions) {
    columns = rows.columns
    format = CellFormat(style: .display, options)
    cap = options.maxWidth.map { max($0, 1) } ?? options.maxCellWidth
    let format = self.format
    header = columns.map { column in
      let name = TextLayout.singleLine(format.header(column))
      return LaidOutCell(text: name, width: terminalWidth(of: name))
    }
    natural = header.map(\.width)
    rowCount = 0
    body = []
    let blockRows = min(limit, TextLayout.layoutRows)
    while rowCount < blockRows, !options.stop(), let row = rows.next() {
      if rowCount == 0 { firstRow = row }
      rowCount += 1
      for c in columns.indices {
        let laid = cell(row, c)
        if laid.width > natural[c] { natural[c] = laid.width }
        body.append(laid)
      }
    }
    if options.stop() { return nil }
  }

  /// Cell `c` of `row`, on one line, cut to `cap`.
  func cell(_ row: [Value], _ c: Int) -> LaidOutCell {
    let value = c < row.count ? row[c] : .missing
    let text = TextLayout.singleLine(format.text(value, in: columns[c]) ?? "")
    return TextLayout.fit(text, maxWidth: cap)
  }
}
