import Lang

/// Reads the structure of a snapshot into a `StorePlan`: names, schema facts and the load
/// report at once, the arrays as places in `arrays` (the large ones filled in later, in
/// parallel). Anything out of place is a `LoadError`.
struct SnapshotReader {
  private let input: SnapshotInput
  /// The arrays met so far, in file order.
  var arrays = SnapshotArrays()

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
    guard v >= 0 else { throw malformed(snapshotMessages.negativeCount()) }
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

  /// The table of the large arrays' checksums after the store (`SnapshotWriter
  /// .writeChecksumTable`): notes each in its array; returns them in file order.
  mutating func checksumTable() throws(LoadError) -> [UInt64] {
    let n = try int()
    guard n == arrays.big.count else { throw malformed(snapshotMessages.endsEarly()) }
    var table: [UInt64] = []
    for i in 0..<n {
      arrays.big[i].hash = try u64()
      table.append(arrays.big[i].hash)
    }
    return table
  }

  /// An array written by `SnapshotWriter.array`: read now when small, else only its place
  /// noted. Returns its index in `arrays`.
  /// `ascending`: the array holds a text dictionary's offsets, which must never decrease.
  mutating func array(
    _ element: SnapshotElement, ascending: Bool = false
  ) throws(LoadError) -> Int {
    let count = try u64()
    let n = try span(count: count, stride: element.stride)
    let index = arrays.values.count
    if n >= Snapshot.bigArrayBytes {
      let offset = try input.skipArray(n)
      arrays.values.append(nil)
      arrays.bigIndex.append(arrays.big.count)
      arrays.big.append(
        SnapshotBigArray(
          index: index, element: element, count: Int(count), offset: offset,
          ascending: ascending))
    } else {
      arrays.values.append(try small(element, Int(count)))
      arrays.bigIndex.append(nil)
    }
    try pad(n)
    return index
  }

  private mutating func small(
    _ element: SnapshotElement, _ count: Int
  ) throws(LoadError) -> SnapshotArray {
    switch element {
    case .int64: .int64(try raw(Int64.self, count))
    case .float64: .float64(try raw(Double.self, count))
    case .uint8: .uint8(try raw(UInt8.self, count))
    case .int32: .int32(try raw(Int32.self, count))
    case .uint32: .uint32(try raw(UInt32.self, count))
    }
  }

  private mutating func raw<T>(_: T.Type, _ count: Int) throws(LoadError) -> [T] {
    try [T](unsafeUninitializedCapacity: count) { (buffer, initialized) throws(LoadError) in
      try input.read(into: UnsafeMutableRawBufferPointer(buffer))
      initialized = count
    }
  }

  /// The byte length of `count` elements of `stride` bytes, checked against what is left.
  private func span(count: UInt64, stride: Int) throws(LoadError) -> Int {
    guard count <= UInt64(input.remaining) / UInt64(stride) else {
      throw malformed(snapshotMessages.endsEarly())
    }
    return Int(count) * stride
  }

  /// Skips the padding after a field of `n` bytes.
  private func pad(_ n: Int) throws(LoadError) {
    try input.skip((8 - n % 8) % 8)
  }

  func malformed(_ what: Message) -> LoadError {
    Snapshot.malformed(input.file, what)
  }
}

extension SnapshotReader {
  mutating func store() throws(LoadError) -> StorePlan {
    var sources: [SourceFile] = []
    for _ in 0..<(try int()) {
      let path = try string()
      let size = Int64(bitPattern: try u64())
      sources.append(SourceFile(path: path, size: size, modified: Int64(bitPattern: try u64())))
    }
    let name = try string()
    let report = try loadReport()
    let count = try int()
    var tables: [TablePlan] = []
    for _ in 0..<count { tables.append(try table()) }
    return StorePlan(name: name, report: report, tables: tables, sources: sources)
  }

  private mutating func loadReport() throws(LoadError) -> LoadReport {
    var report = LoadReport()
    let count = try int()
    for _ in 0..<count {
      let file = try string()
      let line = try optionalInt()
      let column = try optionalString()
      let code = try optionalString()
      let en = try string()
      let zh = try string()
      report.warnings.append(
        LoadReport.Warning(
          file: file, line: line, column: column, Message(code: code, en: en, zh: zh)))
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

  private mutating func table() throws(LoadError) -> TablePlan {
    let name = try string()
    let label = try optionalString()
    let rowCount = try int()
    let timeColumn = try optionalString()
    let displayColumn = try optionalString()
    let origin = try string()
    let count = try int()
    var columns: [ColumnPlan] = []
    for _ in 0..<count { columns.append(try column()) }
    return TablePlan(
      name: name, label: label, rowCount: rowCount, timeColumn: timeColumn,
      displayColumn: displayColumn, origin: origin, columns: columns)
  }

  private mutating func column() throws(LoadError) -> ColumnPlan {
    let name = try string()
    let label = try optionalString()
    let sensitive = try u64() != 0
    let codeLabels = try pairs()
    let tag = try u64()
    guard tag <= UInt64(UInt8.max), let type = SnapshotWriter.DataTag(rawValue: UInt8(tag)) else {
      throw malformed(snapshotMessages.unknownColumnType(tag))
    }
    let indices: [Int]
    switch type {
    case .integer: indices = [try array(.int64)]
    case .decimal: indices = [try array(.float64)]
    case .boolean: indices = [try array(.uint8)]
    case .date: indices = [try array(.int32)]
    case .text:
      indices = [try array(.uint32), try array(.uint8), try array(.uint32, ascending: true)]
    }
    var reference: ColumnPlan.ReferencePlan?
    if try u64() != 0 {
      let table = try string()
      let dangling = try int()
      reference = .init(table: table, dangling: dangling, rows: try array(.int32))
    }
    return ColumnPlan(
      name: name, label: label, sensitive: sensitive, codeLabels: codeLabels, type: type,
      arrays: indices, reference: reference)
  }
}
