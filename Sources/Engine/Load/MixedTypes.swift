import Lang

/// The load-report warning for a column whose values mix kinds (numbers and text, dates
/// and text, …), which is therefore kept as text.
enum MixedTypes {
  /// The warning for text column `name`: how many cells of each kind, and the first value of
  /// the rarest kind with its line (only the line when the column is `sensitive`).
  static func warning(
    column name: String, codes: [UInt32], dictionary: StringDictionary, lines: RowLines,
    file: String, sensitive: Bool = false
  ) -> LoadReport.Warning {
    let kinds: [CellClass] = (0..<dictionary.count).map { code in
      dictionary.withUTF8(UInt32(code)) { buf in
        guard let p = buf.baseAddress else { return CellClass.text }
        let kind = CellParser.classify(p, buf.count)
        return kind == .decimal ? .integer : kind
      }
    }
    var counts: [CellClass: Int] = [:]
    var firstRow: [CellClass: Int] = [:]
    for (row, code) in codes.enumerated() where code != ColumnData.missingCode {
      let kind = kinds[Int(code)]
      counts[kind, default: 0] += 1
      if firstRow[kind] == nil { firstRow[kind] = row }
    }
    let ranked = counts.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue
    }
    let rare = ranked.last!.key
    let row = firstRow[rare]!
    let value = dictionary.string(codes[row])
    let m = loadMessages
    let parts = Message.list(ranked.map { m.kindCount($0.value, label($0.key)) })
    let names = ranked.map { label($0.key) }
    let mix =
      names.count == 1 ? names[0] : m.and(Message.list(Array(names.dropLast())), names.last!)
    let line = lines.line(of: row)
    let text =
      sensitive
      ? privacyMessages.mixedTypesHidden(name, m.valuesOf(mix), parts, label(rare), line)
      : m.mixedTypes(name, m.valuesOf(mix), parts, label(rare), value, line)
    return LoadReport.Warning(file: file, line: line, column: name, text)
  }

  private static func label(_ kind: CellClass) -> Message {
    switch kind {
    case .integer, .decimal: loadMessages.kindNumber()
    case .boolean: loadMessages.kindBoolean()
    case .date: loadMessages.kindDate()
    case .text: loadMessages.kindText()
    }
  }
}
