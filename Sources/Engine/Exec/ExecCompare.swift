/// `with change, yoy, share`: columns worked out from an answer's gap-filled records, before
/// `having`, `order by` and `limit` (as SQL's window functions are).
extension Executor {
  /// The records with each measure followed by what `with` shows beside it, and the columns.
  /// `missing` is the code of an empty bucket (such a record has no earlier one).
  func compared(_ records: [Record], plan: QueryPlan, missing: Int32?)
    -> ([Record], [ResultColumn])
  {
    let numbers: [[Double?]] = plan.metrics.indices.map { j in
      records.map { r in
        switch r.values[j] {
        case .integer(let n): Double(n)
        case .decimal(let x): x
        default: nil
        }
      }
    }
    // Where each record's series and bucket is, to find the earlier bucket of its series.
    var position: [[Int32]: Int] = [:]
    if plan.compareKey != nil {
      for (i, r) in records.enumerated() { position[r.codes] = i }
    }
    func earlier(_ i: Int, lag: Int32) -> Int? {
      guard let b = plan.compareKey else { return nil }
      var codes = records[i].codes
      guard codes[b] != missing, codes[b] >= lag, codes[b] - lag != missing else { return nil }
      codes[b] -= lag
      return position[codes]
    }
    let totals = numbers.map { column in
      column.reduce(into: (0.0, false)) { t, x in
        if let x { t = (t.0 + x, true) }
      }
    }
    let layout = plan.measureColumns
    let columns = layout.map { c in
      var column = ResultColumn(name: c.name, kind: c.kind)
      if let k = c.compare { column.labelledName = plan.compare[k].label }
      return column
    }
    var out = records
    for i in records.indices {
      out[i].values = layout.map { c -> Value in
        guard let k = c.compare else { return records[i].values[c.metric] }
        let p = plan.compare[k]
        let column = numbers[p.metric]
        guard let x = column[i] else { return .missing }
        switch p.kind {
        case .difference(let lag):
          guard let e = earlier(i, lag: lag), let y = column[e] else { return .missing }
          return c.kind == .integer ? .integer(Int64(x - y)) : .decimal(x - y)
        case .percent(let lag):
          guard let e = earlier(i, lag: lag), let y = column[e], y != 0 else { return .missing }
          return .decimal((x - y) / y)
        case .share:
          let (total, any) = totals[p.metric]
          guard any, total != 0 else { return .missing }
          return .decimal(x / total)
        }
      }
    }
    return (out, columns)
  }
}
