import Lang

/// The accumulated value of one metric per slot.
enum MetricValues {
  case integers([Int64])
  case numbers([Double])
  /// Text minimum/maximum: the chosen string per slot.
  case texts([String?])
}

extension Executor {
  /// Assigns every selected row a group slot from its key codes.
  func groups(_ keys: [KeyColumn], selection: [Int32]) -> (slots: [Int32], codes: [[Int32]], n: Int)
  {
    if keys.isEmpty {
      return ([Int32](repeating: 0, count: selection.count), [], 1)
    }
    var slotOf: [Int64: Int32] = [:]
    var codes = keys.map { _ in [Int32]() }
    var slots = [Int32](repeating: 0, count: selection.count)
    var strides: [Int64] = []
    var total: Int64 = 1
    for k in keys {
      strides.append(total)
      total = total.multipliedReportingOverflow(by: Int64(k.domain)).partialValue
    }
    for (i, r) in selection.enumerated() {
      var combined: Int64 = 0
      for (k, key) in keys.enumerated() { combined &+= Int64(key.codes[Int(r)]) &* strides[k] }
      if let s = slotOf[combined] {
        slots[i] = s
      } else {
        let s = Int32(slotOf.count)
        slotOf[combined] = s
        slots[i] = s
        for (k, key) in keys.enumerated() { codes[k].append(key.codes[Int(r)]) }
      }
    }
    return (slots, codes, slotOf.count)
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
