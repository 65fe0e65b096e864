import Engine
import Foundation

/// An answer as plain tab-separated lines, one per row, no header, in the form `cell` of
/// bench/report.py gives the SQL engines' cells before comparing: integers plain, decimals
/// rounded to 4 places without trailing zeros, dates ISO, booleans 1/0, missing empty.
enum AnswerText {
  static func tsv(_ table: ResultTable) -> String {
    var out = ""
    for row in table.rows {
      out += row.map(cell).joined(separator: "\t")
      out += "\n"
    }
    return out
  }

  static func cell(_ value: Value) -> String {
    switch value {
    case .missing: ""
    case .integer(let v): String(v)
    case .decimal(let v): decimal(v)
    case .boolean(let v): v ? "1" : "0"
    case .date(let v): CivilDate.format(v)
    case .text(let v): v
    }
  }

  /// A decimal rounded to 4 places, trailing zeros dropped (`2.5`, `3`).
  static func decimal(_ v: Double) -> String {
    var text = String(format: "%.4f", v)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}
