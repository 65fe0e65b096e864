/// A snapshot's store as read from its structure, with its arrays as places in a
/// `SnapshotArrays`; `assemble` makes the `Store` once every array is read.
struct StorePlan {
  var name: String
  var report: LoadReport
  var tables: [TablePlan]

  /// The store, with each column's arrays taken from `arrays` and checked for length.
  func assemble(_ arrays: SnapshotArrays, file: String) throws(LoadError) -> Store {
    var built: [Table] = []
    for t in tables {
      var columns: [Column] = []
      for c in t.columns {
        let column = try c.assemble(arrays, file: file)
        guard column.data.count == t.rowCount,
          column.reference.map({ $0.rows.count == t.rowCount }) ?? true
        else {
          throw Snapshot.malformed(
            file, "its column \(t.name).\(c.name) has a wrong number of rows")
        }
        columns.append(column)
      }
      built.append(
        Table(
          name: t.name, label: t.label, columns: columns, rowCount: t.rowCount,
          timeColumn: t.timeColumn, displayColumn: t.displayColumn, origin: t.origin))
    }
    return Store(name: name, tables: built, report: report)
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
struct ColumnPlan {
  /// A reference's facts, and the place of its row array.
  struct ReferencePlan {
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

  func assemble(_ a: SnapshotArrays, file: String) throws(LoadError) -> Column {
    let data: ColumnData
    switch type {
    case .integer: data = .integer(a.int64(arrays[0]))
    case .decimal: data = .decimal(a.float64(arrays[0]))
    case .boolean: data = .boolean(a.uint8(arrays[0]))
    case .date: data = .date(a.int32(arrays[0]))
    case .text:
      let bytes = a.uint8(arrays[1])
      let offsets = a.uint32(arrays[2])
      guard let last = offsets.last, Int(last) == bytes.count, isAscending(offsets) else {
        throw Snapshot.malformed(
          file, "its text dictionary of column \(name) has offsets that do not match its bytes")
      }
      data = .text(
        codes: a.uint32(arrays[0]), dictionary: StringDictionary(bytes: bytes, offsets: offsets))
    }
    return Column(
      name: name, data: data,
      reference: reference.map {
        Reference(table: $0.table, rows: a.int32($0.rows), dangling: $0.dangling)
      },
      label: label, codeLabels: codeLabels, sensitive: sensitive)
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
