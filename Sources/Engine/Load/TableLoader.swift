import Lang

/// Loads one data file into a table: reads its bytes, decodes them, parses them by format,
/// finishes the columns (mixed-type warnings) and applies what the schema says about the
/// table. Its dictionaries are put in byte order afterwards, by the loader, as soon as the
/// table is loaded.
struct TableLoader {
  /// The formats, by file extension.
  enum Format: String, CaseIterable {
    case csv
    case tsv
    case jsonl
    case json
    /// A workbook (`.xlsx`; `.xls` and `.et` too, to say they cannot be read): one job per
    /// visible sheet.
    case xlsx

    /// The format of a file name, from its extension (any case).
    init?(fileName: String) {
      guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
      let ext = fileName[fileName.index(after: dot)...].lowercased()
      if XlsxArchive.extensions.contains(ext) {
        self = .xlsx
        return
      }
      self.init(rawValue: ext)
    }
  }

  /// Where the bytes are.
  enum Bytes: Sendable {
    case disk
    case memory([UInt8])

    var isDisk: Bool {
      if case .disk = self { return true }
      return false
    }
  }

  /// A file to load as one table.
  struct Job: Sendable {
    var path: String
    var name: String
    var format: Format
    var bytes: Bytes
    /// Size, to load the largest files first.
    var size: Int
    /// Read a large CSV or TSV file in two halves at once: set for a file that starts when
    /// too little is left behind it to keep the other core busy.
    var halve = false
    /// Ctrl-C during `.load` (CSV and TSV files look at it every few thousand rows).
    var cancel: CancellationFlag? = nil
    /// The sheet, for a workbook, and what its sheets share.
    var sheet: XlsxWorkbook.Sheet? = nil
    var shared: XlsxShared? = nil
    /// What counts as a missing value, and whether a total row at the bottom is kept (from
    /// the schema).
    var missing = MissingMarkers.usual
    var keepTotal = false
    /// The name as the file or sheet writes it (`attendance-2016`, `花名册`), before it is
    /// made one a query can write.
    var written = ""
    /// What the table says it came from: the path, or `book.xlsx:花名册` for one of several
    /// sheets.
    var origin = ""
  }

  /// A loaded table with what the later steps need.
  struct Loaded: Sendable {
    var table: Table
    var lines: RowLines
    var encoding: String
    var warnings: [LoadReport.Warning]
    /// The job's `written` name.
    var written: String
    /// The values of integer columns kept in 32 bits (missing `Int32.min`), by column index:
    /// `ReferenceLinker` resolves references from them; the columns make their 64-bit values
    /// on first use.
    var narrow: [Int: [Int32]] = [:]
  }

  /// Loads `job` with the schema's view of its table (`schemaEncoding` is canonical).
  static func load(
    _ job: Job, table schema: TableSchema?, schemaEncoding: String?,
    schemaMissing: [String]? = nil
  ) throws(LoadError) -> Loaded {
    do {
      return try loadQuoting(
        job, table: schema, schemaEncoding: schemaEncoding, schemaMissing: schemaMissing)
    } catch {
      throw PersonalData.redacted(error, schema: schema)
    }
  }

  private static func loadQuoting(
    _ job: Job, table schema: TableSchema?, schemaEncoding: String?, schemaMissing: [String]?
  ) throws(LoadError) -> Loaded {
    if job.cancel?.isCancelled == true { throw LoadError.cancelled(job.path) }
    var job = job
    job.missing = MissingMarkers(listed: schema?.missing ?? schemaMissing)
    job.keepTotal = schema?.total == "keep"
    if let sheet = job.sheet {
      return try loadSheet(job, sheet, table: schema)
    }
    switch job.bytes {
    case .memory(let array):
      return try array.withUnsafeBufferPointer { buffer throws(LoadError) in
        try load(job, buffer, release: { _ in }, table: schema, schemaEncoding: schemaEncoding)
      }
    case .disk:
      let input = try FileInput.load(job.path)
      return try load(
        job, input.bytes, release: { input.release($0) }, table: schema,
        schemaEncoding: schemaEncoding)
    }
  }

