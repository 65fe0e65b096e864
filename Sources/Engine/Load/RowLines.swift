/// The line each row of a table starts on, kept compactly: rows usually follow one another
/// line by line, so only the rows where that stops being true (an embedded newline, a blank
/// line, a JSON object spread over lines) are recorded.
struct RowLines: Sendable {
  /// Line of row 0 when nothing shifts it.
  private let firstLine: Int
  private var breakRows: [Int] = []
  private var breakDeltas: [Int] = []
  private var delta = 0

  init(firstLine: Int) {
    self.firstLine = firstLine
  }

  /// Records that row `row` (rows noted in order) starts on line `line`.
  @inline(__always)
  mutating func note(row: Int, line: Int) {
    let d = line - firstLine - row
    if d != delta {
      breakRows.append(row)
      breakDeltas.append(d)
      delta = d
    }
  }

  /// Appends the rows of `other`, read from further down the same file: its row 0 is row
  /// `rows` here, and its line numbers count from `lineOffset + 1`.
  mutating func append(_ other: RowLines, rows: Int, lineOffset: Int) {
    note(row: rows, line: other.line(of: 0) + lineOffset)
    for r in other.breakRows { note(row: rows + r, line: other.line(of: r) + lineOffset) }
  }

  /// The 1-based line on which row `row` starts.
  func line(of row: Int) -> Int {
    var lo = 0
    var hi = breakRows.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if breakRows[mid] <= row { lo = mid + 1 } else { hi = mid }
    }
    return firstLine + row + (lo == 0 ? 0 : breakDeltas[lo - 1])
  }
}
