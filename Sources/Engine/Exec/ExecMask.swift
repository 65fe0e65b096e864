import Lang

/// Runs plans over the store, column-at-a-time. It knows the store and the flag a long
/// query polls; nothing of the statement's text.
struct Executor {
  let store: Store
  let cancellation: CancellationFlag
  /// How text keys are put in order where the plan does not say (pinyin unless asked).
  var textOrder: TextOrder = .pinyin
  /// The query being run, for a message about its values (a sum beyond `Int64`).
  var span: Span = .at(0)
  var resolver: Resolver { Resolver(store: store) }

  /// The values of a row expression for every row of `table`.
  func vector(_ e: RowExpr, table: Int) throws(Diagnostic) -> Vector {
    switch e {
    case .path(let p, let follow):
      return resolver.vector(p, followReference: follow)
    case .bucket(let bucket, let p):
      guard case .date(let days) = resolver.vector(p) else { return .integer([]) }
      return .integer(bucketKeys(days, bucket))
    case .year(let p):
      guard case .date(let days) = resolver.vector(p) else { return .integer([]) }
      return .integer(bucketKeys(days, .year))
    case .related(let r):
      return try relatedValues(r, baseRows: store.tables[table].rowCount)
    case .number(let v):
      let n = store.tables[table].rowCount
      switch v {
      case .integer(let k): return .integer([Int64](repeating: k, count: n))
      case .decimal(let d): return .decimal([Double](repeating: d, count: n))
      }
    case .arithmetic(let op, let a, let b, let type):
      return try arithmetic(op, a, b, type: type, table: table)
    }
  }

  /// For each base row, the aggregate of the related rows that refer to it and pass the filter:
  /// a count, or the sum (0 when none), average, minimum, maximum, median or standard
  /// deviation (empty when none; a standard deviation also for one).
  func relatedValues(_ r: RelatedPlan, baseRows: Int) throws(Diagnostic) -> Vector {
    guard let valueExpr = r.value else {
      return .integer(try relatedCounts(r, baseRows: baseRows))
    }
    let values = try vector(valueExpr, table: r.table)
    let refs = r.reference.rows
    let m = try r.filter.map { (f) throws(Diagnostic) in try mask(f, table: r.table) }
    if case .integer(let wholes) = values, [.sum, .min, .max].contains(r.function) {
      return .integer(
        try relatedWholes(r.function, wholes, refs: refs, mask: m, baseRows: baseRows))
    }
    // As in `accumulate`: a median (a decimal) of whole numbers beyond 2^53 would be rounded.
    if r.function == .median, case .integer(let wholes) = values,
      ExactNumbers.anyBeyondDouble(wholes)
    {
      throw .error(exactNumberMessages.medianNotExact(), at: span)
    }
    var sums = [Double](repeating: 0, count: baseRows)
    var carries = [Double](repeating: 0, count: baseRows)
    var counts = [Int64](repeating: 0, count: baseRows)
    var best = [Double](repeating: .nan, count: baseRows)
    var lists = [[Double]](repeating: [], count: r.function == .median ? baseRows : 0)
    var spreads = [Spread](repeating: Spread(), count: r.function == .stddev ? baseRows : 0)
    for i in 0..<refs.count where refs[i] >= 0 && (m == nil || m![i] == Truth.yes) {
      let x = values.number(i)
      if x.isNaN { continue }
      let b = Int(refs[i])
      counts[b] += 1
      DecimalSum.add(x, to: &sums[b], carry: &carries[b])
      if best[b].isNaN || (r.function == .min ? x < best[b] : x > best[b]) { best[b] = x }
      if r.function == .median { lists[b].append(x) }
      if r.function == .stddev { spreads[b].add(x) }
    }
    for b in 0..<baseRows where counts[b] > 0 {
      sums[b] = DecimalSum.snapped(sums[b] + carries[b])
    }
    switch r.function {
    case .count, .countDistinct: return .integer(counts)
    case .sum where r.type == .integer: return .integer(sums.map { Int64($0) })
    case .sum: return .decimal(sums)
    case .avg:
      return .decimal(
        (0..<baseRows).map {
          guard counts[$0] > 0 else { return .nan }
          let average = sums[$0] / Double(counts[$0])
          // As in `accumulate`: only an average of decimals is snapped to its decimal.
          guard case .decimal = values else { return average }
          return DecimalSum.snapped(average)
        })
    case .min, .max:
      switch r.type {
      case .integer: return .integer(best.map { $0.isNaN ? ColumnData.missingInteger : Int64($0) })
      case .date: return .date(best.map { $0.isNaN ? ColumnData.missingDate : Int32($0) })
      default: return .decimal(best)
      }
    case .median: return .decimal(lists.map(median))
    case .stddev: return .decimal(spreads.map(\.standardDeviation))
    case .rate: return .decimal(sums)
    }
  }

