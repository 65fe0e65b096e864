import Lang

extension Executor {
  /// `list …`: the selected rows with the asked fields, ordered and limited.
  func list(_ plan: QueryPlan) throws(Diagnostic) -> ResultTable {
    var selection = try selection(plan.filter, table: plan.table)
    let vectors = try plan.fields.map { (f) throws(Diagnostic) in
      try vector(f.expr, table: plan.table)
    }
    if !plan.order.isEmpty {
      var conditions = ConditionPlanner(session: session, table: plan.table)
      let keys = try plan.order.map { (item) throws(Diagnostic) -> (Vector, Bool) in
        if case .path(let p) = item.key.kind,
          let i = plan.fields.firstIndex(where: { $0.name.lowercased() == p.dotted.lowercased() })
        {
          return (vectors[i], item.descending)
        }
        return (try vector(try conditions.rowValue(item.key), table: plan.table), item.descending)
      }
      selection = try sortRows(selection, keys)
    }
    if let limit = plan.limit ?? plan.top, selection.count > limit {
      selection.removeLast(selection.count - limit)
    }
    var columns = zip(plan.fields, vectors).map { f, v in
      ResultColumn(name: f.name, kind: v.resultKind, sensitive: f.sensitive)
    }
    // A time bucket shows its label (`2016-11`), as it does as a key.
    let buckets: [Bucket?] = plan.fields.map { field in
      if case .bucket(let bucket, _) = field.expr { return bucket }
      return nil
    }
    for (j, bucket) in buckets.enumerated() where bucket != nil { columns[j].kind = .period }
    // Rows are made when read, so a long answer streams instead of being built whole.
    let chosen = selection
    let rows = ResultRows(count: chosen.count) { i in
      zip(vectors, buckets).map { vector, bucket in
        let value = vector.value(Int(chosen[i]))
        if let bucket, case .integer(let k) = value { return .text(bucket.label(Int32(k))) }
        return value
      }
    }
    return ResultTable(columns: columns, rows: rows)
  }

  /// Orders row indices by the key vectors; ties keep table order, missing values last.
  /// Each key becomes one number per row first (text: its rank in byte order), so the sort
  /// compares numbers. A cancelled query stops comparing and is reported after the sort.
  private func sortRows(_ rows: [Int32], _ keys: [(Vector, Bool)]) throws(Diagnostic) -> [Int32] {
    let numbers = keys.map { sortNumbers($0.0) }
    let flag = session.cancellation
    let sorted = rows.sorted { a, b in
      if flag.isCancelled { return false }
      for (k, (_, descending)) in keys.enumerated() {
        let x = numbers[k][Int(a)]
        let y = numbers[k][Int(b)]
        if x.isNaN || y.isNaN {
          if x.isNaN && y.isNaN { continue }
          return y.isNaN
        }
        if x != y { return descending ? x > y : x < y }
      }
      return a < b
    }
    try flag.check(.at(0))
    return sorted
  }

  /// A number per row that orders as the values do (NaN when missing).
  private func sortNumbers(_ v: Vector) -> [Double] {
    switch v {
    case .text(let codes, let dictionary):
      let rank = dictionary.byteOrderRanks()
      return codes.map { code in
        code == ColumnData.missingCode ? .nan : Double(rank.map { $0[Int(code)] } ?? code)
      }
    default:
      return (0..<v.count).map { v.number($0) }
    }
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
