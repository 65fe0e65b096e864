import Lang

extension Executor {
  /// The answer of a query without time buckets or crosstab, worked out on group slots:
  /// `having`, default order, ordering by measures and `limit` run on slot numbers and the
  /// measure arrays, and cells are made only for the rows that remain.
  func slotAnswer(
    _ plan: QueryPlan, keys: [KeyColumn], index: GroupIndex, occupied: [Int],
    metrics: [MetricValues]
  ) throws(Diagnostic) -> ResultTable {
    let metricColumns = plan.metrics.map { $0.resultColumn() }
    let columns = keys.flatMap(\.columns) + metricColumns
    let keyWidth = columns.count - metricColumns.count
    var plan = plan
    var slots = occupied
    // A `having` on measures alone, tested with one reused row.
    if let having = plan.having,
      let test = numericTest(having, keyWidth: keyWidth, metrics: metrics)
    {
      slots = slots.filter(test)
      plan.having = nil
    } else if let having = plan.having, having.columns.allSatisfy({ $0 >= keyWidth }) {
      var row = [Value](repeating: .missing, count: columns.count)
      var kept: [Int] = []
      kept.reserveCapacity(slots.count)
      for slot in slots {
        for (j, m) in zip(plan.metrics.indices, plan.metrics) {
          row[keyWidth + j] = metrics[j].value(slot, kind: m.kind)
        }
        if OutputFilter.truth(having, row) == Truth.yes { kept.append(slot) }
      }
      slots = kept
      plan.having = nil
    }
    if plan.having == nil,
      let top = try topSlots(slots, &plan, keys: keys, index: index, metrics: metrics)
    {
      slots = top
    } else {
      slots = try slotsInKeyOrder(slots, keys: keys, index: index)
      if plan.having == nil {
        slots = slotsOrderedByMeasures(slots, &plan, metrics: metrics, keyWidth: keyWidth)
      }
    }
    // Cells are made when a row is read, so a long answer is not built whole.
    let kinds = plan.metrics.map(\.kind)
    let chosen = slots
    let rows = ResultRows(count: chosen.count) { i in
      let slot = chosen[i]
      return zip(keys, index.codes(slot)).flatMap { key, code in key.labels(code) }
        + zip(kinds, metrics).map { kind, v in v.value(slot, kind: kind) }
    }
    var table = ResultTable(
      columns: columns, rows: rows, isTimeSeries: keys.first?.bucket != nil)
    try finish(&table, plan)
    return table
  }

  /// `having sum < 32` (a measure against a number) as a direct test on the measure's array;
  /// nil for anything else, which goes through the general filter.
  private func numericTest(_ p: OutputPredicate, keyWidth: Int, metrics: [MetricValues])
    -> ((Int) -> Bool)?
  {
    guard case .compare(let a, let op, let b) = p else { return nil }
    var (column, constant, compareOp) = (a, b, op)
    if case .constant = a { (column, constant, compareOp) = (b, a, op.flipped) }
    guard case .column(let i) = column, i >= keyWidth, case .constant(let c) = constant
    else { return nil }
    let bound: Number
    switch c {
    case .integer(let v): bound = .integer(v)
    case .decimal(let v): bound = .decimal(v)
    default: return nil
    }
    switch metrics[i - keyWidth] {
    case .integers(let v):
      return { v[$0] != ColumnData.missingInteger && compareOp.holds(bound.order(of: v[$0])) }
    case .numbers(let v): return { !v[$0].isNaN && compareOp.holds(bound.order(of: v[$0])) }
    case .texts: return nil
    }
  }

