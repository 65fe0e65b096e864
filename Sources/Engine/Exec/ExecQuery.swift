import Lang

/// One row of an aggregate answer before it is shown: its key codes and its cells.
struct Record {
  var codes: [Int32]
  var values: [Value]
}

extension Executor {
  /// Runs a plan: a list of rows or an aggregate answer.
  func run(_ plan: QueryPlan) throws(Diagnostic) -> ResultTable {
    var executor = self
    executor.span = plan.span
    var table = plan.isList ? try executor.list(plan) : try executor.aggregate(plan)
    for (i, label) in plan.labels.enumerated() where i < table.columns.count {
      if table.columns[i].labelledName == nil { table.columns[i].labelledName = label }
    }
    return table
  }

  func aggregate(_ plan: QueryPlan) throws(Diagnostic) -> ResultTable {
    let grouped: Grouped
    if let referenced = try referencedGroups(plan) {
      grouped = referenced
    } else {
      grouped = try groupedRows(plan)
    }
    let (rowKeys, acrossKey, index) = (grouped.rowKeys, grouped.acrossKey, grouped.index)
    let (n, rows, metricValues) = (index.count, grouped.rows, grouped.metrics)
    let keys = rowKeys + (acrossKey.map { [$0] } ?? [])
    try cancellation.check(plan.span)
    let occupied = keys.isEmpty ? [0] : (0..<n).filter { rows[$0] > 0 }
    if acrossKey == nil, plan.compare.isEmpty,
      index.strides != nil || rowKeys.allSatisfy({ $0.bucket == nil })
    {
      return try slotAnswer(
        plan, keys: rowKeys, index: index,
        occupied: try gapFilled(occupied, keys: rowKeys, index: index, plan: plan),
        metrics: metricValues)
    }
    var records = occupied.map { slot in
      Record(
        codes: index.codes(slot),
        values: zip(plan.metrics, metricValues).map { m, v in v.value(slot, kind: m.kind) })
    }
    var metricColumns = plan.metrics.map { $0.resultColumn() }
    var fills = plan.metrics.map(\.emptyValue)
    if let acrossKey {
      (records, metricColumns) = try pivot(
        records, across: acrossKey, metric: plan.metrics[0], plan: plan)
      fills = metricColumns.map { _ in plan.metrics[0].emptyValue }
    }
    records = try gapFilled(records, keys: rowKeys, fills: fills, plan: plan)
    records = sortedByKeys(records, rowKeys)
    if !plan.compare.isEmpty {
      let missing = plan.compareKey.map { rowKeys[$0].missing }
      (records, metricColumns) = compared(records, plan: plan, missing: missing)
    }
    let columns = rowKeys.flatMap(\.columns) + metricColumns
    var table = ResultTable(
      columns: columns,
      rows: records.map { r in
        zip(rowKeys, r.codes).flatMap { key, code in key.labels(code) } + r.values
      },
      isTimeSeries: rowKeys.first?.bucket != nil)
    try finish(&table, plan)
    return table
  }

  /// Keys, slots and measures of the selected rows, each key's codes worked out per row.
  func groupedRows(_ plan: QueryPlan) throws(Diagnostic) -> Grouped {
    let selection = try selection(plan.filter, table: plan.table)
    try cancellation.check(plan.span)
    let rowKeys = try plan.keys.map { (k) throws(Diagnostic) in
      try keyColumn(k, table: plan.table, selection: selection)
    }
    let acrossKey = try plan.across.map { (k) throws(Diagnostic) in
      try keyColumn(k, table: plan.table, selection: selection)
    }
    let keys = rowKeys + (acrossKey.map { [$0] } ?? [])
    let index = try groups(keys, selection: selection)
    let (slots, n) = (index.slots, index.count)
    let rows = parallelCounts(slots, n, cancel: cancellation)
    try cancellation.check(plan.span)
    var metricValues: [MetricValues] = []
    for m in plan.metrics {
      try cancellation.check(plan.span)
      metricValues.append(
        try accumulate(m, table: plan.table, selection: selection, slots: slots, n: n, rows: rows))
    }
    return Grouped(
      rowKeys: rowKeys, acrossKey: acrossKey, index: index, rows: rows, metrics: metricValues)
  }

  /// Records in the default order: each key ascending by its shown value, missing last.
  /// Values are compared once per distinct code, then records by integer ranks.
  func sortedByKeys(_ records: [Record], _ keys: [KeyColumn]) -> [Record] {
    guard !keys.isEmpty, records.count > 1 else { return records }
    let ranks: [[Int32: Int32]] = keys.indices.map { k in
      let distinct = Set(records.map { $0.codes[k] })
      let ordered = orderedCodes(Array(distinct), of: keys[k])
      var rank: [Int32: Int32] = [:]
      for (i, code) in ordered.enumerated() { rank[code] = Int32(i) }
      return rank
    }
    let keyed = records.map { r in (keys.indices.map { ranks[$0][r.codes[$0]]! }, r) }
    return keyed.sorted { a, b in a.0.lexicographicallyPrecedes(b.0) }.map(\.1)
  }

