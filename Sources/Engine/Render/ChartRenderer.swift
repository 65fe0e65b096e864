/// Writes an answer as horizontal bars of its last numeric column (the metric), one bar per row in
/// the given order (a time series is one bar per bucket), labelled by the other columns joined by
/// ` · ` and aligned by display width. An answer without a numeric column is written as a table.
public struct ChartRenderer: AnswerRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  /// Bar ends for 1/8 … 7/8 of a column.
  private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  public func write(_ table: ResultTable, to out: inout some TextOutputStream) {
    let columns = table.columns
    guard let metric = columns.lastIndex(where: { CellFormat.isNumeric($0.kind) }) else {
      TableRenderer(options: options).write(table, to: &out)
      return
    }
    let total = table.rows.count
    let shown = shownRowCount(total: total, maxRows: options.maxRows)
    let rows = table.rows.prefix(shown)
    let format = CellFormat(style: .display, options)
    let labelColumns = columns.indices.filter { $0 != metric }
    let metricColumn = columns[metric]
    // A masked metric draws no bars: their lengths would tell the hidden values.
    let drawBars = !format.masks(metricColumn) && options.chartWidth > 0

    var labels: [LaidOutCell] = []
    labels.reserveCapacity(shown)
    var labelWidth = 0
    var largest = 0.0
    for row in rows {
      // Empty parts are left out: an empty key's `(empty)` stands alone, not `(empty) · `.
      let label = labelColumns.compactMap { c in
        format.text(c < row.count ? row[c] : .missing, in: columns[c])
      }.filter { !$0.isEmpty }.joined(separator: " · ")
      let cell = TextLayout.fit(TextLayout.singleLine(label), maxWidth: options.maxCellWidth)
      labelWidth = max(labelWidth, cell.width)
      labels.append(cell)
      if let x = Self.number(metric < row.count ? row[metric] : .missing), x > largest {
        largest = x
      }
    }

    var line = ""
    for (label, row) in zip(labels, rows) {
      line.removeAll(keepingCapacity: true)
      if !labelColumns.isEmpty {
        TextLayout.append(label, width: labelWidth, rightAligned: false, to: &line)
        line += "  "
      }
      let value = metric < row.count ? row[metric] : .missing
      if drawBars, let x = Self.number(value), x > 0, largest > 0 {
        line += bar(for: x / largest)
        line += " "
      }
      line += TextLayout.singleLine(format.text(value, in: metricColumn) ?? "")
      out.write(String(TextLayout.trimmingTrailingSpaces(line)))
      out.write("\n")
    }
    if shown < total {
      out.write(rowCountFooter(shown: shown, total: total) + "\n")
    }
  }

  /// A bar `fraction` of `chartWidth` long, in eighths of a column; never empty for a positive
  /// value, so a small value is told apart from zero.
  private func bar(for fraction: Double) -> String {
    let eighths = max(Int((fraction * Double(options.chartWidth) * 8).rounded()), 1)
    var bar = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 { bar.append(Self.partials[eighths % 8 - 1]) }
    return bar
  }

  private static func number(_ value: Value) -> Double? {
    switch value {
    case .integer(let n): return Double(n)
    case .decimal(let x): return x.isFinite ? x : nil
    case .missing, .boolean, .date, .text: return nil
    }
  }
}
