/// The formats an answer can be written in (`as csv`, `--format csv`, `.format csv`): the one
/// list that the parser, completion, help, errors and the renderers all read.
///
/// To add a format: a case here with its summary and file extensions, and its renderer in
/// Engine's `renderer(for:options:)` (see ARCHITECTURE.md, "How to add a format").
public enum OutputFormat: String, CaseIterable, Sendable {
  case table, csv, json, markdown, chart
  /// A workbook, one sheet per answer: written whole to an `--out` file at the end of a run.
  case xlsx
  /// A self-contained HTML page: one answer, or a whole script's report with `--out`.
  case html
  /// One `column = value` line per cell, a blank line between records (DuckDB's `.mode line`).
  case line

  /// One line for help texts, in both languages.
  public var summary: (en: String, zh: String) {
    switch self {
    case .table: ("aligned columns for people (the default)", "对齐的表格，给人看（默认）")
    case .csv: ("comma-separated values, for spreadsheets", "逗号分隔值，给电子表格用")
    case .json: ("an array of objects, for programs", "对象数组，给程序用")
    case .markdown: ("a Markdown table, for documents", "Markdown 表格，给文档用")
    case .chart: ("bars drawn with text", "用字符画的条形图")
    case .xlsx:
      ("an Excel workbook, one sheet per answer (needs --out)", "Excel 工作簿，每个答案一张工作表（需要 --out）")
    case .html: ("a web page with tables and charts, for reports", "带表格和图表的网页，用作报告")
    case .line: ("one `column = value` line per cell, for wide rows", "每个单元格一行“列 = 值”，适合很宽的行")
    }
  }

  /// File name extensions that choose this format for `--out` and `.output`.
  public var fileExtensions: [String] {
    switch self {
    case .table: ["txt"]
    case .csv: ["csv"]
    case .json: ["json"]
    case .markdown: ["md", "markdown"]
    case .chart: []
    case .xlsx: ["xlsx"]
    case .html: ["html", "htm"]
    case .line: []
    }
  }

  /// Whether a script's answers make one document written when the run ends (a workbook,
  /// a report page) rather than text written answer by answer.
  public var isDocument: Bool { self == .xlsx || self == .html }

  /// The names joined for a message: `table, csv, json, markdown or chart`.
  public static func names(conjunction: String = "or") -> String {
    let all = allCases.map(\.rawValue)
    return all.dropLast().joined(separator: ", ") + " \(conjunction) " + all.last!
  }
}