  /// Applies having, order by and limit to an answer in its default order.
  func finish(_ table: inout ResultTable, _ plan: QueryPlan) throws(Diagnostic) {
    if let having = plan.having {
      var kept: [[Value]] = []
      for row in table.rows where OutputFilter.truth(having, row) == Truth.yes { kept.append(row) }
      table.rows = ResultRows(kept)
    }
    let order: [(Int, Bool, TextOrder)] = plan.order.compactMap { item in
      if case .column(let c) = item.key { return (c, item.descending, item.text) }
      return nil
    }
    if !order.isEmpty {
      table.rows = ResultRows(stableSorted(Array(table.rows), by: order))
    }
    if let limit = plan.limit, table.rows.count > limit {
      table.rows = ResultRows(Array(table.rows.prefix(limit)))
    }
  }

  /// Sorts rows by the given (column, descending, text order) list, keeping the present order
  /// for ties; missing values sort last either way.
  func stableSorted(_ rows: [[Value]], by order: [(Int, Bool, TextOrder)]) -> [[Value]] {
    let indexed = rows.enumerated().map { ($0.offset, $0.element) }
    return indexed.sorted { x, y in
      for (column, descending, text) in order {
        let a = x.1[column]
        let b = y.1[column]
        if a == .missing || b == .missing {
          if a == b { continue }
          return b == .missing
        }
        let c = a.order(b, text: text)
        if c != 0 { return descending ? c > 0 : c < 0 }
      }
      return x.0 < y.0
    }.map(\.1)
  }

  /// Adds the missing time buckets of every series (each combination of the other keys): over
  /// the period `where` bounds the date to, or else between the series' own first and last
  /// bucket.
  func gapFilled(_ records: [Record], keys: [KeyColumn], fills: [Value], plan: QueryPlan)
    throws(Diagnostic) -> [Record]
  {
    guard let b = keys.firstIndex(where: { $0.bucket != nil }) else { return records }
    let missing = keys[b].missing
    var ranges: [[Int32]: (Int32, Int32)?] = [:]
    var present = Set<[Int32]>()
    for r in records {
      present.insert(r.codes)
      let c = r.codes[b]
      if c == missing { continue }
      var series = r.codes
      series[b] = 0
      let old = (ranges[series] ?? nil) ?? (c, c)
      ranges[series] = (min(old.0, c), max(old.1, c))
    }
    if ranges.isEmpty, keys.count == 1, keys[b].periodCodes.first != nil {
      ranges[[0]] = .some(nil)
    }
    var budget = FillBudget(key: keys[b], plan: plan)
    for range in ranges.values {
      guard let (lo, hi) = keys[b].fillRange(present: range) else { continue }
      try budget.add(lo, hi)
    }
    var out = records
    for (series, range) in ranges {
      try cancellation.check(plan.span)
      guard let (lo, hi) = keys[b].fillRange(present: range) else { continue }
      for c in lo...hi {
        var codes = series
        codes[b] = c
        if !present.contains(codes) { out.append(Record(codes: codes, values: fills)) }
      }
    }
    return out
  }

  /// Turns the last key into columns: one column per value, one row per other-key combination.
  func pivot(_ records: [Record], across: KeyColumn, metric: MetricPlan, plan: QueryPlan)
    throws(Diagnostic) -> ([Record], [ResultColumn])
  {
    // Its size is known from the records: refused past the limit before a cell is made.
    let columnCount = Set(records.map { $0.codes.last! }).count
    let rowCount = Set(records.map { $0.codes.dropLast() }).count
    let (cells, overflow) = rowCount.multipliedReportingOverflow(by: columnCount)
    if overflow || cells > Limits.crosstabCells {
      throw .error(
        limitMessages.crosstabTooLarge(
          NumberText.grouped(rowCount), NumberText.grouped(columnCount),
          NumberText.grouped(Limits.crosstabCells)),
        at: plan.span, notes: [limitMessages.crossFewer()])
    }
    try cancellation.check(plan.span)
    let acrossCodes = across.columnCodes(Set(records.map { $0.codes.last! }), text: textOrder)
    let position = Dictionary(uniqueKeysWithValues: acrossCodes.enumerated().map { ($1, $0) })
    var rows: [[Int32]: [Value]] = [:]
    var order: [[Int32]] = []
    for r in records {
      let key = Array(r.codes.dropLast())
      if rows[key] == nil {
        rows[key] = [Value](repeating: metric.emptyValue, count: acrossCodes.count)
        order.append(key)
      }
      rows[key]![position[r.codes.last!]!] = r.values[0]
    }
    let labels = across.columns.first?.codeLabels ?? [:]
    let columns = acrossCodes.map { code in
      metric.acrossColumn(
        across.labels(code)[0], labels: labels, sensitive: across.columns.first?.sensitive ?? false)
    }
    return (order.map { Record(codes: $0, values: rows[$0]!) }, columns)
  }
}

extension MetricPlan {
  /// The cell of a group with no rows (see `AggregateFunction.emptyValue`).
  var emptyValue: Value { formulaEmptyValue ?? function.emptyValue(kind) }
}

extension MetricValues {
  func value(_ slot: Int, kind: ResultKind) -> Value {
    switch self {
    case .integers(let v):
      // `Int64.min` is an empty `min` or `max`; counts and sums never reach it.
      return v[slot] == ColumnData.missingInteger ? .missing : .integer(v[slot])
    case .texts(let v): return v[slot].map { .text($0) } ?? .missing
    case .numbers(let v):
      let x = v[slot]
      if x.isNaN { return .missing }
      switch kind {
      case .integer: return .integer(Int64(x))
      case .date: return .date(Int32(x))
      default: return .decimal(x)
      }
    }
  }
}
