import Lang

/// Whole numbers that a number column could not hold exactly: beyond `Int64` (more than 18
/// or 19 digits), or ids beyond 2^53 in a column that also holds decimals (a `Double` rounds
/// them: 310104198001011235 and …234 become the same number). Such a column is kept as text,
/// digit for digit, and the load report says so (W1280) instead of rounding silently.
enum ExactNumbers {
  /// The largest magnitude up to which every whole number is an exact `Double` (2^53).
  static let wholeLimit = 9_007_199_254_740_992.0

  /// Whether a cell is written as a whole number: an optional sign, then digits only.
  static func isWhole(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    if n > 0, p[0] == 0x2D || p[0] == 0x2B { i = 1 }
    guard i < n else { return false }
    while i < n {
      guard p[i] >= 0x30 && p[i] <= 0x39 else { return false }
      i += 1
    }
    return true
  }

  /// Whether a whole number (not the missing sentinel) is beyond an exact `Double` (2^53).
  @inline(__always)
  static func isBeyondDouble(_ x: Int64) -> Bool {
    x != ColumnData.missingInteger && x.magnitude > UInt64(1) << 53
  }

  /// Whether any whole number (not the missing sentinel) is beyond an exact `Double`.
  static func anyBeyondDouble(_ values: [Int64]) -> Bool {
    values.contains(where: isBeyondDouble)
  }

  /// How exactly a number column could hold a text cell: 2 beyond `Int64`, 1 beyond an exact
  /// `Double` (2^53), 0 exactly or not a whole number.
  static func inexactness(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    guard isWhole(p, n) else { return 0 }
    guard let v = CellParser.integer(p, n) else { return 2 }
    return v.magnitude > UInt64(1) << 53 ? 1 : 0
  }

  /// The warning for an inferred column kept as text because its numbers are not exact: its
  /// values are all numbers, and one is a whole number beyond exactness (the first's line).
  /// Nil for any other column. The cell is not quoted: it may be an ID-card number.
  static func warning(
    column name: String, builder: ColumnBuilder, data: ColumnData, lines: RowLines, file: String
  ) -> LoadReport.Warning? {
    let numbers = CellClass.integer.rawValue | CellClass.decimal.rawValue
    guard builder.isInferredText, builder.textClasses != 0,
      builder.textClasses & ~numbers == 0,
      case .text(let codes, let dictionary) = data
    else { return nil }
    let inexact = (0..<dictionary.count).map { code in
      dictionary.withUTF8(UInt32(code)) { buf in
        buf.baseAddress.map { inexactness($0, buf.count) } ?? 0
      }
    }
    // Beyond `Int64` is why the column is text when it has such a number; else it is a whole
    // number beyond 2^53 next to decimals.
    guard let worst = inexact.max(), worst > 0,
      let row = codes.firstIndex(where: {
        $0 != ColumnData.missingCode && inexact[Int($0)] == worst
      })
    else { return nil }
    let line = lines.line(of: row)
    return LoadReport.Warning(
      file: file, line: line, column: name, exactNumberMessages.wholeKeptAsText(name, line))
  }
}
