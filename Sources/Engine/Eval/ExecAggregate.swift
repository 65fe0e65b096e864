import Lang

/// The accumulated value of one metric per slot.
enum MetricValues {
  case integers([Int64])
  case numbers([Double])
  /// Text minimum/maximum: the chosen string per slot.
  case texts([String?])
}

extension Executor {
  /// Assigns every selected row a group slot from its key codes. Slots are numbered in order
  /// of first appearance. When the key codes combine into a small space the slot of each
  /// combination is found in a flat array; otherwise in a hash table.
  func groups(_ keys: [KeyColumn], selection: [Int32]) -> (slots: [Int32], codes: [[Int32]], n: Int)
  {
    if keys.isEmpty {
      return ([Int32](repeating: 0, count: selection.count), [], 1)
    }
    var strides: [Int64] = []
    var total: Int64 = 1
    var overflow = false
    for k in keys {
      strides.append(total)
      let (product, o) = total.multipliedReportingOverflow(by: Int64(k.domain))
      total = product
      overflow = overflow || o
    }
    var codes = keys.map { _ in [Int32]() }
    var slots = [Int32](repeating: 0, count: selection.count)
    var count: Int32 = 0
    if !overflow && total <= 1 << 24 {
      var slotOf = [Int32](repeating: -1, count: Int(total))
      if keys.count == 1 {
        let keyCodes = keys[0].codes
        for (i, r) in selection.enumerated() {
          let c = keyCodes[Int(r)]
          var s = slotOf[Int(c)]
          if s < 0 {
            s = count
            slotOf[Int(c)] = s
            count += 1
            codes[0].append(c)
          }
          slots[i] = s
        }
        return (slots, codes, Int(count))
      }
      for (i, r) in selection.enumerated() {
        var combined = 0
        for k in 0..<keys.count { combined += Int(keys[k].codes[Int(r)]) * Int(strides[k]) }
        var s = slotOf[combined]
        if s < 0 {
          s = count
          slotOf[combined] = s
          count += 1
          for k in 0..<keys.count { codes[k].append(keys[k].codes[Int(r)]) }
        }
        slots[i] = s
      }
      return (slots, codes, Int(count))
    }
    var slotOf: [[Int32]: Int32] = [:]
    for (i, r) in selection.enumerated() {
      let combination = keys.map { $0.codes[Int(r)] }
      if let s = slotOf[combination] {
        slots[i] = s
      } else {
        slotOf[combination] = count
        slots[i] = count
        for k in 0..<keys.count { codes[k].append(combination[k]) }
        count += 1
      }
    }
    return (slots, codes, Int(count))
  }

  /// Computes one metric per slot over the selected rows.
  func accumulate(
    _ m: MetricPlan, table: Int, selection: [Int32], slots: [Int32], n: Int, rows: [Int64]
  ) throws(Diagnostic) -> MetricValues {
    switch m.function {
    case .count where m.argument == nil:
      return .integers(rows)
    case .rate:
      let mask = try self.mask(m.condition!, table: table)
      var yes = [Double](repeating: 0, count: n)
      for (i, r) in selection.enumerated() where mask[Int(r)] == Truth.yes {
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
      for (i, r) in selection.enumerated() where !v.isMissing(Int(r)) { counts[Int(slots[i])] += 1 }
      return .integers(counts)
    case .countDistinct:
      if let counts = distinctByBitset(v, selection: selection, slots: slots, n: n) {
        return .integers(counts)
      }
      var seen = Set<DistinctPair>()
      var counts = [Int64](repeating: 0, count: n)
      for (i, r) in selection.enumerated() {
        guard let x = v.distinctKey(Int(r)) else { continue }
        if seen.insert(DistinctPair(slot: slots[i], value: x)).inserted {
          counts[Int(slots[i])] += 1
        }
      }
      return .integers(counts)
    case .sum where m.kind == .integer:
      guard case .integer(let values) = v else { return .integers([]) }
      var sums = [Int64](repeating: 0, count: n)
      for (i, r) in selection.enumerated() where values[Int(r)] != ColumnData.missingInteger {
        sums[Int(slots[i])] &+= values[Int(r)]
      }
      return .integers(sums)
    case .sum, .avg:
      var sums = [Double](repeating: 0, count: n)
      var counts = [Double](repeating: 0, count: n)
      for (i, r) in selection.enumerated() {
        let x = v.number(Int(r))
        if x.isNaN { continue }
        sums[Int(slots[i])] += x
        counts[Int(slots[i])] += 1
      }
      if m.function == .sum { return .numbers(sums) }
      return .numbers((0..<n).map { counts[$0] == 0 ? .nan : sums[$0] / counts[$0] })
    case .min, .max:
      if case .text(let codes, let dictionary) = v {
        var best = [String?](repeating: nil, count: n)
        let strings = dictionary.strings
        for (i, r) in selection.enumerated() where codes[Int(r)] != ColumnData.missingCode {
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
      var best = [Double](repeating: .nan, count: n)
      for (i, r) in selection.enumerated() {
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
      for (i, r) in selection.enumerated() {
        let x = v.number(Int(r))
        if !x.isNaN { values[Int(slots[i])].append(x) }
      }
      return .numbers(values.map(median))
    case .rate:
      return .numbers([])
    }
  }
}

extension Executor {
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
    let bits = n * domain
    guard bits <= 1 << 30 else { return nil }
    var seen = [UInt64](repeating: 0, count: bits / 64 + 1)
    var counts = [Int64](repeating: 0, count: n)
    for (i, r) in selection.enumerated() {
      let x = values[Int(r)]
      if x < 0 { continue }
      let bit = Int(slots[i]) * domain + Int(x)
      let mask: UInt64 = 1 << UInt64(bit & 63)
      if seen[bit >> 6] & mask == 0 {
        seen[bit >> 6] |= mask
        counts[Int(slots[i])] += 1
      }
    }
    return counts
  }
}

/// The middle value (mean of the two middle values for an even count); NaN for none.
func median(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return .nan }
  let s = values.sorted()
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
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
