import Lang

extension Executor {
  /// `list …`: the selected rows with the asked fields, ordered and limited. Fields that are
  /// columns (through references or not) are read row by row for the rows shown only.
  func list(_ plan: QueryPlan) throws(Diagnostic) -> ResultTable {
    var selection: [Int32]
    if plan.filter == nil, plan.order.isEmpty, let limit = plan.limit {
      // The first rows of the table: no list of every row to cut.
      selection = Array(0..<Int32(min(max(limit, 0), store.tables[plan.table].rowCount)))
    } else {
      selection = try self.selection(plan.filter, table: plan.table)
    }
    let fields = try plan.fields.map { (f) throws(Diagnostic) in
      try FieldReader(f.expr, executor: self, table: plan.table)
    }
    if !plan.order.isEmpty {
      let keys = try plan.order.map { (item) throws(Diagnostic) -> (FieldReader, Bool, TextOrder) in
        switch item.key {
        case .column(let i): return (fields[i], item.descending, item.text)
        case .value(let e):
          return (try FieldReader(e, executor: self, table: plan.table), item.descending, item.text)
        }
      }
      selection = try sortRows(selection, keys, limit: plan.limit)
    }
    if let limit = plan.limit, selection.count > limit {
      selection.removeLast(selection.count - limit)
    }
    let columns = zip(plan.fields, fields).map { f, reader in
      var column = ResultColumn(
        name: f.name, kind: reader.kind, sensitive: f.sensitive, codeLabels: f.expr.codeLabels)
      // A related-row measure (`count(attendance)`) is a number the answer works out.
      if case .related = f.expr { column.role = .amount }
      return column
    }
    // Rows are made when read, so a long answer streams instead of being built whole.
    let chosen = selection
    let rows = ResultRows(count: chosen.count) { i in
      fields.map { $0.value(Int(chosen[i])) }
    }
    return ResultTable(columns: columns, rows: rows)
  }

  /// Orders row indices by the key fields; ties keep table order, missing values last.
  /// Each key becomes one number per selected row first (text: its rank in pinyin or byte
  /// order, worked out once per dictionary), so
  /// the sort compares numbers. With a `limit` well below the rows, only the first `limit`
  /// are found and ordered (the same rows as a whole sort's first). A cancelled query stops
  /// comparing and is reported after.
  private func sortRows(
    _ rows: [Int32], _ keys: [(FieldReader, Bool, TextOrder)], limit: Int?
  ) throws(Diagnostic) -> [Int32] {
    let numbers = keys.map { $0.0.sortNumbers(rows, text: $0.2) }
    // Apart from the keys, so that a comparison copies no field reader.
    let descendings = keys.map(\.1)
    let flag = cancellation
    let precedes = { (a: Int, b: Int) -> Bool in
      if flag.isCancelled { return false }
      for (k, descending) in descendings.enumerated() {
        switch numbers[k] {
        case .wholes(let w):
          let (x, y) = (w[a], w[b])
          if x == ColumnData.missingInteger || y == ColumnData.missingInteger {
            if x == y { continue }
            return y == ColumnData.missingInteger
          }
          if x != y { return descending ? x > y : x < y }
        case .numbers(let n):
          let (x, y) = (n[a], n[b])
          if x.isNaN || y.isNaN {
            if x.isNaN && y.isNaN { continue }
            return y.isNaN
          }
          if x != y { return descending ? x > y : x < y }
        }
      }
      return a < b
    }
    let order: [Int]
    if let limit, limit < rows.count / 4 {
      order = firstInOrder(limit, of: rows.count, by: precedes)
    } else {
      order = rows.indices.sorted(by: precedes)
    }
    try flag.check(.at(0))
    return order.map { rows[$0] }
  }
}

/// One sort key of a list, a number per selected row.
enum SortNumbers {
  /// Whole numbers, exactly; missing is `Int64.min`.
  case wholes([Int64])
  /// Decimals, day numbers and text ranks; missing is NaN.
  case numbers([Double])
}

