import Lang

/// Builds a snapshot payload: little-endian scalars, length-prefixed strings and raw typed
/// arrays, each padded to an 8-byte boundary. See `Snapshot` for the layout.
struct SnapshotWriter {
  var bytes: [UInt8] = []
  /// Where the large arrays' bytes are (`Snapshot.bigArrayBytes` and up): each has its own
  /// checksum, so a reader can read them in parallel.
  private(set) var bigRanges: [Range<Int>] = []

  /// Tags of `ColumnData` cases in the file; never renumber them without a new version.
  enum DataTag: UInt8 {
    case integer = 1
    case decimal = 2
    case boolean = 3
    case date = 4
    case text = 5
  }

  /// Marks a missing optional integer or string length.
  static let none = UInt64.max

  mutating func u32(_ v: UInt32) { append(v.littleEndian) }
  mutating func u64(_ v: UInt64) { append(v.littleEndian) }
  mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }

  mutating func optionalInt(_ v: Int?) {
    if let v { int(v) } else { u64(Self.none) }
  }

  mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { utf8 in
      u64(UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
    pad()
  }

  mutating func optionalString(_ s: String?) {
    if let s { string(s) } else { u64(Self.none) }
  }

  /// The checksum of `bytes`: the bytes outside the large arrays in one run, each large
  /// array on its own, folded together (`SnapshotChecksum.fold`).
  func checksum() -> UInt64 {
    bytes.withUnsafeBytes { all in
      var small = SnapshotChecksum()
      var big: [UInt64] = []
      var at = 0
      for r in bigRanges {
        small.update(UnsafeRawBufferPointer(rebasing: all[at..<r.lowerBound]))
        big.append(SnapshotChecksum.hash(UnsafeRawBufferPointer(rebasing: all[r])))
        at = r.upperBound
      }
      small.update(UnsafeRawBufferPointer(rebasing: all[at...]))
      return SnapshotChecksum.fold(small: small.value, big: big)
    }
  }

  /// The checksum of each large array written so far, in file order.
  func bigChecksums() -> [UInt64] {
    bytes.withUnsafeBytes { all in
      bigRanges.map { SnapshotChecksum.hash(UnsafeRawBufferPointer(rebasing: all[$0])) }
    }
  }

  /// Ends the payload with the table of the large arrays' checksums: their count, then one
  /// each, which a reader checks each array against when it first reads it.
  mutating func writeChecksumTable() {
    let table = bigChecksums()
    int(table.count)
    for h in table { u64(h) }
  }

  /// Notes the array about to be written at the end of `bytes`, if it is large.
  private mutating func noteArray(byteCount: Int) {
    if byteCount >= Snapshot.bigArrayBytes {
      bigRanges.append(bytes.count..<bytes.count + byteCount)
    }
  }

  /// A count, then the elements' raw little-endian bytes.
  mutating func array<T: FixedWidthInteger>(_ values: [T]) {
    u64(UInt64(values.count))
    noteArray(byteCount: values.count * MemoryLayout<T>.stride)
    #if _endian(big)
      for v in values { append(v.littleEndian) }
    #else
      values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #endif
    pad()
  }

  /// A count, then the IEEE 754 bit patterns, little-endian.
  mutating func array(_ values: [Double]) {
    u64(UInt64(values.count))
    noteArray(byteCount: values.count * 8)
    #if _endian(big)
      for v in values { append(v.bitPattern.littleEndian) }
    #else
      values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #endif
    pad()
  }

  mutating func pairs(_ dictionary: [String: String]) {
    int(dictionary.count)
    for key in dictionary.keys.sorted() {
      string(key)
      string(dictionary[key]!)
    }
  }

  private mutating func append<T: FixedWidthInteger>(_ v: T) {
    withUnsafeBytes(of: v) { bytes.append(contentsOf: $0) }
  }

  private mutating func pad() {
    let extra = (8 - bytes.count % 8) % 8
    bytes.append(contentsOf: repeatElement(0, count: extra))
  }
}

extension SnapshotWriter {
  mutating func write(_ store: Store) {
    int(store.sources.count)
    for source in store.sources {
      string(source.path)
      u64(UInt64(bitPattern: source.size))
      u64(UInt64(bitPattern: source.modified))
    }
    string(store.name)
    write(store.report)
    int(store.tables.count)
    for table in store.tables { write(table) }
  }

  private mutating func write(_ report: LoadReport) {
    int(report.warnings.count)
    for w in report.warnings {
      string(w.file)
      optionalInt(w.line)
      optionalString(w.column)
      optionalString(w.code)
      string(w.text.en)
      string(w.text.zh)
    }
    pairs(report.encodings)
  }

  private mutating func write(_ table: Table) {
    string(table.name)
    optionalString(table.label)
    int(table.rowCount)
    optionalString(table.timeColumn)
    optionalString(table.displayColumn)
    string(table.origin)
    int(table.columns.count)
    for column in table.columns { write(column) }
  }

  private mutating func write(_ column: Column) {
    string(column.name)
    optionalString(column.label)
    u64(column.sensitive ? 1 : 0)
    pairs(column.codeLabels)
    switch column.data {
    case .integer(let v):
      u64(UInt64(DataTag.integer.rawValue))
      array(v)
    case .decimal(let v):
      u64(UInt64(DataTag.decimal.rawValue))
      array(v)
    case .boolean(let v):
      u64(UInt64(DataTag.boolean.rawValue))
      array(v)
    case .date(let v):
      u64(UInt64(DataTag.date.rawValue))
      array(v)
    case .text(let codes, let dictionary):
      u64(UInt64(DataTag.text.rawValue))
      array(codes)
      array(dictionary.bytes)
      array(dictionary.offsets)
    }
    if let reference = column.reference {
      u64(1)
      string(reference.table)
      int(reference.dangling)
      array(reference.rows)
    } else {
      u64(0)
    }
  }
}
