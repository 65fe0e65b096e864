/// A chart of an answer drawn as inline SVG, for the HTML report: a line (or bars) for a time
/// series — the first column periods or dates, a number column after it — and horizontal
/// bars for a short list of groups. nil when the answer is neither.
enum SVGChart {
  static let maxGroups = 20

  static func svg(_ table: ResultTable, format: CellFormat) -> String? {
    let columns = table.columns
    guard columns.count >= 2, table.rows.count >= 2,
      let valueIndex = columns.indices.dropFirst().first(where: {
        CellFormat.isNumeric(columns[$0].kind)
      })
    else { return nil }
    var labels: [String] = []
    var values: [Double] = []
    for row in table.rows {
      labels.append(format.text(row[0], in: columns[0]) ?? "—")
      values.append(number(row[valueIndex]) ?? 0)
    }
    let title = HTMLReport.escape(format.header(columns[valueIndex]))
    switch columns[0].kind {
    case .period, .date:
      return values.count > 12
        ? line(labels, values, title: title) : Self.columns(labels, values, title: title)
    case .text:
      guard values.count <= maxGroups, !format.masks(columns[0]) else { return nil }
      return bars(labels, values, title: title, rate: columns[valueIndex].kind == .rate)
    default:
      return nil
    }
  }

  private static func number(_ value: Value) -> Double? {
    switch value {
    case .integer(let n): return Double(n)
    case .decimal(let x): return x.isFinite ? x : nil
    default: return nil
    }
  }

  private static func fmt(_ x: Double) -> String { NumberText.rounded(x, decimals: 1) }

  private static func valueText(_ x: Double, rate: Bool) -> String {
    rate ? NumberText.rounded(x * 100, decimals: 1) + "%" : NumberText.rounded(x, decimals: 2)
  }

  /// Horizontal bars, one per group, the value at the end of each.
  static func bars(_ labels: [String], _ values: [Double], title: String, rate: Bool) -> String {
    let rowHeight = 24.0
    let labelWidth = 180.0
    let barWidth = 420.0
    let height = Double(values.count) * rowHeight + 30
    let top = max(values.max() ?? 0, 0)
    var s = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
    s += "viewBox=\"0 0 680 \(fmt(height))\" width=\"680\" height=\"\(fmt(height))\">"
    s += "<title>\(title)</title>"
    for (i, (label, value)) in zip(labels, values).enumerated() {
      let y = Double(i) * rowHeight + 10
      let w = top > 0 ? max(value, 0) / top * barWidth : 0
      s += "<text x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 16))\" text-anchor=\"end\">"
      s += HTMLReport.escape(String(label.prefix(16))) + "</text>"
      s += "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(w))\" height=\"18\" "
      s += "fill=\"#c0392b\"/>"
      s += "<text x=\"\(fmt(labelWidth + w + 6))\" y=\"\(fmt(y + 16))\">"
      s += valueText(value, rate: rate) + "</text>"
    }
    return s + "</svg>"
  }

  /// Vertical bars along a time axis.
  static func columns(_ labels: [String], _ values: [Double], title: String) -> String {
    let (width, height, left, bottom) = (680.0, 260.0, 50.0, 40.0)
    let top = max(values.max() ?? 0, 0)
    let slot = (width - left - 10) / Double(values.count)
    var s = frame(width, height, title: title, top: top, left: left, bottom: bottom)
    for (i, value) in values.enumerated() {
      let h = top > 0 ? max(value, 0) / top * (height - bottom - 20) : 0
      let x = left + Double(i) * slot + slot * 0.15
      s += "<rect x=\"\(fmt(x))\" y=\"\(fmt(height - bottom - h))\" width=\"\(fmt(slot * 0.7))\" "
      s += "height=\"\(fmt(h))\" fill=\"#c0392b\"/>"
      s += "<text x=\"\(fmt(x + slot * 0.35))\" y=\"\(fmt(height - bottom - h - 4))\" "
      s += "text-anchor=\"middle\" font-size=\"11\">\(valueText(value, rate: false))</text>"
      s += axisLabel(labels[i], x: x + slot * 0.35, y: height - bottom + 16)
    }
    return s + "</svg>"
  }

  /// A line through the points of a longer time series, every few labels shown.
  static func line(_ labels: [String], _ values: [Double], title: String) -> String {
    let (width, height, left, bottom) = (680.0, 260.0, 50.0, 40.0)
    let top = max(values.max() ?? 0, 0)
    let step = (width - left - 20) / Double(max(values.count - 1, 1))
    var s = frame(width, height, title: title, top: top, left: left, bottom: bottom)
    var points: [String] = []
    let every = max(1, values.count / 8)
    for (i, value) in values.enumerated() {
      let x = left + 10 + Double(i) * step
      let y = height - bottom - (top > 0 ? max(value, 0) / top * (height - bottom - 20) : 0)
      points.append("\(fmt(x)),\(fmt(y))")
      if i % every == 0 { s += axisLabel(labels[i], x: x, y: height - bottom + 16) }
    }
    s += "<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" "
    s += "points=\"\(points.joined(separator: " "))\"/>"
    return s + "</svg>"
  }

  private static func frame(
    _ width: Double, _ height: Double, title: String, top: Double, left: Double, bottom: Double
  ) -> String {
    var s = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
    s += "viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" width=\"\(fmt(width))\" "
    s += "height=\"\(fmt(height))\"><title>\(title)</title>"
    s += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(height - bottom))\" x2=\"\(fmt(width - 10))\" "
    s += "y2=\"\(fmt(height - bottom))\" stroke=\"#888\"/>"
    s += "<text x=\"\(fmt(left - 6))\" y=\"24\" text-anchor=\"end\" font-size=\"11\">"
    s += NumberText.rounded(top, decimals: 2) + "</text>"
    s += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(height - bottom))\" text-anchor=\"end\" "
    s += "font-size=\"11\">0</text>"
    return s
  }

  private static func axisLabel(_ text: String, x: Double, y: Double) -> String {
    "<text x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"middle\" font-size=\"11\">"
      + HTMLReport.escape(text) + "</text>"
  }
}
