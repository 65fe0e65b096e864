/// Reads a verified snapshot payload back into a `Store`: scalars and strings one by one,
/// typed arrays copied whole with no per-row work. Anything out of place is a `LoadError`.
struct SnapshotReader {
  private let input: SnapshotInput

  init(_ input: SnapshotInput) {
    self.input = input
  }

  mutating func u64() throws(LoadError) -> UInt64 {
    var v: UInt64 = 0
    try withUnsafeMutableBytes(of: &v) { (p) throws(LoadError) in try input.read(into: p) }
    return UInt64(littleEndian: v)
  }

  mutating func int() throws(LoadError) -> Int {
    let v = Int64(bitPattern: try u64())
    guard v >= 0 else { throw malformed("holds a negative count") }
    return Int(v)
  }

  mutating func optionalInt() throws(LoadError) -> Int? {
    let v = try u64()
    return v == SnapshotWriter.none ? nil : Int(Int64(bitPattern: v))
  }

  mutating func string() throws(LoadError) -> String {
    try stringBody(length: try u64())
  }

  mutating func optionalString() throws(LoadError) -> String? {
    let length = try u64()
    return length == SnapshotWriter.none ? nil : try stringBody(length: length)
  }

  private mutating func stringBody(length: UInt64) throws(LoadError) -> String {
    let n = try span(count: length, stride: 1)
    let bytes = try [UInt8](unsafeUninitializedCapacity: n) {
      (buffer, initialized) throws(LoadError) in
      try input.read(into: UnsafeMutableRawBufferPointer(buffer))
      initialized = n
    }
    try pad(n)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// An array written by `SnapshotWriter.array`, read straight into its storage.
  mutating func array<T: FixedWidthInteger>(_: T.Type) throws(LoadError) -> [T] {
    let values = try raw(T.self)
    #if _endian(big)
      return values.map { T(littleEndian: $0) }
    #else
      return values
    #endif
  }

  mutating func decimals() throws(LoadError) -> [Double] {
    #if _endian(big)
      return try array(UInt64.self).map { Double(bitPattern: $0) }
    #else
      return try raw(Double.self)
    #endif
  }

  private mutating func raw<T>(_: T.Type) throws(LoadError) -> [T] {
    let count = try u64()
    let n = try span(count: count, stride: MemoryLayout<T>.stride)
    let values = try [T](unsafeUninitializedCapacity: Int(count)) {
      (buffer, initialized) throws(LoadError) in
      try input.read(into: UnsafeMutableRawBufferPointer(buffer))
      initialized = Int(count)
    }
    try pad(n)
    return values
  }

  /// The byte length of `count` elements of `stride` bytes, checked against what is left.
  private func span(count: UInt64, stride: Int) throws(LoadError) -> Int {
    guard count <= UInt64(input.remaining) / UInt64(stride) else {
      throw malformed("ends early")
    }
    return Int(count) * stride
  }

  /// Skips the padding after a field of `n` bytes.
  private func pad(_ n: Int) throws(LoadError) {
    try input.skip((8 - n % 8) % 8)
  }

  func malformed(_ what: String) -> LoadError {
    Snapshot.corrupt(input.file, "the snapshot is malformed: its contents \(what)")
  }
}

extension SnapshotReader {
  mutating func store() throws(LoadError) -> Store {
    let name = try string()
    let report = try loadReport()
    let count = try int()
    var tables: [Table] = []
    for _ in 0..<count { tables.append(try table()) }
    return Store(name: name, tables: tables, report: report)
  }

  private mutating func loadReport() throws(LoadError) -> LoadReport {
    var report = LoadReport()
    let count = try int()
    for _ in 0..<count {
      let file = try string()
      let line = try optionalInt()
      let column = try optionalString()
      let message = try string()
      report.warnings.append(
        LoadReport.Warning(file: file, line: line, column: column, message: message))
    }
    report.encodings = try pairs()
    return report
  }

  private mutating func pairs() throws(LoadError) -> [String: String] {
    let count = try int()
    var result: [String: String] = [:]
    for _ in 0..<count {
      let key = try string()
      result[key] = try string()
    }
    return result
  }

  private mutating func table() throws(LoadError) -> Table {
    let name = try string()
    let label = try optionalString()
    let rowCount = try int()
    let timeColumn = try optionalString()
    let displayColumn = try optionalString()
    let origin = try string()
    let count = try int()
    var columns: [Column] = []
    for _ in 0..<count {
      let c = try column()
      guard c.data.count == rowCount, c.reference.map({ $0.rows.count == rowCount }) ?? true
      else { throw malformed("give column \(name).\(c.name) a wrong number of rows") }
      columns.append(c)
    }
    return Table(
      name: name, label: label, columns: columns, rowCount: rowCount, timeColumn: timeColumn,
      displayColumn: displayColumn, origin: origin)
  }

  private mutating func column() throws(LoadError) -> Column {
    let name = try string()
    let label = try optionalString()
    let sensitive = try u64() != 0
    let codeLabels = try pairs()
    let data = try columnData()
    var reference: Reference?
    if try u64() != 0 {
      let table = try string()
      let dangling = try int()
      reference = Reference(table: table, rows: try array(Int32.self), dangling: dangling)
    }
    return Column(
      name: name, data: data, reference: reference, label: label, codeLabels: codeLabels,
      sensitive: sensitive)
  }

  private mutating func columnData() throws(LoadError) -> ColumnData {
    let tag = try u64()
    switch tag <= UInt64(UInt8.max) ? SnapshotWriter.DataTag(rawValue: UInt8(tag)) : nil {
    case .integer: return .integer(try array(Int64.self))
    case .decimal: return .decimal(try decimals())
    case .boolean: return .boolean(try array(UInt8.self))
    case .date: return .date(try array(Int32.self))
    case .text:
      let codes = try array(UInt32.self)
      let text = try array(UInt8.self)
      let offsets = try array(UInt32.self)
      guard let last = offsets.last, Int(last) == text.count, isAscending(offsets) else {
        throw malformed("hold a text dictionary whose offsets do not match its bytes")
      }
      return .text(codes: codes, dictionary: StringDictionary(bytes: text, offsets: offsets))
    case nil: throw malformed("hold an unknown column type \(tag)")
    }
  }
}

/// Whether `offsets` never decreases (so every string's range is valid).
private func isAscending(_ offsets: [UInt32]) -> Bool {
  offsets.withUnsafeBufferPointer { o in
    var ok = true
    for i in o.indices.dropFirst() { ok = ok && o[i - 1] <= o[i] }
    return ok
  }
}