  /// For each base row, how many rows of the related table refer to it (and pass its filter).
  func relatedCounts(_ r: RelatedPlan, baseRows: Int) throws(Diagnostic) -> [Int64] {
    var counts = [Int64](repeating: 0, count: baseRows)
    let refs = r.reference.rows
    if let filter = r.filter {
      let m = try mask(filter, table: r.table)
      for i in 0..<refs.count where m[i] == Truth.yes && refs[i] >= 0 { counts[Int(refs[i])] += 1 }
    } else {
      for i in 0..<refs.count where refs[i] >= 0 { counts[Int(refs[i])] += 1 }
    }
    return counts
  }

  /// The bucket number of every day (`Int64.min` when missing): a column's dates, or those of
  /// its selected rows; through a table of the days in their range when that is shorter, so
  /// the calendar is worked out once per day rather than once per row.
  func bucketKeys(_ days: [Int32], _ bucket: Bucket) -> [Int64] {
    var lo = Int32.max
    var hi = Int32.min
    for d in days where d != ColumnData.missingDate {
      lo = min(lo, d)
      hi = max(hi, d)
    }
    // A calendar per day of the span when the span is shorter than the rows (and at most a
    // million days), else per row: a few selected rows far apart need few conversions.
    guard lo <= hi, Int(hi) - Int(lo) < min(days.count, 1 << 20) else {
      return days.map { $0 == ColumnData.missingDate ? .min : Int64(bucket.key($0)) }
    }
    let keys = (lo...hi).map { Int64(bucket.key($0)) }
    return days.map { $0 == ColumnData.missingDate ? .min : keys[Int($0 - lo)] }
  }

  /// A test of one column reached through references, worked out on the referred table
  /// (each of its rows once) and then carried to the base rows through the row index:
  /// `session.date in 2016` tests 200 thousand sessions, not 10 million attendance rows.
  private func maskThroughReferences(_ p: Predicate, table: Int) throws(Diagnostic) -> [UInt8]? {
    let local: Predicate
    let path: ResolvedPath
    switch p {
    case .textTable(.path(let q, false), let truth, let test):
      (local, path) = (.textTable(.path(q.withoutHops, follow: false), truth, test: test), q)
    case .number(.path(let q, false), let op, let c):
      (local, path) = (.number(.path(q.withoutHops, follow: false), op, c), q)
    case .range(.path(let q, false), let lo, let hi):
      (local, path) = (.range(.path(q.withoutHops, follow: false), low: lo, high: hi), q)
    case .range(.year(let q), let lo, let hi):
      (local, path) = (.range(.year(q.withoutHops), low: lo, high: hi), q)
    case .numberSet(.path(let q, false), let set):
      (local, path) = (.numberSet(.path(q.withoutHops, follow: false), set), q)
    case .isEmpty(.path(let q, false), let negated):
      (local, path) = (.isEmpty(.path(q.withoutHops, follow: false), negated: negated), q)
    default:
      return nil
    }
    guard let index = resolver.rowIndex(path.hops) else { return nil }
    let target = try mask(local, table: path.table)
    // A row whose reference is empty has an empty value: unknown, or empty for `is empty`.
    var missing = Truth.unknown
    if case .isEmpty(_, let negated) = p { missing = negated ? Truth.no : Truth.yes }
    return gather(target, index, missing: missing)
  }

  /// The three-valued truth of a predicate for every row of `table`.
  func mask(_ p: Predicate, table: Int) throws(Diagnostic) -> [UInt8] {
    let n = store.tables[table].rowCount
    try cancellation.check(.at(0))
    if let carried = try maskThroughReferences(p, table: table) { return carried }
    switch p {
    case .constant(let t):
      return [UInt8](repeating: t, count: n)
    case .textTable(let e, let truth, _):
      guard case .text(let codes, _) = try vector(e, table: table) else { return [] }
      return textTruth(codes, truth)
    case .number(let e, let op, let c):
      let v = try vector(e, table: table)
      if case .integer(let k) = c {
        return numbers(
          v, whole: { x in compare(x, op, k) }, fraction: { x in op.holds(c.order(of: x)) })
      }
      return numbers(
        v, whole: { x in op.holds(c.order(of: x)) }, fraction: { x in op.holds(c.order(of: x)) })
    case .range(let e, let lo, let hi):
      return numbers(
        try vector(e, table: table), whole: { x in x >= lo && x <= hi },
        fraction: { x in exactOrder(lo, x) <= 0 && exactOrder(hi, x) >= 0 })
    case .pair(let a, let op, let b):
      let x = try vector(a, table: table)
      let y = try vector(b, table: table)
      if case .text(let xs, let dx) = x, case .text(let ys, let dy) = y {
        return (0..<n).map { i in
          if xs[i] == ColumnData.missingCode || ys[i] == ColumnData.missingCode {
            return Truth.unknown
          }
          let c = dx.withUTF8(xs[i]) { p in dy.withUTF8(ys[i]) { q in byteOrder(p, q) } }
          return op.holds(c) ? Truth.yes : Truth.no
        }
      }
      return (0..<n).map { i in
        guard let order = x.order(i, y, i) else { return Truth.unknown }
        return op.holds(order) ? Truth.yes : Truth.no
      }
    case .isEmpty(let e, let negated):
      let v = try vector(e, table: table)
      return (0..<n).map { v.isMissing($0) != negated ? Truth.yes : Truth.no }
    case .has(let r, let negated):
      let counts = try relatedCounts(r, baseRows: n)
      return counts.map { ($0 > 0) != negated ? Truth.yes : Truth.no }
    case .all(let parts):
      guard var x = try parts.first.map({ (p) throws(Diagnostic) in try mask(p, table: table) })
      else { return [UInt8](repeating: Truth.yes, count: n) }
      for part in parts.dropFirst() {
        let y = try mask(part, table: table)
        for i in 0..<n where x[i] != Truth.no { x[i] = Truth.and(x[i], y[i]) }
      }
      return x
    case .any(let parts):
      guard var x = try parts.first.map({ (p) throws(Diagnostic) in try mask(p, table: table) })
      else { return [UInt8](repeating: Truth.no, count: n) }
      for part in parts.dropFirst() {
        let y = try mask(part, table: table)
        for i in 0..<n where x[i] != Truth.yes { x[i] = Truth.or(x[i], y[i]) }
      }
      return x
    case .numberSet(let e, let set):
      return numbers(
        try vector(e, table: table), whole: { set.contains($0) }, fraction: { set.contains($0) })
    case .not(let a):
      var x = try mask(a, table: table)
      for i in 0..<n { x[i] = Truth.not(x[i]) }
      return x
    }
  }

