import Lang

/// A snapshot's store as read from its structure, with its arrays as places in a
/// `SnapshotArrays`; `assemble` makes the `Store`, its large arrays read on first use.
struct StorePlan {
  var name: String
  var report: LoadReport
  var tables: [TablePlan]
  /// The files the store was loaded from, to tell a stale snapshot.
  var sources: [SourceFile]

  /// The store: each column checked for length and made from its arrays — at once when
  /// they are small, else on first use, read from `file`.
  func assemble(_ arrays: SnapshotArrays, file: SnapshotFile) throws(LoadError) -> Store {
    var built: [Table] = []
    for t in tables {
      var columns: [Column] = []
      for c in t.columns {
        guard arrays.count(c.arrays[0]) == t.rowCount,
          c.reference.map({ arrays.count($0.rows) == t.rowCount }) ?? true
        else {
          throw Snapshot.malformed(file.path, snapshotMessages.wrongRowCount(t.name, c.name))
        }
        if c.type == .text, !c.dictionaryHolds(arrays) {
          throw Snapshot.malformed(file.path, snapshotMessages.dictionaryOffsets(c.name))
        }
        columns.append(c.assemble(arrays, file: file, table: t.name, rows: t.rowCount))
      }
      built.append(
        Table(
          name: t.name, label: t.label, columns: columns, rowCount: t.rowCount,
          timeColumn: t.timeColumn, displayColumn: t.displayColumn, origin: t.origin))
    }
    var store = Store(name: name, tables: built, report: report)
    store.sources = sources
    return store
  }
}

/// One table of a `StorePlan`.
struct TablePlan {
  var name: String
  var label: String?
  var rowCount: Int
  var timeColumn: String?
  var displayColumn: String?
  var origin: String
  var columns: [ColumnPlan]
}

/// One column of a `TablePlan`: its facts, and its arrays' places.
struct ColumnPlan: Sendable {
  /// A reference's facts, and the place of its row array.
  struct ReferencePlan: Sendable {
    var table: String
    var dangling: Int
    var rows: Int
  }

  var name: String
  var label: String?
  var sensitive: Bool
  var codeLabels: [String: String]
  var type: SnapshotWriter.DataTag
  /// One place, or three for text: codes, dictionary bytes, dictionary offsets.
  var arrays: [Int]
  var reference: ReferencePlan?

  /// The column; its values and reference rows are read on first use when large, and read
  /// again by each use while they are found damaged (`SnapshotDamage`).
  func assemble(_ a: SnapshotArrays, file: SnapshotFile, table: String, rows: Int) -> Column {
    let place = "\(table).\(name)"
    let reference = reference.map { r in
      a.bigIndex[r.rows] == nil
        ? Reference(table: r.table, rows: a.values[r.rows]!.int32, dangling: r.dangling)
        : Reference(
          table: r.table,
          rows: Deferred(until: {
            guard let rows = a.load(r.rows, from: file) else {
              SnapshotDamage.record(file: file.path, column: place)
              return ([Int32](repeating: -1, count: rows), false)
            }
            return (rows.int32, true)
          }), dangling: r.dangling)
    }
    guard arrays.contains(where: { a.bigIndex[$0] != nil }) else {
      return Column(
        name: name, data: data(a, file, rows: rows).value, reference: reference, label: label,
        codeLabels: codeLabels, sensitive: sensitive)
    }
    let plan = self
    return Column(
      name: name, type: columnType,
      data: Deferred(until: {
        let made = plan.data(a, file, rows: rows)
        if !made.keep { SnapshotDamage.record(file: file.path, column: place) }
        return made
      }), reference: reference, label: label, codeLabels: codeLabels, sensitive: sensitive)
  }

  private var columnType: ColumnType {
    switch type {
    case .integer: .integer
    case .decimal: .decimal
    case .boolean: .boolean
    case .date: .date
    case .text: .text
    }
  }

  /// The column's values, the large arrays read from `file`; when one of them is damaged,
  /// placeholder values (zeros, empty text) of the right length, and `keep` false.
  private func data(_ a: SnapshotArrays, _ file: SnapshotFile, rows: Int) -> (
    value: ColumnData, keep: Bool
  ) {
    let loaded = arrays.map { a.load($0, from: file) }
    guard loaded.allSatisfy({ $0 != nil }) else { return (placeholder(rows), false) }
    let array = loaded.map { $0! }
    switch type {
    case .integer: return (.integer(array[0].int64), true)
    case .decimal: return (.decimal(array[0].float64), true)
    case .boolean: return (.boolean(array[0].uint8), true)
    case .date: return (.date(array[0].int32), true)
    case .text:
      let bytes = array[1].uint8
      let offsets = array[2].uint32
      guard offsets.first == 0, Int(offsets.last ?? 0) == bytes.count else {
        return (placeholder(rows), false)
      }
      let dictionary = StringDictionary(bytes: bytes, offsets: offsets)
      return (.text(codes: array[0].uint32, dictionary: dictionary), true)
    }
  }

  /// Values that stand in for a damaged column's (never shown: the statement fails).
  private func placeholder(_ rows: Int) -> ColumnData {
    switch type {
    case .integer: .integer([Int64](repeating: 0, count: rows))
    case .decimal: .decimal([Double](repeating: 0, count: rows))
    case .boolean: .boolean([UInt8](repeating: 0, count: rows))
    case .date: .date([Int32](repeating: 0, count: rows))
    case .text:
      .text(
        codes: [UInt32](repeating: 0, count: rows),
        dictionary: StringDictionary(bytes: [], offsets: [0, 0]))
    }
  }

  /// Whether the text dictionary's offsets start the list, never decrease and end at the
  /// end of its bytes (large offsets are checked when they are read).
  func dictionaryHolds(_ a: SnapshotArrays) -> Bool {
    guard a.bigIndex[arrays[2]] == nil else { return true }
    let bytes = a.count(arrays[1])
    let offsets = a.values[arrays[2]].map { $0.uint32 } ?? []
    guard let last = offsets.last, Int(last) == bytes else { return false }
    return offsets.withUnsafeBufferPointer { o in
      var ok = true
      for i in o.indices.dropFirst() { ok = ok && o[i - 1] <= o[i] }
      return ok
    }
  }
}
