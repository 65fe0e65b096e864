/// Finds the row of an `id` value in a table: the lookup that references are resolved with,
/// built once per referenced table. When an id occurs twice, the first row wins.
struct IdIndex: Sendable {
  enum Storage: Sendable {
    /// Ids `low, low + 1, …` in row order (the usual export): the row is `id - low`.
    case sequential(low: Int64, count: Int)
    /// Integer ids in a compact range: `rows[id - low]`.
    case dense(low: Int64, rows: [Int32])
    /// Integer ids spread wide.
    case sparse([Int64: Int32])
    /// Text ids: the row of each code of the (byte-ordered) dictionary.
    case text(StringDictionary, rows: [Int32])
    /// Ids of another type, by their text.
    case other([String: Int32])
  }

  let storage: Storage
  /// The first few rows whose id repeats an earlier row's: (row, first row with that id).
  let duplicates: [(row: Int, first: Int)]
  /// How many rows repeat an earlier row's id.
  let duplicateCount: Int

  /// The index of `column`'s values.
  init(_ column: Column) {
    var duplicates: [(row: Int, first: Int)] = []
    switch column.data {
    case .integer(let values):
      var low = Int64.max
      var high = Int64.min
      for v in values where v != ColumnData.missingInteger {
        low = min(low, v)
        high = max(high, v)
      }
      if let first = values.first, Self.isSequential(values) {
        storage = .sequential(low: first, count: values.count)
      } else if low <= high, high &- low >= 0, high - low <= Int64(values.count) * 4 + 1024 {
        var rows = [Int32](repeating: -1, count: Int(high - low) + 1)
        for (row, v) in values.enumerated() where v != ColumnData.missingInteger {
          let slot = Int(v - low)
          if rows[slot] >= 0 {
            duplicates.append((row, Int(rows[slot])))
          } else {
            rows[slot] = Int32(row)
          }
        }
        storage = .dense(low: low, rows: rows)
      } else {
        var map: [Int64: Int32] = [:]
        map.reserveCapacity(values.count)
        for (row, v) in values.enumerated() where v != ColumnData.missingInteger {
          if let first = map[v] {
            duplicates.append((row, Int(first)))
          } else {
            map[v] = Int32(row)
          }
        }
        storage = .sparse(map)
      }
    case .text(let codes, let dictionary):
      var rows = [Int32](repeating: -1, count: dictionary.count)
      for (row, code) in codes.enumerated() where code != ColumnData.missingCode {
        if rows[Int(code)] >= 0 {
          duplicates.append((row, Int(rows[Int(code)])))
        } else {
          rows[Int(code)] = Int32(row)
        }
      }
      storage = .text(dictionary, rows: rows)
    default:
      var map: [String: Int32] = [:]
      for row in 0..<column.data.count where !column.data.isMissing(row) {
        let key = column.data.loadedText(row)
        if let first = map[key] {
          duplicates.append((row, Int(first)))
        } else {
          map[key] = Int32(row)
        }
      }
      storage = .other(map)
    }
    self.duplicates = Array(duplicates.prefix(3))
    duplicateCount = duplicates.count
  }

  /// Whether the values are `first, first + 1, …` without gaps or missing cells.
  private static func isSequential(_ values: [Int64]) -> Bool {
    guard let first = values.first, first != ColumnData.missingInteger,
      first <= Int64.max - Int64(values.count)
    else { return false }
    return values.withUnsafeBufferPointer { v in
      for i in 0..<v.count where v[i] != first + Int64(i) { return false }
      return true
    }
  }

  /// For each row of `column`, the row its value names here (-1 when empty or no match),
  /// and how many non-empty values matched nothing.
  func resolve(_ column: ColumnData) -> (rows: [Int32], dangling: Int) {
    var rows = [Int32](repeating: -1, count: column.count)
    var dangling = 0
    switch (storage, column) {
    case (.dense(let low, let table), .integer(let values)):
      rows.withUnsafeMutableBufferPointer { out in
        table.withUnsafeBufferPointer { t in
          for (i, v) in values.enumerated() where v != ColumnData.missingInteger {
            let slot = v &- low
            let r = slot >= 0 && slot < Int64(t.count) ? t[Int(slot)] : -1
            out[i] = r
            if r < 0 { dangling += 1 }
          }
        }
      }
    case (.sequential(let low, let count), .integer(let values)):
      let n = Int64(count)
      rows.withUnsafeMutableBufferPointer { out in
        values.withUnsafeBufferPointer { v in
          for i in 0..<v.count where v[i] != ColumnData.missingInteger {
            let slot = v[i] &- low
            if slot >= 0 && slot < n {
              out[i] = Int32(truncatingIfNeeded: slot)
            } else {
              dangling += 1
            }
          }
        }
      }
    case (.sparse(let map), .integer(let values)):
      for (i, v) in values.enumerated() where v != ColumnData.missingInteger {
        let r = map[v] ?? -1
        rows[i] = r
        if r < 0 { dangling += 1 }
      }
    case (.text(let ids, let idRows), .text(let codes, let dictionary)):
      let map = Self.match(dictionary, ids, idRows)
      rows.withUnsafeMutableBufferPointer { out in
        for (i, code) in codes.enumerated() where code != ColumnData.missingCode {
          let r = map[Int(code)]
          out[i] = r
          if r < 0 { dangling += 1 }
        }
      }
    default:
      let map = otherMap()
      for i in 0..<column.count where !column.isMissing(i) {
        let r = map[column.loadedText(i)] ?? -1
        rows[i] = r
        if r < 0 { dangling += 1 }
      }
    }
    return (rows, dangling)
  }

