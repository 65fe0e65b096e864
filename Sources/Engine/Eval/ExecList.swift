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
      selection = sortRows(selection, keys)
    }
    if let limit = plan.limit ?? plan.top, selection.count > limit {
      selection.removeLast(selection.count - limit)
    }
    var columns = zip(plan.fields, vectors).map { f, v in
      ResultColumn(name: f.name, kind: v.resultKind, sensitive: f.sensitive)
    }
    var rows = selection.map { r in vectors.map { $0.value(Int(r)) } }
    // A time bucket shows its label (`2016-11`), as it does as a key.
    for (j, field) in plan.fields.enumerated() {
      guard case .bucket(let bucket, _) = field.expr else { continue }
      columns[j].kind = .period
      for i in rows.indices {
        if case .integer(let k) = rows[i][j] { rows[i][j] = .text(bucket.label(Int32(k))) }
      }
    }
    return ResultTable(columns: columns, rows: rows)
  }

  /// Orders row indices by the key vectors; ties keep table order, missing values last.
  private func sortRows(_ rows: [Int32], _ keys: [(Vector, Bool)]) -> [Int32] {
    rows.sorted { a, b in
      for (v, descending) in keys {
        let x = v.value(Int(a))
        let y = v.value(Int(b))
        if x == .missing || y == .missing {
          if x == y { continue }
          return y == .missing
        }
        let c = x.order(y)
        if c != 0 { return descending ? c > 0 : c < 0 }
      }
      return a < b
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
