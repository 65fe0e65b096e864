import Lang

/// Reads a CSV or TSV file (header row required) into column builders. A large file is read
/// as two halves at once, split at a line end, and the halves joined; whenever that could
/// differ from one pass (an error, a split inside a quoted field, halves that infer different
/// types), the file is read again in one pass, which gives the exact answer or error.
enum DelimitedReader {
  /// Files with at least this many bytes of rows may be read in two halves.
  static let splitBytes = 16 << 20

  /// The rows of a file as read so far: builders, row count, row lines and blank lines.
  struct Part {
    var builders: [ColumnBuilder]
    var rows: Int
    var lines: RowLines
    var blank: (count: Int, first: Int)
  }

  /// Reads `bytes` (UTF-8, without a byte order mark). `declared` gives a column's type
  /// from the schema; `narrow` whether a column's whole numbers are kept in 32 bits
  /// while they fit; `release` is told every so often of a range of the input that has
  /// been read.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String,
    declared: (String) -> ColumnType?, halve: Bool, halveFrom: Int = splitBytes,
    missing: MissingMarkers = .usual, keepTotal: Bool = false, table: String = "",
    cancel: CancellationFlag? = nil, narrow: (String) -> Bool = { _ in false },
    release: (Range<Int>) -> Void
  ) throws(LoadError) -> RawTable {
    var bytes = bytes
    var notes: [LoadReport.Warning] = []
    if !keepTotal, let total = TotalRow.find(bytes, delimiter: delimiter, file: file) {
      bytes = UnsafeBufferPointer(rebasing: bytes[..<total.start])
      notes.append(
        LoadReport.Warning(
          file: file, line: total.line,
          habitMessages.totalRow(habitMessages.line(total.line), total.label, table)))
    }
    var tokenizer = CSVTokenizer(bytes: bytes, delimiter: delimiter, file: file)
    let blankOnly = !bytes.contains { !(0x09...0x0D).contains($0) && $0 != 0x20 }
    guard !blankOnly, try tokenizer.next() else {
      throw LoadError(
        file: file, loadMessages.emptyFile(), hint: loadMessages.addHeaderAndRows())
    }
    notes += try skipTitles(&tokenizer, file: file)
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
    let modes = names.map { name -> ColumnBuilder.Mode in
      declared(name).map { .declared($0) } ?? .infer
    }
    let reading = Reading(
      bytes: bytes, delimiter: delimiter, file: file, names: names, modes: modes,
      narrow: names.map(narrow), missing: missing, cancel: cancel)
    var part: Part
    var halved = false
    if halve, bytes.count - tokenizer.position >= halveFrom,
      let halves = reading.halves(after: tokenizer.position, release: release)
    {
      part = halves
      halved = true
    } else {
      part = try reading.rows(
        &tokenizer, hint: ReaderSupport.rowEstimate(bytes), release: { release(0..<$0) })
    }
    if part.rows == 0 {
      throw LoadError(
        file: file, line: headerLine, loadMessages.headerOnly(), hint: loadMessages.addRowsBelow())
    }
    // Columns whose values turned out to mix types are read again, as text.
    let broken = part.builders.indices.filter { part.builders[$0].needsTextReading }
    if !broken.isEmpty {
      for i in broken { part.builders[i] = part.builders[i].textReader(rowHint: part.rows) }
      var again = CSVTokenizer(bytes: bytes, delimiter: delimiter, file: file)
      // Past the header (and the title rows above it).
      while try again.next(), again.recordLine < headerLine {}
      var ignoredLines = RowLines(firstLine: 0)
      var ignoredBlank = (count: 0, first: 0)
      _ = try readRows(
        &again, into: &part.builders, only: broken, names: names, file: file,
        lines: &ignoredLines, blank: &ignoredBlank, cancel: cancel, release: { release(0..<$0) })
    }
    var table = RawTable(
      names: names, builders: part.builders, rowCount: part.rows, lines: part.lines)
    table.halved = halved
    table.warnings += notes
    if part.blank.count > 0 {
      let (count, first) = part.blank
      table.warnings.append(
        LoadReport.Warning(
          file: file, line: first,
          loadMessages.blankLines(
            count == 1 ? loadMessages.oneBlankLine() : loadMessages.manyBlankLines(count), first)))
    }
    return table
  }

  /// Moves `tokenizer` past title rows: records of one filled cell (at most five, blank
  /// lines between them) above a record that names two columns or more, which is the
  /// header. Returns a warning for each title.
  private static func skipTitles(
    _ tokenizer: inout CSVTokenizer, file: String
  ) throws(LoadError) -> [LoadReport.Warning] {
    var titles: [(line: Int, text: String)] = []
    var probe = tokenizer
    while titles.count < 5 {
      let (filled, first, _) = filledCells(probe)
      guard filled == 1, let title = first else { break }
      titles.append((probe.recordLine, title))
      var more = false
      while try probe.next() {
        if probe.isBlank { continue }
        more = true
        break
      }
      guard more else { return [] }
    }
    // The header below a title names its columns: text, no numbers or dates.
    let header = filledCells(probe)
    guard !titles.isEmpty, header.count >= 2, header.allNames else { return [] }
    tokenizer = probe
    return titles.map {
      LoadReport.Warning(
        file: file, line: $0.line, habitMessages.titleRow($0.line, $0.text, probe.recordLine))
    }
  }

  /// How many fields of the tokenizer's record hold more than spaces, and the first one.
  private static func filledCells(
    _ t: CSVTokenizer
  ) -> (count: Int, first: String?, allNames: Bool) {
    t.scratch.withUnsafeBufferPointer { scratch in
      var count = 0
      var first: String?
      var allNames = true
      for i in 0..<t.fieldCount {
        let (p, n) = t.field(i, scratchBase: scratch.baseAddress)
        let (q, m) = CellParser.trimSpaces(p, n)
        guard m > 0 else { continue }
        count += 1
        if CellParser.classify(q, m) != .text { allNames = false }
        if first == nil {
          first = String(decoding: UnsafeBufferPointer(start: q, count: m), as: UTF8.self)
        }
      }
      return (count, first, allNames)
    }
  }

  /// What every part of one file's reading shares.
  private struct Reading {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String
    let names: [String]
    let modes: [ColumnBuilder.Mode]
    let narrow: [Bool]
    let missing: MissingMarkers
    /// Ctrl-C during `.load`: looked at every few thousand rows.
    let cancel: CancellationFlag?

    /// Reads the records after `tokenizer`'s position, with builders sized for `hint` rows.
    func rows(
      _ tokenizer: inout CSVTokenizer, hint: Int, release: (Int) -> Void
    ) throws(LoadError) -> Part {
      var builders = zip(modes, narrow).map {
        ColumnBuilder(mode: $0, rowHint: hint, missing: missing, narrow: $1)
      }
      var lines = RowLines(firstLine: tokenizer.nextLine)
      var blank = (count: 0, first: 0)
      let rows = try readRows(
        &tokenizer, into: &builders, only: nil, names: names, file: file, lines: &lines,
        blank: &blank, cancel: cancel, release: release)
      return Part(builders: builders, rows: rows, lines: lines, blank: blank)
    }

    /// The rows after offset `start` read as two halves at once and joined, or nil when
    /// one pass could give anything else.
    func halves(after start: Int, release: (Range<Int>) -> Void) -> Part? {
      guard let split = splitPoint(after: start) else { return nil }
      let head = UnsafeBufferPointer(rebasing: bytes[0..<split])
      let tail = UnsafeBufferPointer(rebasing: bytes[split...])
      let (first, second) = withoutActuallyEscaping(release) { release in
        let free = Unchecked(release)
        return LoadParallel.both(
          { () -> (Part, Int)? in
            var t = CSVTokenizer(bytes: head, delimiter: delimiter, file: file)
            do throws(LoadError) {
              // Past the header (and the title rows above it).
              while t.position < start, try t.next() {}
              let part = try rows(
                &t, hint: ReaderSupport.rowEstimate(bytes), release: { free.value(0..<$0) })
              return (part, t.nextLine)
            } catch { return nil }
          },
          { () -> Part? in
            var t = CSVTokenizer(bytes: tail, delimiter: delimiter, file: file)
            return try? rows(
              &t, hint: ReaderSupport.rowEstimate(tail),
              release: { free.value(split..<split + $0) })
          })
      }
      guard let first, var rest = second else { return nil }
      var part = first.0
      // The second half's line 1 is the line after the first half's last.
      let lineOffset = first.1 - 1
      for i in part.builders.indices {
        guard part.builders[i].absorb(&rest.builders[i]) else { return nil }
      }
      part.lines.append(rest.lines, rows: part.rows, lineOffset: lineOffset)
      part.rows += rest.rows
      if part.blank.count == 0 && rest.blank.count > 0 {
        part.blank.first = rest.blank.first + lineOffset
      }
      part.blank.count += rest.blank.count
      return part
    }

    /// Just after the first line feed in the second half of the rows, outside quotes as far
    /// as quote counting tells (a wrong guess fails the first half, and one pass follows).
    private func splitPoint(after start: Int) -> Int? {
      var at = start + (bytes.count - start) / 2
      var quotes = QuoteCount.count(bytes, start..<at)
      while at < bytes.count {
        let c = bytes[at]
        if c == 0x22 { quotes += 1 }
        at += 1
        if c == 0x0A && quotes % 2 == 0 { break }
      }
      return at < bytes.count ? at : nil
    }
  }

  /// Feeds every record to the builders (or only to the builders in `only`); returns the
  /// number of rows.
  private static func readRows(
    _ tokenizer: inout CSVTokenizer, into builders: inout [ColumnBuilder], only: [Int]?,
    names: [String], file: String, lines: inout RowLines, blank: inout (count: Int, first: Int),
    cancel: CancellationFlag?, release: (Int) -> Void
  ) throws(LoadError) -> Int {
    let width = builders.count
    let releaseStep = 1 << 22
    var nextRelease = releaseStep
    var row = 0
    let input = tokenizer.base
    while try tokenizer.next() {
      if row & 4095 == 0, let cancel, cancel.isCancelled { throw LoadError.cancelled(file) }
      if tokenizer.isBlank {
        if blank.count == 0 { blank.first = tokenizer.recordLine }
        blank.count += 1
        continue
      }
      let count = tokenizer.fieldCount
      if count != width {
        throw LoadError(
          file: file, line: tokenizer.recordLine,
          loadMessages.fieldCount(
            count == 1 ? loadMessages.oneField() : loadMessages.fields(count), width),
          hint: loadMessages.quoteDelimiters())
      }
      // Spaces at the ends of a quoted field are kept: looked at only in a record with quotes.
      let quotes = tokenizer.hasQuotes
      let failed: Int? = tokenizer.scratch.withUnsafeBufferPointer { scratch in
        let base = scratch.baseAddress
        let used = scratch.count
        return builders.withUnsafeMutableBufferPointer { b in
          if let only {
            for i in only {
              let (p, n) = tokenizer.field(i, scratchBase: base)
              let quoted =
                quotes && CSVTokenizer.isQuoted(p, input: input, scratch: base, scratchCount: used)
              _ = b[i].append(p, n, trim: !quoted)
            }
            return nil
          }
          for i in 0..<width {
            let (p, n) = tokenizer.field(i, scratchBase: base)
            let quoted =
              quotes && CSVTokenizer.isQuoted(p, input: input, scratch: base, scratchCount: used)
            if !b[i].append(p, n, trim: !quoted) { return i }
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
