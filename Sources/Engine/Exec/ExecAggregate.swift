import Dispatch
import Lang

/// The group slot of every selected row, and the key codes of each slot.
struct GroupIndex {
  /// Slot of each selected row (parallel to the selection); empty when the measures were
  /// worked out without an array of slots (`referencedGroups`).
  var slots: [Int32]
  /// Number of slots; some may hold no row.
  var count: Int
  /// The key codes of a slot, one per key.
  var codes: @Sendable (Int) -> [Int32]
  /// When slots are combined codes (`slot = Σ code[k] * strides[k]`), the strides.
  var strides: [Int]? = nil
}

/// The accumulated value of one metric per slot.
enum MetricValues {
  case integers([Int64])
  case numbers([Double])
  /// Text minimum/maximum: the chosen string per slot.
  case texts([String?])
}

extension Executor {
  /// Assigns every selected row a group slot from its key codes. When the key codes combine
  /// into a small space, the slot is the combined code itself (no lookup at all); when the
  /// combined code fits in an integer, slots are numbered through a hash table of combined
  /// codes in order of first appearance; only when even that overflows (many keys with many
  /// values each) are the codes hashed as arrays.
  func groups(_ keys: [KeyColumn], selection: [Int32]) throws(Diagnostic) -> GroupIndex {
    if keys.isEmpty {
      return GroupIndex(slots: [Int32](repeating: 0, count: selection.count), count: 1) { _ in [] }
    }
    // The first key is the most significant, so slot order is key-code order.
    let layout = SlotLayout(keys)
    let (strides, total, overflow) = (layout.strides, layout.total, layout.overflow)
    let decode = layout.decode(keys)
    if !overflow && total <= 1 << 24 {
      if keys.count == 1, keys[0].perSelection || selection.count == keys[0].codes.count {
        // The key's codes follow the selection (or every row is selected, in order): they
        // are the slots.
        return GroupIndex(slots: keys[0].codes, count: total, codes: decode, strides: strides)
      }
      var slots = [Int32](repeating: 0, count: selection.count)
      let keyCodes = keys.map(\.codes)
      let perSelection = keys.map(\.perSelection)
      let flag = cancellation
      slots.withUnsafeMutableBufferPointer { out in
        selection.withUnsafeBufferPointer { sel in
          forEachChunk(sel.count) { range in
            for i in range {
              if flag.stops(at: i) { break }
              var combined = 0
              for k in 0..<keyCodes.count {
                let at = perSelection[k] ? i : Int(sel[i])
                combined &+= Int(keyCodes[k][at]) &* strides[k]
              }
              out[i] = Int32(combined)
            }
          }
        }
      }
      try cancellation.check(.at(0))
      return GroupIndex(slots: slots, count: total, codes: decode, strides: strides)
    }
    var slots = [Int32](repeating: 0, count: selection.count)
    if !overflow {
      // Too many combinations to index directly, but each is one integer: hash that.
      var slotOf: [Int: Int32] = [:]
      var combinations: [Int] = []
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        var combined = 0
        for k in keys.indices { combined &+= Int(keys[k].code(i, row: r)) &* strides[k] }
        if let s = slotOf[combined] {
          slots[i] = s
        } else {
          slotOf[combined] = Int32(combinations.count)
          slots[i] = Int32(combinations.count)
          combinations.append(combined)
        }
      }
      return GroupIndex(slots: slots, count: combinations.count) { [combinations] in
        decode(combinations[$0])
      }
    }
    var slotOf: [[Int32]: Int32] = [:]
    var codes: [[Int32]] = []
    for (i, r) in selection.enumerated() {
      try cancellation.poll(i)
      let combination = keys.map { $0.code(i, row: r) }
      if let s = slotOf[combination] {
        slots[i] = s
      } else {
        slotOf[combination] = Int32(codes.count)
        slots[i] = Int32(codes.count)
        codes.append(combination)
      }
    }
    return GroupIndex(slots: slots, count: codes.count) { [codes] in codes[$0] }
  }

  /// Computes one metric per slot over the selected rows.
  func accumulate(
    _ m: MetricPlan, table: Int, selection: [Int32], slots: [Int32], n: Int, rows: [Int64]
  ) throws(Diagnostic) -> MetricValues {
    if let formula = m.formula {
      // Measures combined by arithmetic: each measure, then the formula per group.
      var parts: [[Double]] = []
      for part in m.parts {
        let values = try accumulate(
          part, table: table, selection: selection, slots: slots, n: n, rows: rows)
        parts.append((0..<n).map { values.number($0) })
      }
      // Numbers (NaN empty) even for a whole-number formula: an empty measure (`max` of no
      // rows) leaves its group's cell empty, and whole numbers are made when cells are read.
      return .numbers(
        (0..<n).map { slot in
          let x = formula.evaluate { parts[$0][slot] }
          return x.isInfinite ? .nan : DecimalSum.snapped(x)
        })
    }
    if let filter = m.filter {
      // A filtered measure: the same measure over the selected rows that pass its filter.
      let mask = try self.mask(filter, table: table)
      var kept: [Int32] = []
      var keptSlots: [Int32] = []
      var counts = [Int64](repeating: 0, count: n)
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        guard mask[Int(r)] == Truth.yes else { continue }
        kept.append(r)
        keptSlots.append(slots[i])
        counts[Int(slots[i])] += 1
      }
      var plain = m
      plain.filter = nil
      return try accumulate(
        plain, table: table, selection: kept, slots: keptSlots, n: n, rows: counts)
    }
    switch m.function {
    case .count where m.argument == nil:
      return .integers(rows)
    case .rate:
      let mask = try self.mask(m.condition!, table: table)
      var yes = [Double](repeating: 0, count: n)
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        guard mask[Int(r)] == Truth.yes else { continue }
        yes[Int(slots[i])] += 1
      }
      return .numbers((0..<n).map { rows[$0] == 0 ? .nan : yes[$0] / Double(rows[$0]) })
    default:
      break
    }
    let v = try vector(m.argument!, table: table)
    switch m.function {
    case .count:
      var counts = [Int64](repeating: 0, count: n)
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        if !v.isMissing(Int(r)) { counts[Int(slots[i])] += 1 }
      }
      return .integers(counts)
    case .countDistinct:
      if let counts = distinctByBitset(v, selection: selection, slots: slots, n: n) {
        return .integers(counts)
      }
      var seen = Set<DistinctPair>()
      var counts = [Int64](repeating: 0, count: n)
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        guard let x = v.distinctKey(Int(r)) else { continue }
        if seen.insert(DistinctPair(slot: slots[i], value: x)).inserted {
          counts[Int(slots[i])] += 1
        }
      }
      return .integers(counts)
    case .sum where m.kind == .integer:
      guard case .integer(let values) = v else { return .integers([]) }
      var sums = [Int64](repeating: 0, count: n)
      var overflow = false
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        guard values[Int(r)] != ColumnData.missingInteger else { continue }
        let (s, o) = sums[Int(slots[i])].addingReportingOverflow(values[Int(r)])
        sums[Int(slots[i])] = s
        overflow = overflow || o
      }
      if overflow { throw .error(exactNumberMessages.sumTooLarge(), at: span) }
      return .integers(sums)
    case .sum, .avg:
      let (sums, counts) = sumsAndCounts(v, selection: selection, slots: slots, n: n)
      let decimals: Bool
      if case .decimal = v { decimals = true } else { decimals = false }
      return summed(m, sums: sums, counts: counts, decimals: decimals)
    case .min, .max:
      if case .text(let codes, let dictionary) = v {
        var best = [String?](repeating: nil, count: n)
        let strings = dictionary.strings
        for (i, r) in selection.enumerated() {
          try cancellation.poll(i)
          guard codes[Int(r)] != ColumnData.missingCode else { continue }
          let s = strings[Int(codes[Int(r)])]
          let slot = Int(slots[i])
          if let b = best[slot] {
            let less = s.utf8.lexicographicallyPrecedes(b.utf8)
            if m.function == .min ? less : (!less && s != b) { best[slot] = s }
          } else {
            best[slot] = s
          }
        }
        return .texts(best)
      }
      if case .integer(let values) = v {
        return .integers(wholeExtremes(values, min: m.function == .min, selection, slots, n))
      }
      var best = [Double](repeating: .nan, count: n)
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        let x = v.number(Int(r))
        if x.isNaN { continue }
        let slot = Int(slots[i])
        if best[slot].isNaN || (m.function == .min ? x < best[slot] : x > best[slot]) {
          best[slot] = x
        }
      }
      return .numbers(best)
    case .median:
      var values = [[Double]](repeating: [], count: n)
      // A median is a decimal: whole numbers beyond 2^53 (ID-card numbers) would be rounded.
      var wholes: [Int64] = []
      if case .integer(let w) = v { wholes = w }
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        if !wholes.isEmpty, ExactNumbers.isBeyondDouble(wholes[Int(r)]) {
          throw .error(exactNumberMessages.medianNotExact(), at: span)
        }
        let x = v.number(Int(r))
        if !x.isNaN { values[Int(slots[i])].append(x) }
      }
      return .numbers(values.map(median))
    case .stddev:
      var spreads = [Spread](repeating: Spread(), count: n)
      for (i, r) in selection.enumerated() {
        try cancellation.poll(i)
        let x = v.number(Int(r))
        if !x.isNaN { spreads[Int(slots[i])].add(x) }
      }
      return .numbers(spreads.map(\.standardDeviation))
    case .rate:
      return .numbers([])
    }
  }
}

