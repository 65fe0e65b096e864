/// Reads a CSV or TSV file (header row required) into column builders.
enum DelimitedReader {
  /// Reads `bytes` (UTF-8, without a byte order mark). `declared` gives a column's type
  /// from the schema; `release` is told every so often how far the input has been read.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String,
    declared: (String) -> ColumnType?, release: (Int) -> Void
  ) throws(LoadError) -> RawTable {
    var tokenizer = CSVTokenizer(bytes: bytes, delimiter: delimiter, file: file)
    let blankOnly = !bytes.contains { !(0x09...0x0D).contains($0) && $0 != 0x20 }
    guard !blankOnly, try tokenizer.next() else {
      throw LoadError(
        file: file, message: "the file is empty",
        hint: "add a header row and rows of data, or remove the file")
    }
    let headerLine = tokenizer.recordLine
    var names: [String] = []
    tokenizer.scratch.withUnsafeBufferPointer { scratch in
      for i in 0..<tokenizer.fieldCount {
        let (p, n) = tokenizer.field(i, scratchBase: scratch.baseAddress)
        let name = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
        names.append(name.trimmingASCIISpaces())
      }
    }
    try ReaderSupport.checkNames(names, file: file, line: headerLine)
    let hint = ReaderSupport.rowEstimate(bytes)
    let modes = names.map { name -> ColumnBuilder.Mode in
      declared(name).map { .declared($0) } ?? .infer
    }
    var builders = modes.map { ColumnBuilder(mode: $0, rowHint: hint) }
    var lines = RowLines(firstLine: tokenizer.recordLine + 1)
    var blank = (count: 0, first: 0)
    let rows = try readRows(
      &tokenizer, into: &builders, only: nil, names: names, file: file, lines: &lines,
      blank: &blank, release: release)
    if rows == 0 {
      throw LoadError(
        file: file, line: headerLine, message: "the file has a header but no rows",
        hint: "add rows of data below the header, or remove the file")
    }
    // Columns whose values turned out to mix types are read again, as text.
    let broken = builders.indices.filter { builders[$0].state == .broken }
    if !broken.isEmpty {
      for i in broken { builders[i] = ColumnBuilder(mode: .text, rowHint: rows) }
      var again = CSVTokenizer(bytes: bytes, delimiter: delimiter, file: file)
      _ = try again.next()
      var ignoredLines = RowLines(firstLine: 0)
      var ignoredBlank = (count: 0, first: 0)
      _ = try readRows(
        &again, into: &builders, only: broken, names: names, file: file, lines: &ignoredLines,
        blank: &ignoredBlank, release: release)
    }
    var table = RawTable(names: names, builders: builders, rowCount: rows, lines: lines)
    if blank.count > 0 {
      let s = blank.count == 1 ? "" : "s"
      table.warnings.append(
        LoadReport.Warning(
          file: file, line: blank.first,
          message: "skipped \(blank.count) blank line\(s) (first on line \(blank.first))"))
    }
    return table
  }

  /// Feeds every record to the builders (or only to the builders in `only`); returns the
  /// number of rows.
  private static func readRows(
    _ tokenizer: inout CSVTokenizer, into builders: inout [ColumnBuilder], only: [Int]?,
    names: [String], file: String, lines: inout RowLines, blank: inout (count: Int, first: Int),
    release: (Int) -> Void
  ) throws(LoadError) -> Int {
    let width = builders.count
    let releaseStep = 1 << 24
    var nextRelease = releaseStep
    var row = 0
    while try tokenizer.next() {
      if tokenizer.isBlank {
        if blank.count == 0 { blank.first = tokenizer.recordLine }
        blank.count += 1
        continue
      }
      let count = tokenizer.fieldCount
      if count != width {
        throw LoadError(
          file: file, line: tokenizer.recordLine,
          message: "row has \(count) field\(count == 1 ? "" : "s") but the header has \(width)",
          hint: "quote fields that contain the delimiter (\"a, b\"), or add or remove fields")
      }
      let failed: Int? = tokenizer.scratch.withUnsafeBufferPointer { scratch in
        let base = scratch.baseAddress
        return builders.withUnsafeMutableBufferPointer { b in
          if let only {
            for i in only {
              let (p, n) = tokenizer.field(i, scratchBase: base)
              _ = b[i].append(p, n)
            }
            return nil
          }
          for i in 0..<width {
            let (p, n) = tokenizer.field(i, scratchBase: base)
            if !b[i].append(p, n) { return i }
          }
          return nil
        }
      }
      if let failed, case .declared(let type) = builders[failed].mode {
        let t = tokenizer
        throw t.scratch.withUnsafeBufferPointer { scratch in
          let (p, n) = t.field(failed, scratchBase: scratch.baseAddress)
          return ReaderSupport.typeMismatch(
            file: file, line: t.recordLine, column: failed + 1, name: names[failed],
            type: type, value: p, count: n)
        }
      }
      lines.note(row: row, line: tokenizer.recordLine)
      row += 1
      if tokenizer.position >= nextRelease {
        release(tokenizer.position)
        nextRelease = tokenizer.position + releaseStep
      }
    }
    return row
  }
}

extension String {
  /// The string without ASCII spaces and tabs at either end.
  func trimmingASCIISpaces() -> String {
    var s = Substring(self)
    while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
    while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
    return String(s)
  }
}