  /// With a time bucket key and combined-code slots, adds the empty slots of every series
  /// (each combination of the other keys): over the period `where` bounds the date to, or
  /// else between the series' own first and last bucket. Their measures read 0 for counts and
  /// sums, empty else.
  func gapFilled(_ occupied: [Int], keys: [KeyColumn], index: GroupIndex, plan: QueryPlan)
    throws(Diagnostic) -> [Int]
  {
    guard let b = keys.firstIndex(where: { $0.bucket != nil }), let strides = index.strides
    else { return occupied }
    let stride = strides[b]
    let domain = keys[b].domain
    let missing = Int(keys[b].missing)
    // Each series' first and last bucket, found in one pass over the slots in order.
    var taken = [Bool](repeating: false, count: index.count)
    var ranges: [Int: (Int32, Int32)?] = [:]
    for slot in occupied {
      taken[slot] = true
      let code = Int32((slot / stride) % domain)
      if code == missing { continue }
      let series = slot - Int(code) * stride
      let old = (ranges[series] ?? nil) ?? (code, code)
      ranges[series] = (min(old.0, code), max(old.1, code))
    }
    // With one key, the period's buckets appear even when no row falls in it.
    if ranges.isEmpty, keys.count == 1, keys[b].periodCodes.first != nil {
      ranges[0] = .some(nil)
    }
    var budget = FillBudget(key: keys[b], plan: plan)
    for series in ranges.keys {
      guard let (lo, hi) = keys[b].fillRange(present: ranges[series] ?? nil) else { continue }
      try budget.add(lo, hi)
    }
    var added = false
    for series in ranges.keys.sorted() {
      try cancellation.check(plan.span)
      guard let (lo, hi) = keys[b].fillRange(present: ranges[series] ?? nil) else { continue }
      for code in Int(lo)...Int(hi) where !taken[series + code * stride] {
        taken[series + code * stride] = true
        added = true
      }
    }
    guard added else { return occupied }
    // Slots in ascending order, as the occupied ones came.
    var out: [Int] = []
    out.reserveCapacity(occupied.count)
    for slot in 0..<index.count where taken[slot] { out.append(slot) }
    return out
  }

  /// Whether each key's codes already follow the order of its shown values (numbers and
  /// buckets by offset, text from a sorted dictionary, references when ids ascend).
  private func codesFollowValues(_ slots: [Int], keys: [KeyColumn], strides: [Int]) -> Bool {
    for k in keys.indices {
      var present = [Bool](repeating: false, count: keys[k].domain)
      for slot in slots { present[(slot / strides[k]) % keys[k].domain] = true }
      if textOrder == .pinyin, let dictionary = keys[k].dictionary {
        let ranks = dictionary.pinyinRanks()
        var last: UInt32?
        for code in present.indices where present[code] && code < ranks.count {
          if let last, last > ranks[code] { return false }
          last = ranks[code]
        }
        continue
      }
      var previous: Value?
      for code in present.indices where present[code] {
        let value = keys[k].orderValue(Int32(code))
        if let previous, previous.order(value, text: textOrder) > 0 { return false }
        previous = value
      }
    }
    return true
  }

  /// Slots ascending by each key's shown value, missing last: values are compared once per
  /// distinct code, slots by one combined integer rank.
  func slotsInKeyOrder(_ slots: [Int], keys: [KeyColumn], index: GroupIndex) throws(Diagnostic)
    -> [Int]
  {
    switch try keyRanks(slots, keys: keys, index: index) {
    case .inOrder:
      return slots
    case .combined(let combined):
      try cancellation.check(.at(0))
      return slots.indices.sorted { combined[$0] < combined[$1] }.map { slots[$0] }
    case .perKey(let ranks):
      try cancellation.check(.at(0))
      return slots.indices.sorted { ranks[$0].lexicographicallyPrecedes(ranks[$1]) }
        .map { slots[$0] }
    }
  }

  /// Each slot's place in the default order (by key values), found without sorting.
  enum KeyRanks {
    /// The slots are in key order already.
    case inOrder
    /// One integer per slot (parallel to the slots), ascending in key order.
    case combined([Int])
    /// One rank per key per slot, when their product does not fit one integer.
    case perKey([[Int32]])
  }

