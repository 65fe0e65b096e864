/// Writes an answer as records, one `column = value` line per cell and a blank line between
/// records, the names padded to the widest by display width (DuckDB's `.mode line`, psql's
/// `\x`): for rows too wide for a table. Values are written whole, on one line each; the
/// row-count footer follows (after a blank line) only when rows were cut by `maxRows`.
public struct LineRenderer: StreamingRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  public func write(_ rows: RowStream, to out: inout some TextOutputStream) {
    let limit = options.maxRows.map { max($0, 0) } ?? Int.max
    guard !rows.columns.isEmpty, rows.hasMore() else {
      guard let total = rows.skipRest(stop: options.stop), rows.failure == nil else { return }
      out.write(rowCountFooter(shown: min(total, limit), total: total) + "\n")
      return
    }
    guard let shown = writeRecords(rows.columns, limit: limit, next: rows.next, to: &out),
      let more = rows.skipRest(stop: options.stop), rows.failure == nil
    else { return }
    if more > 0 {
      out.write("\n" + rowCountFooter(shown: shown, total: shown + more) + "\n")
    }
  }

  /// At most `limit` rows from `next` as records: how many, or nil when `options.stop`
  /// stopped them.
  func writeRecords(
    _ columns: [ResultColumn], limit: Int, next: () -> [Value]?,
    to out: inout some TextOutputStream
  ) -> Int? {
    let format = CellFormat(style: .display, options)
    let names = columns.map { TextLayout.singleLine(format.header($0)) }
    let nameWidth = names.map { terminalWidth(of: $0) }.max() ?? 0
    let padded = names.map { $0 + TextLayout.spaces(nameWidth - terminalWidth(of: $0)) + " = " }
    var line = ""
    var r = 0
    while r < limit, !options.stop(), let row = next() {
      if r > 0 { out.write("\n") }
      for (c, column) in columns.enumerated() {
        let value = c < row.count ? row[c] : .missing
        line = padded[c] + TextLayout.singleLine(format.text(value, in: column) ?? "")
        out.write(String(TextLayout.trimmingTrailingSpaces(line)))
        out.write("\n")
      }
      r += 1
    }
    return options.stop() ? nil : r
  }
}
