import Foundation

/// A script's answers as one self-contained HTML page: a title from the script's first
/// comment, each answer under its own comment with a table and, where it suits, an SVG
/// chart; CSS inline with a Chinese font stack found on Windows, macOS and Linux and an A4
/// print style; the data source and the time made at the foot. No script, nothing fetched.
public enum HTMLReport {
  /// What the foot of the page says.
  public struct Footer: Sendable {
    public var source: String
    public var made: Date

    public init(source: String, made: Date) {
      self.source = source
      self.made = made
    }
  }

  public static func page(
    intro: [String], answers: [ReportAnswer], footer: Footer, options: RenderOptions
  ) -> String {
    let title = intro.first { !$0.isEmpty } ?? (answers.first?.heading ?? "Dangke")
    var h = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += "<meta name=\"generator\" content=\"dangke\">\n"
    h += "<title>\(escape(title))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n<main>\n"
    h += "<h1>\(escape(title))</h1>\n"
    let rest = intro.drop { $0 != title }.dropFirst()
    let paragraphs = rest.split(separator: "").map { $0.joined(separator: " ") }
    for p in paragraphs where !p.isEmpty { h += "<p class=\"intro\">\(escape(p))</p>\n" }
    for answer in answers { h += section(answer, options: options) }
    h += "</main>\n<footer>\n"
    h += "<p>数据来源 Data source: \(escape(footer.source))</p>\n"
    h += "<p>生成时间 Made: \(escape(stamp(footer.made)))</p>\n"
    h += "</footer>\n</body>\n</html>\n"
    return h
  }

  /// One answer: its comment as a heading (and the rest of the comment as a note), a chart
  /// where one suits, and the table.
  static func section(_ answer: ReportAnswer, options: RenderOptions) -> String {
    let format = CellFormat(style: .display, options)
    var h = "<section>\n<h2>\(escape(answer.heading))</h2>\n"
    let more = answer.comment.drop { $0 != answer.heading }.dropFirst().filter { !$0.isEmpty }
    if !more.isEmpty { h += "<p class=\"note\">\(escape(more.joined(separator: " ")))</p>\n" }
    if !answer.comment.isEmpty {
      h += "<p class=\"query\"><code>\(escape(answer.statement))</code></p>\n"
    }
    if let chart = SVGChart.svg(answer.table, format: format) { h += chart + "\n" }
    h += table(answer.table, format: format)
    return h + "</section>\n"
  }

  static func table(_ table: ResultTable, format: CellFormat) -> String {
    let columns = table.columns
    let numeric = columns.map { CellFormat.isNumeric($0.kind) && !format.masks($0) }
    var h = "<table>\n<thead><tr>"
    for (c, column) in columns.enumerated() {
      h += numeric[c] ? "<th class=\"n\">" : "<th>"
      h += escape(format.header(column)) + "</th>"
    }
    h += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      h += "<tr>"
      for (c, column) in columns.enumerated() {
        let value = c < row.count ? row[c] : .missing
        h += numeric[c] ? "<td class=\"n\">" : "<td>"
        h += escape(format.text(value, in: column) ?? "") + "</td>"
      }
      h += "</tr>\n"
    }
    let count = table.rows.count
    h += "</tbody>\n</table>\n<p class=\"count\">"
    h += count == 1 ? "(1 row)" : "(\(NumberText.grouped(count)) rows)"
    return h + "</p>\n"
  }

  /// `2026-12-07 05:30 UTC`.
  static func stamp(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970)
    let day = Int32((seconds - ((seconds % 86_400) + 86_400) % 86_400) / 86_400)
    let rest = ((seconds % 86_400) + 86_400) % 86_400
    return CivilDate.format(day) + " " + CivilDate.pad2(rest / 3600) + ":"
      + CivilDate.pad2(rest % 3600 / 60) + " UTC"
  }

  /// Text made safe inside HTML elements and quoted attributes.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters from data are shown, never written raw (`ControlEscape`).
        if ControlEscape.isControl(c, keepLayout: true) {
          out += ControlEscape.picture(c.value)
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out
  }

  static let css = """
    body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", \
    "WenQuanYi Micro Hei", sans-serif; color: #222; margin: 0; background: #fff; }
    main { max-width: 900px; margin: 0 auto; padding: 24px; }
    h1 { font-size: 24px; border-bottom: 3px solid #c0392b; padding-bottom: 8px; }
    h2 { font-size: 18px; margin-top: 32px; color: #8e1b10; }
    p.intro { line-height: 1.6; }
    p.note { color: #555; margin: 4px 0; }
    p.query code { font-size: 12px; color: #666; }
    table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
    th, td { border: 1px solid #ccc; padding: 4px 10px; text-align: left; }
    th { background: #f4e4e1; }
    .n { text-align: right; font-variant-numeric: tabular-nums; }
    p.count { color: #777; font-size: 12px; margin: 0; }
    svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0; }
    svg.chart text { font-size: 12px; fill: #333; font-family: inherit; }
    footer { max-width: 900px; margin: 32px auto; padding: 8px 24px; color: #777; \
    font-size: 12px; border-top: 1px solid #ddd; }
    @page { size: A4; margin: 18mm 15mm; }
    @media print {
      main { max-width: none; padding: 0; }
      section { break-inside: avoid; }
      h2 { break-after: avoid; }
      th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}

/// `as html` for one answer: a page holding that answer alone.
public struct HTMLAnswerRenderer: AnswerRenderer {
  public var options: RenderOptions

  public init(options: RenderOptions = RenderOptions()) {
    self.options = options
  }

  public func write(_ table: ResultTable, to out: inout some TextOutputStream) {
    let answer = ReportAnswer(table: table, statement: "", comment: [])
    out.write(
      HTMLReport.page(
        intro: ["Dangke"], answers: [answer],
        footer: .init(source: options.dataSource, made: Date()), options: options))
  }
}