  private static func load(
    _ job: Job, _ raw: UnsafeBufferPointer<UInt8>, release: (Range<Int>) -> Void,
    table schema: TableSchema?, schemaEncoding: String?
  ) throws(LoadError) -> Loaded {
    let declaredEncoding = (schema?.encoding).flatMap(TextDecoding.canonical) ?? schemaEncoding
    let decoded = try TextDecoding.decode(raw, declared: declaredEncoding, file: job.path)
    if job.cancel?.isCancelled == true { throw LoadError.cancelled(job.path) }
    var types: [String: ColumnType] = [:]
    for (name, column) in schema?.columns ?? [:] {
      if let type = column.type { types[name.lowercased()] = type }
    }
    let declared: (String) -> ColumnType? = { types[$0.lowercased()] }
    var rawTable: RawTable
    if let converted = decoded.converted {
      rawTable = try converted.withUnsafeBufferPointer { buffer throws(LoadError) in
        try parse(job, UnsafeBufferPointer(rebasing: buffer[decoded.skip...]), declared, { _ in })
      }
    } else {
      let body = UnsafeBufferPointer(rebasing: raw[decoded.skip...])
      rawTable = try parse(job, body, declared) {
        release($0.lowerBound + decoded.skip..<$0.upperBound + decoded.skip)
      }
    }
    if let doubt = decoded.doubt {
      rawTable.warnings.insert(
        LoadReport.Warning(
          file: job.origin, encodingDoubt(read: decoded.encoding, doubt, table: job.name)),
        at: 0)
    }
    return finish(&rawTable, job: job, encoding: decoded.encoding, schema: schema)
  }

  /// The warning for a file whose text reads more like another encoding than the one read.
  private static func encodingDoubt(
    read: String, _ doubt: (likely: String, declared: Bool), table: String
  ) -> Message {
    func name(_ encoding: String) -> String { encoding == "utf-8" ? "UTF-8" : "GB18030" }
    if doubt.declared {
      return habitMessages.declaredDoubtful(name(read), name(doubt.likely), table)
    }
    return habitMessages.readOther("UTF-8", name(read), table)
  }

  /// One sheet of a workbook.
  private static func loadSheet(_ job: Job, _ sheet: XlsxWorkbook.Sheet, table schema: TableSchema?)
    throws(LoadError) -> Loaded
  {
    var memory: [UInt8]?
    if case .memory(let bytes) = job.bytes { memory = bytes }
    let book = try XlsxBook.open(job.path, bytes: memory, shared: job.shared)
    var types: [String: ColumnType] = [:]
    for (name, column) in schema?.columns ?? [:] {
      if let type = column.type { types[name.lowercased()] = type }
    }
    var raw = try XlsxSheetReader(book: book, sheet: sheet, file: job.path, origin: job.origin)
      .read(
        declared: { types[$0.lowercased()] }, headerRow: schema?.header, missing: job.missing,
        keepTotal: job.keepTotal, tableName: job.name)
    return finish(&raw, job: job, encoding: "xlsx", schema: schema)
  }

  private static func parse(
    _ job: Job, _ bytes: UnsafeBufferPointer<UInt8>, _ declared: @escaping (String) -> ColumnType?,
    _ release: (Range<Int>) -> Void
  ) throws(LoadError) -> RawTable {
    switch job.format {
    case .csv, .tsv:
      return try DelimitedReader.read(
        bytes, delimiter: job.format == .csv ? 0x2C : 0x09, file: job.path, declared: declared,
        halve: job.halve, missing: job.missing, keepTotal: job.keepTotal, table: job.name,
        cancel: job.cancel, narrow: { _ in true }, release: release)
    case .jsonl, .json:
      return try JSONRowReader.read(
        bytes, isArray: job.format == .json, file: job.path, declared: declared,
        missing: job.missing)
    case .xlsx:
      preconditionFailure("a workbook's jobs are sheets")
    }
  }

