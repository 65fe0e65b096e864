/// Settings shared by the renderers; each format reads the ones that concern it.
public struct RenderOptions: Sendable {
  /// table/markdown/chart: show at most this many rows and say `(40 of 4,712 rows shown)`.
  public var maxRows: Int? = nil
  /// table and chart labels: cut longer cells with `…` (never splitting a character).
  public var maxCellWidth: Int = 40
  /// table: the widest a line may be (the terminal's width at the prompt), or nil for no limit.
  /// Columns that do not fit are left out and named under the table, the widest cells are cut
  /// first, and a single row too wide is written as `column = value` lines (psql's `\x auto`).
  public var maxWidth: Int? = nil
  /// Polled by every format between rows: true stops the answer where it is (a pager that
  /// quit; the statement runner adds Ctrl-C).
  public var stop: @Sendable () -> Bool = { false }
  /// Whether to use colour codes (the caller decides: a terminal and NO_COLOR unset); only the
  /// table's header (bold) and footer (dim) are coloured.
  public var color: Bool = false
  /// Show sensitive columns unmasked.
  public var reveal: Bool = false
  /// Show codes by their Chinese labels from the schema (`micro` → `微党课`).
  public var labels: Bool = false
  /// table, markdown, chart, html: group the digits of counts, sums, averages and formulas by
  /// thousands (`24,437`); ids, years and the values of `min`/`max`/`median` stay plain, and
  /// csv, json and xlsx never have separators.
  public var thousands: Bool = false
  /// csv: start with a UTF-8 byte order mark so Excel reads the file as UTF-8. The
  /// StatementRunner clears it after its first answer: one mark per output, not per answer.
  public var bom: Bool = false
  /// chart: columns taken by the longest bar.
  public var chartWidth: Int = 40
  /// html: the data the answers come from, named at the foot of the page.
  public var dataSource: String = ""

  public init() {}
}
