/// Writes an answer as records, one `column = value` line per cell and a blank line between
/// records, the names padded to the widest by display width (DuckDB's `.mode line`, psql's
/// `\x`): for rows too wide for a table. Values are written whole, on one line each; the
/// row-count footer follows (after a blank line) only when rows were cut by `maxRows`.
public struct LineRenderer: AnswerRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  public func write(_ table: ResultTable, to out: inout some TextOutputStream) {
    let total = table.rows.count
    let shown = shownRowCount(total: total, maxRows: options.maxRows)
    guard total > 0, !table.columns.isEmpty else {
      out.write(rowCountFooter(shown: shown, total: total) + "\n")
      return
    }
    guard writeRecords(table, shown: shown, to: &out) else { return }
    if shown < total {
      out.write("\n" + rowCountFooter(shown: shown, total: total) + "\n")
    }
  }

  /// The first `shown` rows as records. False when `options.stop` stopped them.
  func writeRecords(_ table: ResultTable, shown: Int, to out: inout some TextOutputStream)
    -> Bool
  {
    let format = CellFormat(style: .display, options)
    let names = table.columns.map { TextLayout.singleLine(format.header($0)) }
    let nameWidth = names.map { terminalWidth(of: $0) }.max() ?? 0
    let padded = names.map { $0 + TextLayout.spaces(nameWidth - terminalWidth(of: $0)) + " = " }
    var line = ""
    for r in 0..<shown {
      if options.stop() { return false }
      if r > 0 { out.write("\n") }
      let row = table.rows[r]
      for (c, column) in table.columns.enumerated() {
        let value = c < row.count ? row[c] : .missing
        line = padded[c] + TextLayout.singleLine(format.text(value, in: column) ?? "")
        out.write(String(TextLayout.trimmingTrailingSpaces(line)))
        out.write("\n")
      }
    }
    return true
  }
}