  /// A column of numbers kept in 32 bits, with the schema's labels and flags. 32-bit
  /// numbers look like no personal data and are exact: only the name can say the column is
  /// personal, and the 64-bit values are made only if a query needs them (half the memory
  /// until then: a column of scores or hours on ten million rows, 40 MB). `widen` makes them
  /// from the `count` values, after `MemoryTrim.beforeKeeping`.
  private static func narrowColumn(
    _ name: String, _ type: ColumnType, count: Int,
    _ widen: @escaping @Sendable () -> ColumnData, _ c: ColumnSchema?
  ) -> Column {
    let data = Deferred {
      MemoryTrim.beforeKeeping(count * 8)
      return widen()
    }
    var column = Column(
      name: name, type: type, data: data, label: c?.label, codeLabels: c?.codes ?? [:],
      sensitive: c?.sensitive ?? false)
    if c?.sensitive == nil, let kind = PersonalData.kind(ofName: name) {
      column.sensitive = true
      column.guessedPersonal = PersonalData.Guess(kind: kind, evidence: .name)
    }
    return column
  }

  /// Turns the builders into columns, with labels and flags from the schema.
  private static func finish(
    _ raw: inout RawTable, job: Job, encoding: String, schema: TableSchema?
  ) -> Loaded {
    var warnings = raw.warnings
    var columnSchemas: [String: ColumnSchema] = [:]
    for (name, column) in schema?.columns ?? [:] { columnSchemas[name.lowercased()] = column }
    var columns: [Column] = []
    var narrow: [Int: [Int32]] = [:]
    var builders = raw.builders
    raw.builders = []
    for (i, name) in raw.names.enumerated() {
      warnings += CellWarnings.of(builders[i], column: name, file: job.origin)
      let c = columnSchemas[name.lowercased()]
      if let values = builders[i].takeNarrow() {
        narrow[i] = values
        columns.append(
          narrowColumn(
            name, .integer, count: values.count, { .integer(ColumnBuilder.widened(values)) }, c))
        continue
      }
      if let values = builders[i].takeNarrowDecimals() {
        columns.append(
          narrowColumn(
            name, .decimal, count: values.count, { .decimal(ColumnBuilder.widened(values)) }, c))
        continue
      }
      let data = builders[i].finish()
      // Personal data by the schema, or else by what the name or the values look like.
      let guess = c?.sensitive == nil ? PersonalData.guess(name: name, data: data) : nil
      let sensitive = c?.sensitive ?? (guess != nil)
      if let w = ExactNumbers.warning(
        column: name, builder: builders[i], data: data, lines: raw.lines, file: job.origin)
      {
        warnings.append(w)
      } else if builders[i].isMixed, case .text(let codes, let dictionary) = data {
        warnings.append(
          MixedTypes.warning(
            column: name, codes: codes, dictionary: dictionary, lines: raw.lines,
            file: job.origin, sensitive: sensitive))
      }
      var column = Column(
        name: name, data: data, label: c?.label, codeLabels: c?.codes ?? [:],
        sensitive: sensitive)
      column.guessedPersonal = guess
      columns.append(column)
    }
    func real(_ name: String?) -> String? {
      guard let name else { return nil }
      return raw.names.first { $0.lowercased() == name.lowercased() } ?? name
    }
    // What the schema leaves out is inferred: the table's only date column is its time
    // column, and a `name` or `title` column is what a reference to it shows.
    let dates = columns.filter { $0.type == .date }
    let time = real(schema?.time) ?? (dates.count == 1 ? dates[0].name : nil)
    let display =
      real(schema?.display)
      ?? columns.first { ["name", "title"].contains($0.name.lowercased()) && $0.type == .text }?
      .name
    let table = Table(
      name: job.name, label: schema?.label, columns: columns, rowCount: raw.rowCount,
      timeColumn: time, displayColumn: display, origin: job.origin)
    return Loaded(
      table: table, lines: raw.lines, encoding: encoding, warnings: warnings, written: job.written,
      narrow: narrow)
  }
}
