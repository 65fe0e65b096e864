/// Writes an answer as a GitHub pipe table, padded by display width so the source reads well too:
/// `---:` under numbers, `|` in cells escaped as `\|`, line breaks in cells as spaces, and the
/// row-count footer (after a blank line) only when rows were cut by `maxRows`.
///
/// Rows stream: the padding comes from the header and the first `TextLayout.layoutRows` rows;
/// a wider cell after them is written whole (its row's pipes no longer line up, the table stays
/// valid Markdown), so an answer of any length is written in bounded memory.
public struct MarkdownRenderer: StreamingRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  public func write(_ rows: RowStream, to out: inout some TextOutputStream) {
    let columns = rows.columns
    let limit = options.maxRows.map { max($0, 0) } ?? Int.max
    var shown = 0
    if !columns.isEmpty {
      let format = CellFormat(style: .display, options)
      let header = columns.map { Self.cell(format.header($0)) }
      func cells(_ row: [Value]) -> [LaidOutCell] {
        columns.indices.map { c in
          Self.cell(format.text(c < row.count ? row[c] : .missing, in: columns[c]) ?? "")
        }
      }
      // An alignment row needs at least three dashes.
      var widths = header.map { max($0.width, 3) }
      var block: [[LaidOutCell]] = []
      let blockRows = min(limit, TextLayout.layoutRows)
      while block.count < blockRows, !options.stop(), let row = rows.next() {
        let laid = cells(row)
        for (c, cell) in laid.enumerated() where cell.width > widths[c] { widths[c] = cell.width }
        block.append(laid)
      }
      if options.stop() { return }
      let rightAligned = columns.map { CellFormat.isNumeric($0.kind) }
      Self.writeLine(header[...], widths: widths, rightAligned: rightAligned, to: &out)
      var rule = "|"
      for (c, width) in widths.enumerated() {
        rule += " " + String(repeating: "-", count: rightAligned[c] ? width - 1 : width)
        rule += rightAligned[c] ? ": |" : " |"
      }
      out.write(rule + "\n")
      for laid in block {
        if options.stop() { return }
        Self.writeLine(laid[...], widths: widths, rightAligned: rightAligned, to: &out)
      }
      shown = block.count
      while shown < limit, !options.stop(), let row = rows.next() {
        Self.writeLine(cells(row)[...], widths: widths, rightAligned: rightAligned, to: &out)
        shown += 1
      }
      if options.stop() { return }
    }
    guard let more = rows.skipRest(stop: options.stop), rows.failure == nil else { return }
    let total = shown + more
    if columns.isEmpty { shown = min(total, limit) }
    if shown < total {
      out.write("\n" + rowCountFooter(shown: shown, total: total) + "\n")
    }
  }

  private static func cell(_ text: String) -> LaidOutCell {
    var clean = TextLayout.singleLine(text)
    if clean.contains("|") {
      var escaped = ""
      for character in clean {
        if character == "|" { escaped.append("\\") }
        escaped.append(character)
      }
      clean = escaped
    }
    return LaidOutCell(text: clean, width: terminalWidth(of: clean))
  }

  private static func writeLine(
    _ cells: ArraySlice<LaidOutCell>, widths: [Int], rightAligned: [Bool],
    to out: inout some TextOutputStream
  ) {
    out.write("|")
    for (c, cell) in zip(0..., cells) {
      out.write(" ")
      TextLayout.append(cell, width: widths[c], rightAligned: rightAligned[c], to: &out)
      out.write(" |")
    }
    out.write("\n")
  }
}
