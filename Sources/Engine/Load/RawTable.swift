import Lang

/// A table as a reader produced it: column names, finished builders and row lines, before
/// the schema's labels and the references are applied.
struct RawTable {
  var names: [String]
  var builders: [ColumnBuilder]
  var rowCount: Int
  var lines: RowLines
  /// Warnings found while reading (blank lines skipped).
  var warnings: [LoadReport.Warning] = []
  /// Whether the rows were read as two halves at once.
  var halved = false
}

/// Things every reader shares.
enum ReaderSupport {
  /// Roughly how many rows `bytes` hold, from the newlines in its first 64 KiB; used to
  /// reserve column arrays once (reserved, untouched memory costs nothing resident).
  static func rowEstimate(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let sample = min(bytes.count, 1 << 16)
    guard sample > 0 else { return 16 }
    var newlines = 0
    for i in 0..<sample where bytes[i] == 0x0A { newlines += 1 }
    guard newlines > 0, sample < bytes.count else { return max(16, newlines + 1) }
    let estimate = Double(newlines) * Double(bytes.count) / Double(sample)
    return Int(estimate * 1.1) + 64
  }

  /// The error for a value that does not fit the column's declared type.
  static func typeMismatch(
    file: String, line: Int, column: Int, name: String, type: ColumnType,
    value: UnsafePointer<UInt8>, count: Int
  ) -> LoadError {
    let text = String(decoding: UnsafeBufferPointer(start: value, count: count), as: UTF8.self)
    let article =
      switch type {
      case .integer: loadMessages.anInteger()
      case .decimal: loadMessages.aDecimal()
      case .boolean: loadMessages.aBoolean()
      case .date: loadMessages.aDate()
      case .text: loadMessages.aText()
      }
    var error = LoadError(
      file: file, line: line, column: column,
      loadMessages.notOfType(text, name, article), hint: loadMessages.fixValueOrType(name))
    error.quoted = .init(
      column: name, value: text, withoutValue: privacyMessages.notOfTypeHidden(name, article))
    return error
  }

  /// Checks a header: every column named, no name twice (names match case-insensitively).
  static func checkNames(_ names: [String], file: String, line: Int) throws(LoadError) {
    var seen: [String: Int] = [:]
    for (i, name) in names.enumerated() {
      if name.isEmpty {
        throw LoadError(
          file: file, line: line, column: i + 1,
          loadMessages.unnamedColumn(i + 1), hint: loadMessages.nameEveryColumn())
      }
      let key = name.lowercased()
      if let first = seen[key] {
        throw LoadError(
          file: file, line: line, column: i + 1,
          loadMessages.duplicateColumn(name, first + 1), hint: loadMessages.renameOne())
      }
      seen[key] = i
    }
  }
}
