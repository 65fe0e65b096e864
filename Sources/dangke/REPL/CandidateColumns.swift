import Lang

/// The list Tab shows when several candidates fit: laid out in columns by display width (a
/// Chinese character takes two terminal columns), in the candidates' own order (pinyin for
/// names and values), down each column first as `ls` and libedit do.
///
/// libedit lays its list out by bytes, so a column of Chinese candidates came out ragged (a
/// Chinese character is three bytes but two columns) and sorted by bytes; the prompt draws
/// the list itself with this layout instead (EditLineReader).
enum CandidateColumns {
  /// Spaces between two columns.
  static let gap = 2

  /// The lines of the list for a terminal `screenWidth` columns wide, without trailing
  /// spaces. Every column is as wide as the widest candidate.
  static func lines(_ candidates: [String], screenWidth: Int) -> [String] {
    guard !candidates.isEmpty else { return [] }
    let widths = candidates.map { displayWidth($0) }
    let width = widths.max() ?? 0
    let columns = Swift.max(1, (screenWidth + gap) / (width + gap))
    let rows = (candidates.count + columns - 1) / columns
    var lines: [String] = []
    for row in 0..<rows {
      var line = ""
      var column = 0
      var index = row
      while index < candidates.count, column < columns {
        if column > 0 {
          let previous = index - rows
          line += String(repeating: " ", count: width - widths[previous] + gap)
        }
        line += candidates[index]
        index += rows
        column += 1
      }
      lines.append(line)
    }
    return lines
  }
}