extension Executor {
  /// Sum and number of the non-empty values per slot, in typed loops over raw buffers, on
  /// both cores for long selections (each with its own partial sums, added at the end).
  func sumsAndCounts(_ v: Vector, selection: [Int32], slots: [Int32], n: Int)
    -> ([Double], [Double])
  {
    let chunks = selection.count >= 1 << 18 ? 2 : 1
    var sums = [[Double]](repeating: [Double](repeating: 0, count: n), count: chunks)
    var counts = sums
    // Decimals carry each addition's rounding error (see `DecimalSum`); whole numbers, day
    // numbers and booleans add exactly and keep the plain loop.
    let compensated: Bool
    if case .decimal = v { compensated = true } else { compensated = false }
    var carries = [[Double]](repeating: [], count: chunks)
    if compensated { carries = sums }
    let flag = cancellation
    // `T.number` is resolved when `run` is specialized, so the loop calls no closure.
    func run<T: NumberCell>(_ values: [T]) {
      let size = (selection.count + chunks - 1) / chunks
      sums.withUnsafeMutableBufferPointer { sumParts in
        counts.withUnsafeMutableBufferPointer { countParts in
          carries.withUnsafeMutableBufferPointer { carryParts in
            values.withUnsafeBufferPointer { vals in
              selection.withUnsafeBufferPointer { sel in
                slots.withUnsafeBufferPointer { slot in
                  let shared = Unchecked(
                    (
                      sumParts.baseAddress!, countParts.baseAddress!, carryParts.baseAddress!,
                      vals, sel, slot
                    ))
                  DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let (sumPart, countPart, carryPart, vals, sel, slot) = shared.value
                    sumPart[c].withUnsafeMutableBufferPointer { sum in
                      countPart[c].withUnsafeMutableBufferPointer { count in
                        carryPart[c].withUnsafeMutableBufferPointer { carry in
                          let range = c * size..<min(sel.count, (c + 1) * size)
                          if compensated {
                            for i in range {
                              if flag.stops(at: i) { break }
                              let x = T.number(vals[Int(sel[i])])
                              if x.isNaN { continue }
                              DecimalSum.add(x, to: &sum[Int(slot[i])], carry: &carry[Int(slot[i])])
                              count[Int(slot[i])] += 1
                            }
                          } else {
                            for i in range {
                              if flag.stops(at: i) { break }
                              let x = T.number(vals[Int(sel[i])])
                              if x.isNaN { continue }
                              sum[Int(slot[i])] += x
                              count[Int(slot[i])] += 1
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    switch v {
    case .decimal(let a): run(a)
    case .integer(let a): run(a)
    case .date(let a): run(a)
    case .boolean(let a): run(a)
    case .rows, .text: break
    }
    return mergedSums(sums, counts, carries: compensated ? carries : nil, n: n)
  }

  /// The sums and counts of the cores' parts, added in order: with `carries` (decimals), each
  /// part's sum with its rounding error carried and the total snapped (see `DecimalSum`).
  func mergedSums(_ sums: [[Double]], _ counts: [[Double]], carries: [[Double]]?, n: Int)
    -> ([Double], [Double])
  {
    var sum = sums[0]
    var count = counts[0]
    var carry = carries?[0] ?? []
    for c in 1..<sums.count {
      for i in 0..<n {
        if let carries {
          DecimalSum.add(sums[c][i], to: &sum[i], carry: &carry[i])
          carry[i] += carries[c][i]
        } else {
          sum[i] += sums[c][i]
        }
        count[i] += counts[c][i]
      }
    }
    if carries != nil { for i in 0..<n { sum[i] = DecimalSum.snapped(sum[i] + carry[i]) } }
    return (sum, count)
  }

  /// A `sum` or `avg` per slot from the sums and counts of the present values.
  func summed(_ m: MetricPlan, sums: [Double], counts: [Double], decimals: Bool) -> MetricValues {
    if m.function == .sum { return .numbers(sums) }
    // An average of decimals comes out as the decimal it is (0.1, 0.2, 0.3 → 0.2); one of
    // whole numbers is their exact sum divided once, as SQL's AVG gives it, never moved to
    // a nearby shorter decimal.
    return .numbers(
      sums.indices.map { slot in
        guard counts[slot] > 0 else { return .nan }
        let average = sums[slot] / counts[slot]
        return decimals ? DecimalSum.snapped(average) : average
      })
  }

  /// `count distinct` of codes or row indices with one bit per (slot, value): no hashing.
  func distinctByBitset(_ v: Vector, selection: [Int32], slots: [Int32], n: Int) -> [Int64]? {
    let values: [Int32]
    let domain: Int
    switch v {
    case .rows(let rows, let table):
      values = rows
      domain = store.tables[table].rowCount
    case .text(let codes, let dictionary):
      values = codes.map { $0 == ColumnData.missingCode ? -1 : Int32($0) }
      domain = dictionary.count
    default:
      return nil
    }
    // One bit per (slot, value), each slot's bits starting on a word; each core marks the
    // values of its half of the rows in its own bitset, then the bitsets are joined and each
    // slot's bits counted.
    let words = (domain + 63) / 64
    guard n * words <= 1 << 24 else { return nil }
    let chunks = selection.count >= 1 << 18 ? 2 : 1
    var seen = [[UInt64]](repeating: [UInt64](repeating: 0, count: n * words), count: chunks)
    let size = (selection.count + chunks - 1) / chunks
    let flag = cancellation
    seen.withUnsafeMutableBufferPointer { parts in
      values.withUnsafeBufferPointer { vals in
        selection.withUnsafeBufferPointer { sel in
          slots.withUnsafeBufferPointer { slot in
            let shared = Unchecked((parts.baseAddress!, vals, sel, slot))
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
              let (parts, vals, sel, slot) = shared.value
              parts[c].withUnsafeMutableBufferPointer { bits in
                for i in c * size..<min(sel.count, (c + 1) * size) {
                  if flag.stops(at: i) { break }
                  let x = vals[Int(sel[i])]
                  if x < 0 { continue }
                  bits[Int(slot[i]) * words + Int(x) >> 6] |= 1 << UInt64(x & 63)
                }
              }
            }
          }
        }
      }
    }
    var joined = seen[0]
    for part in seen.dropFirst() { for w in 0..<joined.count { joined[w] |= part[w] } }
    return (0..<n).map { s in
      var count = 0
      for w in s * words..<(s + 1) * words { count += joined[w].nonzeroBitCount }
      return Int64(count)
    }
  }
}

/// The middle value (mean of the two middle values for an even count); NaN for none.
func median(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return .nan }
  let s = values.sorted()
  return s.count % 2 == 1
    ? s[s.count / 2] : DecimalSum.snapped((s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

/// Welford's running count, mean and sum of squared deviations from the mean: the sample
/// standard deviation in one pass, without the cancellation of `Σx² − (Σx)²/n` for values
/// far from 0, and nothing allocated per value.
struct Spread {
  var count = 0.0
  var mean = 0.0
  var squares = 0.0

  mutating func add(_ x: Double) {
    count += 1
    let delta = x - mean
    mean += delta / count
    squares += delta * (x - mean)
  }

  /// The sample standard deviation (dividing by n − 1); NaN (empty) for fewer than two values.
  var standardDeviation: Double { count < 2 ? .nan : (squares / (count - 1)).squareRoot() }
}

/// A (group slot, value) pair for `count distinct`.
struct DistinctPair: Hashable {
  var slot: Int32
  var value: Int64
}

extension Vector {
  /// A whole number identifying row `row`'s value for `count distinct`; nil when missing.
  func distinctKey(_ row: Int) -> Int64? {
    if isMissing(row) { return nil }
    switch self {
    case .integer(let v): return v[row]
    case .decimal(let v): return Int64(bitPattern: v[row].bitPattern)
    case .boolean(let v): return Int64(v[row])
    case .date(let v): return Int64(v[row])
    case .text(let v, _): return Int64(v[row])
    case .rows(let v, _): return Int64(v[row])
    }
  }
}

/// A stored cell that reads as a number, NaN when missing.
protocol NumberCell {
  static func number(_ cell: Self) -> Double
}

extension Double: NumberCell {
  @inline(__always) static func number(_ cell: Double) -> Double { cell }
}

extension Int64: NumberCell {
  @inline(__always) static func number(_ cell: Int64) -> Double {
    cell == ColumnData.missingInteger ? .nan : Double(cell)
  }
}

extension Int32: NumberCell {
  /// A date: days since 1970.
  @inline(__always) static func number(_ cell: Int32) -> Double {
    cell == ColumnData.missingDate ? .nan : Double(cell)
  }
}

extension UInt8: NumberCell {
  /// A boolean: 0 or 1.
  @inline(__always) static func number(_ cell: UInt8) -> Double {
    cell == ColumnData.missingBoolean ? .nan : Double(cell)
  }
}

/// The smallest (or largest) whole number per slot, compared as whole numbers (two 18-digit
/// ids one apart are the same `Double`); `Int64.min` (empty) for a slot with none.
func wholeExtremes(
  _ values: [Int64], min: Bool, _ selection: [Int32], _ slots: [Int32], _ n: Int
) -> [Int64] {
  let missing = ColumnData.missingInteger
  var best = [Int64](repeating: missing, count: n)
  for (i, r) in selection.enumerated() {
    let x = values[Int(r)]
    if x == missing { continue }
    let slot = Int(slots[i])
    if best[slot] == missing || (min ? x < best[slot] : x > best[slot]) { best[slot] = x }
  }
  return best
}

extension MetricValues {
  /// The value of a slot as a number (NaN when empty), for measures combined by arithmetic.
  func number(_ slot: Int) -> Double {
    switch self {
    case .integers(let v): v[slot] == ColumnData.missingInteger ? .nan : Double(v[slot])
    case .numbers(let v): v[slot]
    case .texts: .nan
    }
  }
}