  /// The rows of `table` for which the filter is true (nil filter: all rows).
  func selection(_ filter: Predicate?, table: Int) throws(Diagnostic) -> [Int32] {
    let n = store.tables[table].rowCount
    guard let filter else { return (0..<Int32(n)).map { $0 } }
    // A test of one text column of the table itself picks its rows without a mask between.
    if case .textTable(.path(let q, false), let truth, _) = filter, q.hops.isEmpty {
      try cancellation.check(.at(0))
      if case .text(let codes, _) = try vector(.path(q, follow: false), table: table) {
        return textSelection(codes, truth)
      }
    }
    return selectedRows(try mask(filter, table: table))
  }

  /// Applies a test to each number of a vector: `whole` to whole numbers (integers, day
  /// numbers, booleans as 0/1, row indices) as `Int64`, never rounded through a `Double`;
  /// `fraction` to decimals. Missing values give unknown.
  private func numbers(
    _ v: Vector, whole: (Int64) -> Bool, fraction: (Double) -> Bool
  ) -> [UInt8] {
    func run<T>(_ values: [T], _ isMissing: (T) -> Bool, _ number: (T) -> Int64) -> [UInt8] {
      values.map { isMissing($0) ? Truth.unknown : (whole(number($0)) ? Truth.yes : Truth.no) }
    }
    switch v {
    case .integer(let a): return run(a, { $0 == ColumnData.missingInteger }, { $0 })
    case .decimal(let a):
      return a.map { $0.isNaN ? Truth.unknown : (fraction($0) ? Truth.yes : Truth.no) }
    case .date(let a): return run(a, { $0 == ColumnData.missingDate }, { Int64($0) })
    case .boolean(let a): return run(a, { $0 == ColumnData.missingBoolean }, { Int64($0) })
    case .rows(let a, _): return run(a, { $0 < 0 }, { Int64($0) })
    case .text(let a, _): return a.map { _ in Truth.unknown }
    }
  }
}

@inline(__always)
func compare<T: Comparable>(_ a: T, _ op: CompareOp, _ b: T) -> Bool {
  switch op {
  case .equal: a == b
  case .notEqual: a != b
  case .less: a < b
  case .lessOrEqual: a <= b
  case .greater: a > b
  case .greaterOrEqual: a >= b
  }
}

/// -1, 0 or 1: two UTF-8 strings by their bytes.
func byteOrder(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
  if a.elementsEqual(b) { return 0 }
  return a.lexicographicallyPrecedes(b) ? -1 : 1
}

extension Executor {
  /// `sum`, `min` or `max` of whole numbers per base row, as whole numbers (a sum of none is
  /// 0, a minimum of none empty); a sum beyond `Int64` is an error, not a rounded number.
  func relatedWholes(
    _ function: AggregateFunction, _ values: [Int64], refs: [Int32], mask: [UInt8]?,
    baseRows: Int
  ) throws(Diagnostic) -> [Int64] {
    let missing = ColumnData.missingInteger
    var out = [Int64](repeating: function == .sum ? 0 : missing, count: baseRows)
    var overflow = false
    for i in 0..<refs.count where refs[i] >= 0 && (mask == nil || mask![i] == Truth.yes) {
      let x = values[i]
      if x == missing { continue }
      let b = Int(refs[i])
      switch function {
      case .sum:
        let (s, o) = out[b].addingReportingOverflow(x)
        out[b] = s
        overflow = overflow || o
      case .min: if out[b] == missing || x < out[b] { out[b] = x }
      default: if out[b] == missing || x > out[b] { out[b] = x }
      }
    }
    if overflow { throw .error(exactNumberMessages.sumTooLarge(), at: span) }
    return out
  }
}
