import Lang

/// What grouping and measuring leave for the answer.
struct Grouped {
  var rowKeys: [KeyColumn]
  var acrossKey: KeyColumn?
  var index: GroupIndex
  /// Rows per slot.
  var rows: [Int64]
  var metrics: [MetricValues]
}

extension Executor {
  /// Groups whose keys all lie beyond the same reference (`by session.type`,
  /// `by month(session.date), session.mode`, `by member.org.name`): each referred row's group
  /// slot is worked out once (200,000 sessions, not 10,000,000 attendance rows), then one
  /// pass over the rows finds each row's slot through its reference and adds it up — counts,
  /// and sums and averages of the table's own whole numbers and decimals — without an array
  /// of slots. Other measures get the slots as an array and are worked out as always. Nil
  /// when the keys are not of that kind (or their combinations too many to number directly).
  func referencedGroups(_ plan: QueryPlan) throws(Diagnostic) -> Grouped? {
    let planned = plan.keys + (plan.across.map { [$0] } ?? [])
    var rebased: [KeyPlan] = []
    var first: ResolvedPath?
    for key in planned {
      guard let (beyond, p) = beyondFirstHop(key) else { return nil }
      if let first, first.via[0] != p.via[0] || first.hops[0].table != p.hops[0].table {
        return nil
      }
      first = first ?? p
      rebased.append(beyond)
    }
    guard let first, let referred = store.tableIndex(first.hops[0].table) else { return nil }
    let selection = plan.filter == nil ? nil : try self.selection(plan.filter, table: plan.table)
    try cancellation.check(plan.span)
    // Each key's codes for every referred row, as a key of the referred table.
    let target = store.tables[referred].rowCount
    let everyTargetRow = (0..<Int32(target)).map { $0 }
    var keys: [KeyColumn] = []
    for key in rebased {
      keys.append(try keyColumn(key, table: referred, selection: everyTargetRow))
    }
    let layout = SlotLayout(keys)
    guard !layout.overflow, layout.total <= 1 << 24, keys.allSatisfy({ $0.codes.count == target })
    else { return nil }
    // One key's codes are its slots already.
    let slots =
      keys.count == 1 ? keys[0].codes : try targetSlots(keys, layout: layout, rows: target)
    let missingSlot = keys.indices.reduce(0) { $0 + Int(keys[$1].missing) * layout.strides[$1] }
    try cancellation.check(plan.span)
    let index = first.hops[0].rows
    let n = layout.total
    let measured = try slots.withUnsafeBufferPointer { (slotBuffer) throws(Diagnostic) in
      try index.withUnsafeBufferPointer { (indexBuffer) throws(Diagnostic) in
        let slot = ReferencedSlot(
          index: indexBuffer, slots: slotBuffer, missing: Int32(truncatingIfNeeded: missingSlot))
        guard let selection else {
          return try measure(
            plan, AllRows(count: index.count), slot, n: n, selection: nil)
        }
        return try selection.withUnsafeBufferPointer { (rows) throws(Diagnostic) in
          try measure(plan, SelectedRows(rows: rows), slot, n: n, selection: selection)
        }
      }
    }
    let rowKeyCount = plan.keys.count
    return Grouped(
      rowKeys: Array(keys.prefix(rowKeyCount)),
      acrossKey: plan.across == nil ? nil : keys.last,
      index: GroupIndex(slots: [], count: n, codes: layout.decode(keys), strides: layout.strides),
      rows: measured.rows, metrics: measured.metrics)
  }

  /// The key as a key of the table its first reference leads to (`session.type` of
  /// attendance as `type` of sessions), and its path; nil for a key that follows no reference.
  private func beyondFirstHop(_ key: KeyPlan) -> (KeyPlan, ResolvedPath)? {
    var beyond = key
    switch key.expr {
    case .path(let p, let follow) where !p.hops.isEmpty && p.via.count == p.hops.count:
      beyond.expr = .path(p.beyondFirstHop, follow: follow)
      return (beyond, p)
    case .bucket(let b, let p) where !p.hops.isEmpty && p.via.count == p.hops.count:
      beyond.expr = .bucket(b, p.beyondFirstHop)
      return (beyond, p)
    default:
      return nil
    }
  }

  /// The combined slot of each referred row (`Σ code[k] * strides[k]`).
  private func targetSlots(_ keys: [KeyColumn], layout: SlotLayout, rows: Int)
    throws(Diagnostic) -> [Int32]
  {
    var slots = [Int32](repeating: 0, count: rows)
    for (k, key) in keys.enumerated() {
      try cancellation.check(span)
      let stride = layout.strides[k]
      key.codes.withUnsafeBufferPointer { codes in
        slots.withUnsafeMutableBufferPointer { out in
          for t in 0..<rows { out[t] &+= Int32(truncatingIfNeeded: Int(codes[t]) &* stride) }
        }
      }
    }
    return slots
  }

