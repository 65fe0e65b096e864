/// Writes an answer as an aligned plain-text table for a terminal: ASCII rules only, columns
/// aligned by display width (Chinese characters take two columns), numbers right-aligned, long
/// cells cut with `…`, and a row-count footer.
public struct TableRenderer: AnswerRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  private static let bold = "\u{1B}[1m"
  private static let dim = "\u{1B}[2m"
  private static let reset = "\u{1B}[0m"

  public func write(_ table: ResultTable, to out: inout some TextOutputStream) {
    let shown = shownRowCount(total: table.rows.count, maxRows: options.maxRows)
    let columns = table.columns
    if !columns.isEmpty {
      let grid = layOut(table, shown: shown)
      writeGrid(grid, columns: columns, to: &out)
    }
    let footer = rowCountFooter(shown: shown, total: table.rows.count)
    out.write(options.color ? Self.dim + footer + Self.reset : footer)
    out.write("\n")
  }

  /// Header and body cells, measured and cut, with each column's width.
  private struct Grid {
    var header: [LaidOutCell]
    /// Row-major, `rowCount × header.count` cells.
    var body: [LaidOutCell]
    var widths: [Int]
    var rowCount: Int
  }

  private func layOut(_ table: ResultTable, shown: Int) -> Grid {
    let columns = table.columns
    let format = CellFormat(style: .display, options)
    let header = columns.map { column in
      let name = TextLayout.singleLine(format.header(column))
      return LaidOutCell(text: name, width: terminalWidth(of: name))
    }
    var widths = header.map(\.width)
    var body: [LaidOutCell] = []
    body.reserveCapacity(shown * columns.count)
    for rowIndex in 0..<shown {
      let row = table.rows[rowIndex]
      for (c, column) in columns.enumerated() {
        let value = c < row.count ? row[c] : .missing
        let text = TextLayout.singleLine(format.text(value, in: column) ?? "")
        let cell = TextLayout.fit(text, maxWidth: options.maxCellWidth)
        if cell.width > widths[c] { widths[c] = cell.width }
        body.append(cell)
      }
    }
    return Grid(header: header, body: body, widths: widths, rowCount: shown)
  }

  private func writeGrid(
    _ grid: Grid, columns: [ResultColumn], to out: inout some TextOutputStream
  ) {
    let rightAligned = columns.map { CellFormat.isNumeric($0.kind) }
    var line = ""
    func emit(_ cells: ArraySlice<LaidOutCell>, to out: inout some TextOutputStream) {
      line.removeAll(keepingCapacity: true)
      for (c, cell) in zip(0..., cells) {
        if c > 0 { line.write("  ") }
        TextLayout.append(cell, width: grid.widths[c], rightAligned: rightAligned[c], to: &line)
      }
      out.write(String(TextLayout.trimmingTrailingSpaces(line)))
      out.write("\n")
    }

    if options.color {
      out.write(Self.bold)
      var header = ""
      emit(grid.header[...], to: &header)
      out.write(String(header.dropLast()))  // the reset goes before the line break
      out.write(Self.reset + "\n")
    } else {
      emit(grid.header[...], to: &out)
    }
    let rule = grid.widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    out.write(String(TextLayout.trimmingTrailingSpaces(rule)))
    out.write("\n")
    let count = columns.count
    for r in 0..<grid.rowCount {
      emit(grid.body[(r * count)..<((r + 1) * count)], to: &out)
    }
  }
}
