import Foundation

/// Where a sheet's header is and what its columns are called: the first non-empty row, or
/// the row after a title (a first row with one cell over a wider row of names), or the row
/// `schema.json` names; header cells merged downwards make a header of several rows, whose
/// names are joined (`学时_上半年`).
struct XlsxHeader {
  var names: [String]
  /// The last row of the header; data starts below it.
  var lastRow: Int
  /// The header's first row (for locating a header cell).
  var firstRow: Int
  /// The title row above the header, and its text, when one was found.
  var title: (row: Int, text: String)?

  typealias Cells = [Int: String]

  /// Finds the header from the sheet's first rows (`rows` gives the next row's number and
  /// texts, nil at the end); nil when the sheet has no non-empty row.
  static func find(
    declared: Int?, merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)],
    next rows: () throws(LoadError) -> (Int, Cells)?, sheet: String, file: String
  ) throws(LoadError) -> XlsxHeader? {
    var seen: [(Int, Cells)] = []
    func row(_ number: Int) throws(LoadError) -> Cells? {
      while seen.last.map({ $0.0 < number }) ?? true {
        guard let r = try rows() else { break }
        seen.append(r)
      }
      return seen.first { $0.0 == number }?.1
    }
    func nonEmpty(after number: Int) throws(LoadError) -> (Int, Cells)? {
      while true {
        if let r = seen.first(where: { $0.0 > number && !$0.1.isEmpty }) { return r }
        guard let r = try rows() else { return nil }
        seen.append(r)
      }
    }
    var first: Int
    var title: (row: Int, text: String)?
    if let declared {
      first = declared
      _ = try row(declared)
      let count = seen.last?.0 ?? 0
      if seen.last.map({ $0.0 < declared }) ?? true {
        throw LoadError(
          file: file, cell: sheet,
          officeMessages.headerBeyond(sheet, declared, count),
          hint: officeMessages.fixHeader())
      }
    } else {
      guard let r1 = try nonEmpty(after: 0) else { return nil }
      first = r1.0
      if r1.1.count == 1, let r2 = try nonEmpty(after: r1.0), r2.1.count > 1,
        r2.1.values.allSatisfy(isName)
      {
        title = (r1.0, r1.1.values.first!)
        first = r2.0
      }
    }
    // Header cells merged downwards stretch the header over several rows.
    var last = first
    for m in merges where m.rows.lowerBound == first { last = max(last, m.rows.upperBound) }
    var stacked: [Cells] = []
    for number in first...last { stacked.append(try row(number) ?? [:]) }
    func value(_ h: Int, _ c: Int) -> String? {
      let number = first + h
      if stacked.count > 1,
        let m = merges.first(where: { $0.rows.contains(number) && $0.columns.contains(c) })
      {
        return try? row(m.rows.lowerBound)?[m.columns.lowerBound]
      }
      return stacked[h][c]
    }
    let width = (stacked.flatMap { $0.keys }.max() ?? -1) + 1
    var names: [String] = []
    for c in 0..<width {
      var parts: [String] = []
      for h in stacked.indices {
        let text = clean(value(h, c) ?? "")
        if !text.isEmpty && parts.last != text { parts.append(text) }
      }
      names.append(parts.joined(separator: "_"))
    }
    while names.last == "" { names.removeLast() }
    return XlsxHeader(names: names, lastRow: last, firstRow: first, title: title)
  }

  /// Whether a cell could be a column name: text, not a number, date or boolean (a row of
  /// values under a lone cell is data under a one-column header, not a header under a title).
  static func isName(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      guard let p = b.baseAddress else { return false }
      return CellParser.classify(p, b.count) == .text
    }
  }

  /// A header cell's text on one line, without spaces at the ends (a line break typed
  /// with Alt+Enter becomes a space).
  static func clean(_ text: String) -> String {
    let oneLine = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    return oneLine.trimmingCharacters(in: .whitespaces)
  }

  /// Checks every column has a name and no name is used twice (case-insensitively).
  func check(sheet: String, file: String) throws(LoadError) {
    var seen: [String: Int] = [:]
    for (i, name) in names.enumerated() {
      let at = sheet + "!" + XlsxReference.cell(column: i, row: firstRow)
      if name.isEmpty {
        throw LoadError(
          file: file, cell: at, officeMessages.noName(i + 1),
          hint: officeMessages.nameIt())
      }
      let key = name.lowercased()
      if let other = seen[key] {
        throw LoadError(
          file: file, cell: at, officeMessages.duplicateName(name, other + 1),
          hint: officeMessages.renameOne())
      }
      seen[key] = i
    }
  }
}
