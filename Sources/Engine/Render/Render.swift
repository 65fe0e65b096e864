import Lang

/// A writer of answers in one format; `write` streams to any text sink.
public protocol AnswerRenderer: Sendable {
  /// Writes the whole answer, ending with a line break (or nothing for an empty csv).
  func write(_ table: ResultTable, to out: inout some TextOutputStream)
}

extension AnswerRenderer {
  /// The answer as one string.
  public func render(_ table: ResultTable) -> String {
    var text = ""
    write(table, to: &text)
    return text
  }
}

/// A renderer that writes rows as they are read (`RowStream`), in bounded memory: the layout
/// of a table or Markdown answer comes from its first `TextLayout.layoutRows` rows. An answer
/// whose rows stop early (`RowStream.failure`) is left without its footer or closing.
public protocol StreamingRenderer: AnswerRenderer {
  func write(_ rows: RowStream, to out: inout some TextOutputStream)
}

extension StreamingRenderer {
  public func write(_ table: ResultTable, to out: inout some TextOutputStream) {
    write(RowStream(table), to: &out)
  }
}

/// The streaming renderer for `format`, or nil when the format needs the whole answer first
/// (a chart scales its bars to the largest value; html and xlsx are documents).
public func streamingRenderer(for format: OutputFormat, options: RenderOptions)
  -> (any StreamingRenderer)?
{
  switch format {
  case .table: TableRenderer(options: options)
  case .csv: CSVRenderer(options: options)
  case .json: JSONRenderer(options: options)
  case .markdown: MarkdownRenderer(options: options)
  case .line: LineRenderer(options: options)
  case .chart, .html, .xlsx: nil
  }
}

/// The renderer for `format` with `options`.
public func renderer(for format: OutputFormat, options: RenderOptions) -> any AnswerRenderer {
  switch format {
  case .table: return TableRenderer(options: options)
  case .csv: return CSVRenderer(options: options)
  case .json: return JSONRenderer(options: options)
  case .markdown: return MarkdownRenderer(options: options)
  case .chart: return ChartRenderer(options: options)
  case .html: return HTMLAnswerRenderer(options: options)
  case .line: return LineRenderer(options: options)
  // A workbook is binary: StatementRunner collects xlsx answers for the --out file (or says
  // one is needed) and never asks for this; a caller that does gets the text table.
  case .xlsx: return TableRenderer(options: options)
  }
}

/// The answer written in `format`.
public func render(_ table: ResultTable, as format: OutputFormat, options: RenderOptions) -> String
{
  renderer(for: format, options: options).render(table)
}

/// Footer text shared by table, markdown and chart: `(1 row)`, `(4,712 rows)`, or
/// `(40 of 4,712 rows shown)` when only the first `shown` rows were written.
/// In Chinese: `（共 1 行）`, `（共 4,712 行）`, `（共 4,712 行，显示前 40 行）`.
func rowCountFooter(shown: Int, total: Int, language: Language = .current) -> String {
  let m = renderMessages
  let message =
    shown < total
    ? m.rowsShown(NumberText.grouped(shown), NumberText.grouped(total))
    : total == 1 ? m.oneRow() : m.rows(NumberText.grouped(total))
  return message.text(language)
}

/// The words renderers add to an answer: no codes, both languages.
struct RenderMessages: MessageCatalog {
  let oneRow = MessageSpec(en: "(1 row)", zh: "（共 1 行）")
  let rows = MessageSpec(en: "({0} rows)", zh: "（共 {0} 行）")
  let rowsShown = MessageSpec(en: "({0} of {1} rows shown)", zh: "（共 {1} 行，显示前 {0} 行）")
  /// Under a table fitted to the terminal: the columns left out, by name.
  let columnsShown = MessageSpec(
    en: "{0} columns ({1} shown), not shown: {2}", zh: "共 {0} 列，显示 {1} 列，未显示：{2}")
  /// Between the names of a list in a footer.
  let listSeparator = MessageSpec(en: ", ", zh: "、")
  /// A group key's empty value in tables, markdown, charts and crosstab headers.
  let emptyKey = MessageSpec(en: "(empty)", zh: "（空）")
}

/// The renderers' catalog.
let renderMessages = RenderMessages()

/// The footer naming the columns a fitted table left out, in lines of at most `width`
/// columns broken between names: `41 columns (5 shown), not shown: a, b, …`.
func hiddenColumnsFooter(
  total: Int, hidden: [String], width: Int, language: Language = .current
) -> [String] {
  let separator = renderMessages.listSeparator().text(language)
  let head = renderMessages.columnsShown(
    NumberText.grouped(total), NumberText.grouped(total - hidden.count), ""
  ).text(language)
  var pieces = hidden.enumerated().map {
    $0.offset < hidden.count - 1 ? $0.element + separator : $0.element
  }
  if pieces.isEmpty { return [head] }
  pieces[0] = head + pieces[0]
  return TextLayout.wrap(pieces, width: width)
}

/// How many of `total` rows to show under `maxRows`.
func shownRowCount(total: Int, maxRows: Int?) -> Int {
  guard let maxRows else { return total }
  return min(total, max(maxRows, 0))
}