  /// `resolve` for whole numbers kept in 32 bits (missing `Int32.min`).
  func resolve(narrow values: [Int32]) -> (rows: [Int32], dangling: Int) {
    var rows = [Int32](repeating: -1, count: values.count)
    var dangling = 0
    switch storage {
    case .sequential(let low, let count):
      let n = Int64(count)
      rows.withUnsafeMutableBufferPointer { out in
        values.withUnsafeBufferPointer { v in
          for i in 0..<v.count where v[i] != Int32.min {
            let slot = Int64(v[i]) &- low
            if slot >= 0 && slot < n {
              out[i] = Int32(truncatingIfNeeded: slot)
            } else {
              dangling += 1
            }
          }
        }
      }
    case .dense(let low, let table):
      rows.withUnsafeMutableBufferPointer { out in
        table.withUnsafeBufferPointer { t in
          values.withUnsafeBufferPointer { v in
            for i in 0..<v.count where v[i] != Int32.min {
              let slot = Int64(v[i]) &- low
              let r = slot >= 0 && slot < Int64(t.count) ? t[Int(slot)] : -1
              out[i] = r
              if r < 0 { dangling += 1 }
            }
          }
        }
      }
    case .sparse(let map):
      for (i, v) in values.enumerated() where v != Int32.min {
        let r = map[Int64(v)] ?? -1
        rows[i] = r
        if r < 0 { dangling += 1 }
      }
    case .text, .other:
      return resolve(.integer(ColumnBuilder.widened(values)))
    }
    return (rows, dangling)
  }

  /// Ids by their text, for a reference whose type differs from the id column's.
  private func otherMap() -> [String: Int32] {
    switch storage {
    case .other(let map): return map
    case .sequential(let low, let count):
      var map: [String: Int32] = [:]
      for row in 0..<count { map[String(low + Int64(row))] = Int32(row) }
      return map
    case .dense(let low, let rows):
      var map: [String: Int32] = [:]
      for (slot, r) in rows.enumerated() where r >= 0 { map[String(low + Int64(slot))] = r }
      return map
    case .sparse(let ints):
      var map: [String: Int32] = [:]
      for (v, r) in ints { map[String(v)] = r }
      return map
    case .text(let dictionary, let rows):
      var map: [String: Int32] = [:]
      for (code, r) in rows.enumerated() where r >= 0 { map[dictionary.string(UInt32(code))] = r }
      return map
    }
  }

  /// Matches two byte-ordered dictionaries in one merge pass: for each code of `refs`, the
  /// row of the equal id, or -1.
  private static func match(
    _ refs: StringDictionary, _ ids: StringDictionary, _ idRows: [Int32]
  ) -> [Int32] {
    var map = [Int32](repeating: -1, count: refs.count)
    var j = 0
    for i in 0..<refs.count {
      while j < ids.count && compare(ids, UInt32(j), refs, UInt32(i)) < 0 { j += 1 }
      if j < ids.count && compare(ids, UInt32(j), refs, UInt32(i)) == 0 { map[i] = idRows[j] }
    }
    return map
  }

  /// Byte-order comparison of a string of `a` and one of `b`: negative, zero or positive.
  private static func compare(
    _ a: StringDictionary, _ x: UInt32, _ b: StringDictionary, _ y: UInt32
  ) -> Int {
    a.withUTF8(x) { p in
      b.withUTF8(y) { q in
        let n = min(p.count, q.count)
        for k in 0..<n where p[k] != q[k] { return Int(p[k]) - Int(q[k]) }
        return p.count - q.count
      }
    }
  }
}

extension ColumnData {
  /// The value of row `row` as text, as it would be written in a data file.
  func loadedText(_ row: Int) -> String {
    switch self {
    case .integer(let v): return String(v[row])
    case .decimal(let v):
      let d = v[row]
      if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
      return String(d)
    case .boolean(let v): return v[row] == 1 ? "true" : "false"
    case .date(let v): return DateText.format(v[row])
    case .text(let codes, let dictionary): return dictionary.string(codes[row])
    }
  }
}

/// Writes day numbers as `2016-11-24`.
enum DateText {
  static func format(_ days: Int32) -> String { CivilDate.format(days) }
}
