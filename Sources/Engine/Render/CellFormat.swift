/// How one cell is written as text, shared by every format so a value reads the same everywhere.
struct CellFormat: Sendable {
  /// `display` is for people (table, markdown, chart): decimals rounded to 2 places, rates as
  /// `45.2%`. `raw` is for programs (csv, json): full precision, rates as fractions.
  enum Style: Sendable {
    case display
    case raw
  }

  var style: Style
  /// Show sensitive columns unmasked.
  var reveal: Bool
  /// Show codes by their Chinese labels, where the column has them.
  var labels = false

  init(style: Style, _ options: RenderOptions) {
    self.style = style
    reveal = options.reveal
    labels = options.labels
  }

  init(style: Style, reveal: Bool) {
    self.style = style
    self.reveal = reveal
  }

  /// Whether cells of `column` are masked in this format.
  func masks(_ column: ResultColumn) -> Bool {
    column.sensitive && !reveal
  }

  /// The column's name as shown: its label when labels are on and it has one.
  func header(_ column: ResultColumn) -> String {
    labels ? column.labelledName ?? column.name : column.name
  }

  /// The text of a cell, masked when the column is sensitive; `nil` for a missing value.
  func text(_ value: Value, in column: ResultColumn) -> String? {
    if labels, case .text(let code) = value, let label = column.codeLabels[code] {
      return masks(column) ? Self.mask(label) : label
    }
    guard let plain = plainText(value, kind: column.kind) else { return nil }
    return masks(column) ? Self.mask(plain) : plain
  }

  /// The text of a value as a column of `kind` shows it, never masked; `nil` when missing.
  func plainText(_ value: Value, kind: ResultKind) -> String? {
    switch value {
    case .missing:
      return nil
    case .integer(let n):
      return kind == .rate ? rateText(Double(n)) : String(n)
    case .decimal(let x):
      return kind == .rate ? rateText(x) : decimalText(x)
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
      guard x.isFinite else { return NumberText.shortest(x) }
      return NumberText.rounded(x, decimals: 1, shift: 2, keepZeros: true) + "%"
    case .raw:
      return NumberText.shortest(x)
    }
  }

  /// Personal data hidden: `13812345678` → `138****5678` (8 characters or more keep the first 3
  /// and last 4), shorter values keep the first character (`张三` → `张**`); empty stays empty.
  static func mask(_ text: String) -> String {
    guard let first = text.first else { return text }
    let count = text.count
    if count >= 8 {
      return String(text.prefix(3)) + "****" + String(text.suffix(4))
    }
    return String(first) + "**"
  }

  /// Whether values of `kind` are numbers (right-aligned, charted, never CSV-prefixed).
  static func isNumeric(_ kind: ResultKind) -> Bool {
    switch kind {
    case .integer, .decimal, .rate: return true
    case .text, .date, .boolean, .period: return false
    }
  }
}