/// Reads one listed field for any row of the base table: a column through its references,
/// followed row by row, or a computed vector (related rows).
struct FieldReader: Sendable {
  private enum Origin: Sendable {
    case column(hops: [[Int32]], data: ColumnData, bucket: Bucket?)
    case vector(Vector)
  }

  private let source: Origin
  /// How the answer shows the field.
  let kind: ResultKind

  init(_ e: RowExpr, executor: Executor, table: Int) throws(Diagnostic) {
    switch e {
    case .path(let p, false):
      source = .column(hops: p.hops.map(\.rows), data: p.column.data, bucket: nil)
      kind = ResultKind(p.column.type)
    case .bucket(let b, let p):
      source = .column(hops: p.hops.map(\.rows), data: p.column.data, bucket: b)
      kind = .period
    default:
      let v = try executor.vector(e, table: table)
      source = .vector(v)
      kind = v.resultKind
    }
  }

  /// The row of the column's own table, or nil when a reference on the way is empty.
  private func target(_ row: Int, _ hops: [[Int32]]) -> Int? {
    var r = row
    for hop in hops {
      let next = hop[r]
      if next < 0 { return nil }
      r = Int(next)
    }
    return r
  }

  func value(_ row: Int) -> Value {
    switch source {
    case .vector(let v):
      return v.value(row)
    case .column(let hops, let data, let bucket):
      guard let r = target(row, hops) else { return .missing }
      let v = data.value(r)
      if let bucket, case .date(let d) = v { return .text(bucket.label(bucket.key(d))) }
      return v
    }
  }

  /// For each of `rows`, a number that orders as the value does (NaN when missing): text
  /// by its rank in `text` order; whole numbers as they are (`Int64.min` when missing), since
  /// two 18-digit ids that differ in the last digit can be the same `Double`.
  func sortNumbers(_ rows: [Int32], text: TextOrder) -> SortNumbers {
    switch source {
    case .vector(.integer(let v)):
      return .wholes(rows.map { v[Int($0)] })
    case .column(let hops, .integer(let v), _):
      return .wholes(rows.map { row in target(Int(row), hops).map { v[$0] } ?? .min })
    default:
      return .numbers(sortDoubles(rows, text: text))
    }
  }

  private func sortDoubles(_ rows: [Int32], text: TextOrder) -> [Double] {
    switch source {
    case .vector(let v):
      if case .text(let codes, let dictionary) = v {
        let ranks = dictionary.ranks(text)
        return rows.map { r in Self.rank(codes[Int(r)], ranks) }
      }
      return rows.map { v.number(Int($0)) }
    case .column(let hops, let data, let bucket):
      let ranks: [UInt32]?
      if case .text(_, let dictionary) = data {
        ranks = dictionary.ranks(text)
      } else {
        ranks = nil
      }
      return rows.map { row in
        guard let r = target(Int(row), hops) else { return .nan }
        switch data {
        case .text(let codes, _):
          return Self.rank(codes[r], ranks)
        case .date(let days):
          let d = days[r]
          if d == ColumnData.missingDate { return .nan }
          return Double(bucket.map { $0.key(d) } ?? d)
        default:
          return Vector(data).number(r)
        }
      }
    }
  }

  private static func rank(_ code: UInt32, _ ranks: [UInt32]?) -> Double {
    code == ColumnData.missingCode ? .nan : Double(ranks.map { $0[Int(code)] } ?? code)
  }
}

extension Vector {
  var resultKind: ResultKind {
    switch self {
    case .integer, .rows: .integer
    case .decimal: .decimal
    case .boolean: .boolean
    case .date: .date
    case .text: .text
    }
  }

  /// Row `row` as an answer cell.
  func value(_ row: Int) -> Value {
    if isMissing(row) { return .missing }
    switch self {
    case .integer(let v): return .integer(v[row])
    case .decimal(let v): return .decimal(v[row])
    case .boolean(let v): return .boolean(v[row] == 1)
    case .date(let v): return .date(v[row])
    case .text(let v, let dictionary): return .text(dictionary.string(v[row]))
    case .rows(let v, _): return .integer(Int64(v[row]))
    }
  }
}
