/// Which columns of a table are shown, and how wide, within a line width (DuckDB's box
/// renderer does the same at a terminal).
///
/// First the widest columns are cut, all to one common width, but never below their floor
/// (the header, up to `headerRoom` columns, and at least `minimumWidth`; numbers are never
/// cut); when that is not
/// enough, columns are left out from the right, keeping at least the first; the room then left
/// widens the columns shown again, widest cut last.
struct TableFit: Equatable, Sendable {
  /// The positions of the columns shown, in order.
  var shown: [Int]
  /// The width of each column shown, in columns of the terminal.
  var widths: [Int]

  /// Columns between two cells.
  static let gap = 2
  /// A column is cut no narrower than this (unless its widest cell is narrower).
  static let minimumWidth = 16
  /// A header longer than this may be cut, so long names do not hide the other columns.
  static let headerRoom = 16

  /// The fit of columns whose widest cells (header included) take `natural` columns and whose
  /// headers take `headers`, into `maxWidth` (nil: everything, as is); `numeric` columns keep
  /// their width.
  static func fit(natural: [Int], headers: [Int], numeric: [Bool], maxWidth: Int?) -> TableFit {
    let all = Array(natural.indices)
    guard let maxWidth, lineWidth(natural) > maxWidth else {
      return TableFit(shown: all, widths: natural)
    }
    let floors = natural.indices.map { c in
      numeric[c] ? natural[c] : min(natural[c], max(min(headers[c], headerRoom), minimumWidth))
    }
    // Leave columns out from the right until the rest fit at their floors.
    var count = natural.count
    while count > 1, lineWidth(Array(floors.prefix(count))) > maxWidth { count -= 1 }
    let kept = Array(all.prefix(count))
    var widths = spread(
      natural: kept.map { natural[$0] }, floors: kept.map { floors[$0] }, maxWidth: maxWidth)
    if widths.count == 1 { widths[0] = max(1, min(widths[0], maxWidth)) }
    return TableFit(shown: kept, widths: widths)
  }

  /// The widths under the largest common cap that fits: column `c` takes
  /// `max(floor[c], min(natural[c], cap))`.
  private static func spread(natural: [Int], floors: [Int], maxWidth: Int) -> [Int] {
    func widths(_ cap: Int) -> [Int] {
      zip(natural, floors).map { max($1, min($0, cap)) }
    }
    var low = 0
    var high = natural.max() ?? 0
    while low < high {
      let mid = (low + high + 1) / 2
      if lineWidth(widths(mid)) <= maxWidth { low = mid } else { high = mid - 1 }
    }
    return widths(low)
  }

  /// The width of a line of cells this wide, with the gaps between them.
  static func lineWidth(_ widths: [Int]) -> Int {
    widths.reduce(0, +) + gap * max(widths.count - 1, 0)
  }
}