  func keyRanks(_ slots: [Int], keys: [KeyColumn], index: GroupIndex) throws(Diagnostic)
    -> KeyRanks
  {
    guard !keys.isEmpty, slots.count > 1 else { return .inOrder }
    // Slots come in ascending order; with combined codes that is key order when every
    // key's codes follow its values, and no sort is needed.
    if let strides = index.strides, codesFollowValues(slots, keys: keys, strides: strides) {
      return .inOrder
    }
    let codeOf: (Int, Int) -> Int32
    if let strides = index.strides {
      codeOf = { slot, k in Int32((slot / strides[k]) % keys[k].domain) }
    } else {
      var codes: [Int: [Int32]] = [:]
      codes.reserveCapacity(slots.count)
      for (i, slot) in slots.enumerated() {
        try cancellation.poll(i)
        codes[slot] = index.codes(slot)
      }
      codeOf = { [codes] slot, k in codes[slot]![k] }
    }
    var rankOf: [[Int32]] = []
    var radix: [Int] = []
    for k in keys.indices {
      try cancellation.check(.at(0))
      var present = [Bool](repeating: false, count: keys[k].domain)
      for (i, slot) in slots.enumerated() {
        try cancellation.poll(i)
        present[Int(codeOf(slot, k))] = true
      }
      let distinct = present.indices.filter { present[$0] }.map { Int32($0) }
      let ordered = orderedCodes(distinct, of: keys[k])
      var rank = [Int32](repeating: 0, count: keys[k].domain)
      for (i, code) in ordered.enumerated() { rank[Int(code)] = Int32(i) }
      rankOf.append(rank)
      radix.append(ordered.count)
    }
    try cancellation.check(.at(0))
    // One integer per slot when the ranks' product fits in one; else (many keys with many
    // values each) the ranks are compared key by key.
    var product = 1
    var fits = true
    for r in radix {
      let (p, overflow) = product.multipliedReportingOverflow(by: max(r, 1))
      product = p
      fits = fits && !overflow
    }
    guard fits else {
      var ranks: [[Int32]] = []
      ranks.reserveCapacity(slots.count)
      for (i, slot) in slots.enumerated() {
        try cancellation.poll(i)
        ranks.append(keys.indices.map { rankOf[$0][Int(codeOf(slot, $0))] })
      }
      return .perKey(ranks)
    }
    var combined: [Int] = []
    combined.reserveCapacity(slots.count)
    for (i, slot) in slots.enumerated() {
      try cancellation.poll(i)
      combined.append(
        keys.indices.reduce(0) { $0 * radix[$1] + Int(rankOf[$1][Int(codeOf(slot, $1))]) })
    }
    return .combined(combined)
  }

  /// Applies `order by` (and the order `top` implies) when it names measures only, then
  /// `limit`; what was applied is taken out of `plan`.
  private func slotsOrderedByMeasures(
    _ slots: [Int], _ plan: inout QueryPlan, metrics: [MetricValues], keyWidth: Int
  ) -> [Int] {
    var order: [(Int, Bool, TextOrder)] = []
    for item in plan.order {
      guard case .column(let i) = item.key, i >= keyWidth else { return slots }
      order.append((i - keyWidth, item.descending, item.text))
    }
    var slots = slots
    if !order.isEmpty {
      let kinds = plan.metrics.map(\.kind)
      let position = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1, $0) })
      slots.sort { a, b in
        for (m, descending, text) in order {
          let x = metrics[m].value(a, kind: kinds[m])
          let y = metrics[m].value(b, kind: kinds[m])
          if x == .missing || y == .missing {
            if x == y { continue }
            return y == .missing
          }
          let c = x.order(y, text: text)
          if c != 0 { return descending ? c > 0 : c < 0 }
        }
        return position[a]! < position[b]!
      }
      plan.order = []
    }
    if let limit = plan.limit, slots.count > limit {
      slots.removeLast(slots.count - limit)
    }
    return slots
  }
}
