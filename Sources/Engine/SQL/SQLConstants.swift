/// The constants of one statement: written into the text (SQLite's `sql` output), or bound
/// as parameters `$1`, `$2` … (PostgreSQL), never spliced into the text there.
final class SQLConstants {
  let dialect: any SQLDialect
  /// The bound values as text, in order (`nil` for NULL), when the dialect binds.
  private(set) var parameters: [String?] = []

  init(dialect: any SQLDialect) {
    self.dialect = dialect
  }

  /// A text constant.
  func text(_ s: String) -> String {
    bind(s) ?? SQLText.string(s)
  }

  /// A number constant (whole numbers written as integers).
  func number(_ value: Double, integer: Bool = false) -> String {
    let whole = integer || (value == value.rounded() && value.magnitude < 9.0e15)
    let text = SQLText.number(value, integer: whole)
    return bind(text, cast: whole ? "bigint" : "numeric") ?? text
  }

  /// A number written in a query, with all its digits (an 18-digit id stays 18 digits).
  func number(_ n: Number) -> String {
    switch n {
    case .integer(let k):
      let text = String(k)
      return bind(text, cast: "bigint") ?? text
    case .decimal(let d): return number(d)
    }
  }

  /// A date constant from a day number.
  func date(_ days: Int32) -> String {
    let iso = CivilDate.format(days)
    return bind(iso, cast: "date") ?? dialect.date(iso)
  }

  /// A constant of an answer (a `having` operand, a crosstab column value).
  func value(_ v: Value) -> String {
    switch v {
    case .missing: "NULL"
    case .integer(let x): number(.integer(x))
    case .decimal(let x): number(x)
    case .boolean(let b): dialect.boolean(b)
    case .date(let d): date(d)
    case .text(let s): text(s)
    }
  }

  /// `$n` (with a cast so the server knows the type) after adding `value` to the parameters,
  /// or nil when the dialect writes constants into the text.
  private func bind(_ value: String, cast: String? = nil) -> String? {
    guard dialect.bindsParameters else { return nil }
    parameters.append(value)
    let placeholder = "$\(parameters.count)"
    return cast.map { "CAST(\(placeholder) AS \($0))" } ?? placeholder
  }
}
