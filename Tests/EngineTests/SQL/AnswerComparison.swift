import Engine

/// Compares Dangke's answer with SQLite's, cell by cell: numbers within 1e-9 (relative to
/// their size when large), dates as ISO text, booleans as 0/1, missing as null, text exactly;
/// the column names and the row order too.
enum AnswerComparison {
  /// A description of the first difference, or nil when the answers agree.
  static func difference(_ dangke: ResultTable, _ sqlite: SQLiteJSON) -> String? {
    let names = dangke.columns.map(\.name)
    if !sqlite.rows.isEmpty, sqlite.columns != names {
      return "columns differ:\n  dangke: \(names)\n  sqlite: \(sqlite.columns)"
    }
    for (i, (d, s)) in zip(dangke.rows, sqlite.rows).enumerated() {
      if d.count != s.count || zip(d, s).contains(where: { !matches($0, $1) }) {
        return "row \(i + 1) of \(dangke.rows.count) differs:\n"
          + "  dangke: \(describe(d))\n  sqlite: \(s.map(\.description).joined(separator: " | "))"
      }
    }
    guard dangke.rows.count == sqlite.rows.count else {
      let n = min(dangke.rows.count, sqlite.rows.count)
      let extraD = dangke.rows.count > n ? describe(dangke.rows[n]) : "(none)"
      let extraS =
        sqlite.rows.count > n
        ? sqlite.rows[n].map(\.description).joined(separator: " | ") : "(none)"
      return "row counts differ: dangke \(dangke.rows.count), sqlite \(sqlite.rows.count)\n"
        + "  first extra row, dangke: \(extraD)\n  first extra row, sqlite: \(extraS)"
    }
    return nil
  }

  static func matches(_ v: Value, _ c: SQLiteCell) -> Bool {
    switch (v, c) {
    case (.missing, .null): return true
    case (.integer(let a), .number(let n)):
      if let b = Int64(n) { return a == b }
      return Double(n).map { close(Double(a), $0) } ?? false
    case (.decimal(let a), .number(let n)):
      return Double(n).map { close(a, $0) } ?? false
    case (.boolean(let b), .number(let n)):
      return n == (b ? "1" : "0")
    case (.date(let d), .text(let s)):
      return CivilDate.format(d) == s
    case (.text(let a), .text(let b)):
      return a == b
    default:
      return false
    }
  }

  static func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
  }

  static func describe(_ row: [Value]) -> String {
    row.map { v in
      switch v {
      case .missing: "null"
      case .integer(let n): String(n)
      case .decimal(let x): String(x)
      case .boolean(let b): b ? "true" : "false"
      case .date(let d): CivilDate.format(d)
      case .text(let s): "\"\(s)\""
      }
    }.joined(separator: " | ")
  }
}
