/// How one cell is written as text, shared by every format so a value reads the same everywhere.
struct CellFormat: Sendable {
  /// `display` is for people (table, markdown, chart, html): decimals rounded to 2 places,
  /// rates as `45.2%` (at least two significant digits: `0.085%`), a key's empty value as
  /// `(empty)`, amounts grouped by thousands when asked. `raw` is for programs (csv, json,
  /// xlsx): full precision, rates as fractions, empty values empty, no separators.
  enum Style: Sendable {
    case display
    case raw
  }

  var style: Style
  /// Show sensitive columns unmasked.
  var reveal: Bool
  /// Show codes by their Chinese labels, where the column has them.
  var labels = false
  /// display: group the digits of amounts by thousands (`24,437`).
  var thousands = false
  /// display: the text of a key's empty value, in the session's language.
  var emptyKey = renderMessages.emptyKey().text(.current)

  init(style: Style, _ options: RenderOptions) {
    self.style = style
    reveal = options.reveal
    labels = options.labels
    thousands = options.thousands
  }

  init(style: Style, reveal: Bool) {
    self.style = style
    self.reveal = reveal
  }

  /// Whether cells of `column` are masked in this format.
  func masks(_ column: ResultColumn) -> Bool {
    column.sensitive && !reveal
  }

  /// The column's name as shown: its label when labels are on and it has one; a crosstab
  /// column of an empty value is headed as the empty key is shown.
  func header(_ column: ResultColumn) -> String {
    if style == .display && column.headsEmptyValue { return emptyKey }
    let name = labels ? column.labelledName ?? column.name : column.name
    return column.headerSensitive && !reveal ? Self.mask(name) : name
  }

  /// The text of a cell, masked when the column is sensitive; `nil` for a missing value
  /// (shown as `(empty)` instead in a key column of the display style).
  func text(_ value: Value, in column: ResultColumn) -> String? {
    if labels, case .text(let code) = value, let label = column.codeLabels[code] {
      return masks(column) ? Self.mask(label) : label
    }
    let amount = column.role == .amount
    guard let plain = plainText(value, kind: column.kind, amount: amount) else {
      return style == .display && column.role == .key ? emptyKey : nil
    }
    return masks(column) ? Self.mask(plain) : plain
  }

  /// The text of a value as a column of `kind` shows it, never masked; `nil` when missing.
  /// An `amount` has its digits grouped when thousands separators are on.
  func plainText(_ value: Value, kind: ResultKind, amount: Bool = false) -> String? {
    let grouping = amount && thousands && style == .display
    switch value {
    case .missing:
      return nil
    case .integer(let n):
      if kind == .rate { return rateText(Double(n)) }
      return grouping ? NumberText.grouped(Int(n)) : String(n)
    case .decimal(let x):
      if kind == .rate { return rateText(x) }
      return grouping ? NumberText.groupingThousands(decimalText(x)) : decimalText(x)
    case .boolean(let b):
      return b ? "true" : "false"
    case .date(let days):
      return NumberText.date(daysSinceEpoch: days)
    case .text(let s):
      return s
    }
  }

  private func decimalText(_ x: Double) -> String {
    switch style {
    case .display: return NumberText.rounded(x, decimals: 2)
    case .raw: return NumberText.shortest(x)
    }
  }

  private func rateText(_ x: Double) -> String {
    switch style {
    case .display:
      return NumberText.percent(x)
    case .raw:
      return NumberText.shortest(x)
    }
  }

  /// Personal data hidden. Eleven characters or more keep the first 3 and the last 4, as a
  /// mobile number is usually shown (`13812345678` → `138****5678`, an ID-card number
  /// `310104198001011235` → `310****1235`). Shorter values keep at most half of their
  /// characters, split between the start and the end (a landline `64871234` → `64****34`);
  /// three characters or fewer keep the first one (`张三` → `张**`), one keeps none (`**`).
  /// The stars do not tell the length; empty stays empty.
  static func mask(_ text: String) -> String {
    guard let first = text.first else { return text }
    let count = text.count
    if count >= 11 {
      return String(text.prefix(3)) + "****" + String(text.suffix(4))
    }
    if count >= 4 {
      let kept = count / 2
      let head = kept / 2
      return String(text.prefix(head)) + "****" + String(text.suffix(kept - head))
    }
    return count == 1 ? "**" : String(first) + "**"
  }

  /// Whether values of `kind` are numbers (right-aligned, charted, never CSV-prefixed).
  static func isNumeric(_ kind: ResultKind) -> Bool {
    switch kind {
    case .integer, .decimal, .rate: return true
    case .text, .date, .boolean, .period: return false
    }
  }
}