  /// Rows per slot and every measure, the scans of `ReferencedScan` where they apply.
  private func measure<R: ScanRows>(
    _ plan: QueryPlan, _ rows: R, _ slot: ReferencedSlot, n: Int, selection: [Int32]?
  ) throws(Diagnostic) -> (rows: [Int64], metrics: [MetricValues]) {
    var rowCounts: [Int64]?
    var values = [MetricValues?](repeating: nil, count: plan.metrics.count)
    // Measures with a scan of their own first: each counts the rows on the way.
    for (j, m) in plan.metrics.enumerated() {
      try cancellation.check(plan.span)
      guard m.formula == nil, m.filter == nil, m.function == .sum || m.function == .avg,
        case .path(let p, let follow)? = m.argument, p.hops.isEmpty,
        !(follow && p.column.reference != nil)
      else { continue }
      switch try vector(m.argument!, table: plan.table) {
      case .integer(let numbers):
        let exactSum = m.function == .sum && m.kind == .integer
        // Bounds under which no sum of the values can overflow (an exact sum) or leave the
        // whole numbers a `Double` holds exactly (what `sumsAndCounts` adds in).
        let limit = exactSum ? UInt64(Int64.max) : 1 << 53
        let bound = limit / UInt64(max(rows.count, 1))
        let scan = numbers.withUnsafeBufferPointer { v in
          referencedWholeSums(v, rows, slot, n: n, bound: bound, cancel: cancellation)
        }
        try cancellation.check(plan.span)
        rowCounts = rowCounts ?? scan.rows
        guard scan.fits else { continue }
        if exactSum {
          values[j] = .integers(scan.sums)
        } else {
          values[j] = summed(
            m, sums: scan.sums.map { Double($0) }, counts: scan.counts.map { Double($0) },
            decimals: false)
        }
      case .decimal(let numbers) where m.kind != .integer:
        let parts = numbers.withUnsafeBufferPointer { v in
          referencedDecimalSums(v, rows, slot, n: n, cancel: cancellation)
        }
        try cancellation.check(plan.span)
        rowCounts = rowCounts ?? addedParts(parts.map(\.rows), n)
        let (sums, counts) = mergedSums(
          parts.map(\.sums), parts.map(\.counts), carries: parts.map(\.carries), n: n)
        values[j] = summed(m, sums: sums, counts: counts, decimals: true)
      default:
        continue
      }
    }
    // The others, on an array of slots (and of the selection), made with the rows per slot
    // when no scan counted them; without any, a pass that counts the rows alone.
    let others = plan.metrics.indices.filter { j in
      let m = plan.metrics[j]
      return values[j] == nil
        && !(m.function == .count && m.argument == nil && m.formula == nil && m.filter == nil)
    }
    var slots: [Int32] = []
    if !others.isEmpty {
      let made = referencedSlots(rows, slot, n: n, cancel: cancellation)
      try cancellation.check(plan.span)
      slots = made.slots
      rowCounts = rowCounts ?? made.rows
    }
    let counted: [Int64]
    if let rowCounts {
      counted = rowCounts
    } else {
      counted = referencedCounts(rows, slot, n: n, cancel: cancellation)
      try cancellation.check(plan.span)
    }
    let chosen = others.isEmpty ? [] : (selection ?? (0..<Int32(rows.count)).map { $0 })
    for j in plan.metrics.indices where values[j] == nil {
      guard others.contains(j) else {
        values[j] = .integers(counted)
        continue
      }
      try cancellation.check(plan.span)
      values[j] = try accumulate(
        plan.metrics[j], table: plan.table, selection: chosen, slots: slots, n: n, rows: counted)
    }
    return (counted, values.map { $0! })
  }
}

/// How key codes combine into one slot: `slot = Σ code[k] * strides[k]`, the first key the
/// most significant, so slot order is key-code order.
struct SlotLayout {
  var strides: [Int]
  var total: Int
  /// Whether the product of the domains overflows an integer.
  var overflow: Bool

  init(_ keys: [KeyColumn]) {
    strides = [Int](repeating: 1, count: keys.count)
    total = 1
    overflow = false
    for k in keys.indices.reversed() {
      strides[k] = total
      let (product, o) = total.multipliedReportingOverflow(by: keys[k].domain)
      total = product
      overflow = overflow || o
    }
  }

  /// The key codes of a slot.
  func decode(_ keys: [KeyColumn]) -> @Sendable (Int) -> [Int32] {
    let domains = keys.map(\.domain)
    return { [strides] slot in
      strides.indices.map { k in Int32((slot / strides[k]) % domains[k]) }
    }
  }
}

extension ResolvedPath {
  /// The same path read from the table its first reference leads to.
  var beyondFirstHop: ResolvedPath {
    ResolvedPath(
      hops: Array(hops.dropFirst()), table: table, column: column, dotted: dotted,
      via: Array(via.dropFirst()))
  }
}
