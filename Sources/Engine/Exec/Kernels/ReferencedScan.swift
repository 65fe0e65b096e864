// Correctness lives in the caller; this folder only makes it fast.

import Dispatch

/// The rows a scan visits, by position: every row of the table in order, or a selection's.
protocol ScanRows {
  var count: Int { get }
  func row(_ i: Int) -> Int
}

/// Every row of a table, in order (a query without `where`): no selection array is made.
struct AllRows: ScanRows {
  let count: Int
  @inline(__always) func row(_ i: Int) -> Int { i }
}

/// The rows of a selection.
struct SelectedRows: ScanRows {
  let rows: UnsafeBufferPointer<Int32>
  var count: Int { rows.count }
  @inline(__always) func row(_ i: Int) -> Int { Int(rows[i]) }
}

/// The group slot of a row found through the row it refers to: `slots[index[row]]`, and
/// `missing` (the slot of empty keys) where the reference is empty or dangling (-1).
struct ReferencedSlot {
  let index: UnsafeBufferPointer<Int32>
  /// One slot per referred row.
  let slots: UnsafeBufferPointer<Int32>
  let missing: Int32

  @inline(__always) func callAsFunction(_ row: Int) -> Int {
    let t = index[row]
    return Int(t < 0 ? missing : slots[Int(t)])
  }
}

/// Runs `body` on each core's range of `0..<count`, split as `forEachChunk` and
/// `sumsAndCounts` split it (two halves from 2^18 rows), and returns the results in order.
func chunkResults<Part>(_ count: Int, _ body: (Range<Int>) -> Part) -> [Part] {
  let chunks = count >= 1 << 18 ? 2 : 1
  let size = (count + chunks - 1) / chunks
  if chunks == 1 { return [body(0..<count)] }
  var parts = [Part?](repeating: nil, count: chunks)
  parts.withUnsafeMutableBufferPointer { out in
    withoutActuallyEscaping(body) { body in
      // Each iteration writes its own element only.
      let shared = Unchecked((out.baseAddress!, body))
      DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let (out, body) = shared.value
        out[c] = body(c * size..<min(count, (c + 1) * size))
      }
    }
  }
  return parts.map { $0! }
}

/// Rows per slot, in one pass over the rows.
func referencedCounts<R: ScanRows>(
  _ rows: R, _ slot: ReferencedSlot, n: Int, cancel: CancellationFlag
) -> [Int64] {
  let parts = chunkResults(rows.count) { range in
    var counts = [Int64](repeating: 0, count: n)
    counts.withUnsafeMutableBufferPointer { count in
      for i in range {
        if cancel.stops(at: i) { break }
        count[slot(rows.row(i))] &+= 1
      }
    }
    return counts
  }
  return addedParts(parts, n)
}

/// Per slot: the rows, and the sum and number of the present whole numbers of `values`, in
/// one pass. `fits` is false when some value's magnitude exceeds `bound` (the sums then mean
/// nothing; the rows still count).
func referencedWholeSums<R: ScanRows>(
  _ values: UnsafeBufferPointer<Int64>, _ rows: R, _ slot: ReferencedSlot, n: Int,
  bound: UInt64, cancel: CancellationFlag
) -> (rows: [Int64], sums: [Int64], counts: [Int64], fits: Bool) {
  let missing = Int64.min
  let parts = chunkResults(rows.count) { range in
    var rowCounts = [Int64](repeating: 0, count: n)
    var sums = rowCounts
    var counts = rowCounts
    var largest: UInt64 = 0
    rowCounts.withUnsafeMutableBufferPointer { rowCount in
      sums.withUnsafeMutableBufferPointer { sum in
        counts.withUnsafeMutableBufferPointer { count in
          // No branch on the value: an empty one adds 0 and counts 0.
          for i in range {
            if cancel.stops(at: i) { break }
            let r = rows.row(i)
            let s = slot(r)
            let x = values[r]
            let present = x != missing
            let v = present ? x : 0
            rowCount[s] &+= 1
            sum[s] &+= v
            count[s] &+= present ? 1 : 0
            largest = max(largest, v.magnitude)
          }
        }
      }
    }
    return (rowCounts, sums, counts, largest)
  }
  let fits = parts.allSatisfy { $0.3 <= bound }
  return (
    addedParts(parts.map(\.0), n), addedParts(parts.map(\.1), n), addedParts(parts.map(\.2), n),
    fits
  )
}

/// One core's part of a sum of decimals: as `sumsAndCounts` keeps it (a sum and the carry of
/// its rounding errors per slot, and the count of present values), and the rows per slot.
struct DecimalPart {
  var rows: [Int64]
  var sums: [Double]
  var carries: [Double]
  var counts: [Double]
}

/// Per slot and core: the rows, and the sum of the present decimals of `values` with the
/// carry of its rounding errors, exactly as `sumsAndCounts` keeps them, in one pass.
///
/// Decimals that are whole multiples of 1/1024 (hours in halves and quarters) add exactly
/// while every partial sum stays below 2^53/1024 in those units, whatever the order: then
/// each addition's rounding error is 0, and a plain sum is what the compensated one gives
/// bit for bit (sum exact, carry +0). So the loop adds plainly while each value is such a
/// multiple no larger than 2^53 over the number of rows (so no sum of them can reach 2^53),
/// and at the first other value goes on with the compensated addition from the same state.
func referencedDecimalSums<R: ScanRows>(
  _ values: UnsafeBufferPointer<Double>, _ rows: R, _ slot: ReferencedSlot, n: Int,
  cancel: CancellationFlag
) -> [DecimalPart] {
  let scale = 1024.0
  // In units of 1/1024; at most 2^50 so that the rounding below is exact.
  let bound = Double(min(1 << 50, (1 << 53) / max(rows.count, 1)))
  // (s + magic) - magic rounds s to a whole number when |s| < 2^51.
  let magic = 6_755_399_441_055_744.0  // 1.5 * 2^52
  return chunkResults(rows.count) { range in
    var part = DecimalPart(
      rows: [Int64](repeating: 0, count: n), sums: [Double](repeating: 0, count: n),
      carries: [Double](repeating: 0, count: n), counts: [Double](repeating: 0, count: n))
    part.rows.withUnsafeMutableBufferPointer { rowCount in
      part.sums.withUnsafeMutableBufferPointer { sum in
        part.carries.withUnsafeMutableBufferPointer { carry in
          part.counts.withUnsafeMutableBufferPointer { count in
            var i = range.lowerBound
            // Plain and exact, up to the first value that is not a small multiple of 1/1024.
            while i < range.upperBound {
              if cancel.stops(at: i) { return }
              let r = rows.row(i)
              let s = slot(r)
              let x = values[r]
              let scaled = x * scale
              if scaled.magnitude <= bound && (scaled + magic) - magic == scaled {
                rowCount[s] &+= 1
                sum[s] += x
                count[s] += 1
              } else if x.isNaN {
                rowCount[s] &+= 1
              } else {
                break
              }
              i += 1
            }
            // Compensated, from that value on.
            while i < range.upperBound {
              if cancel.stops(at: i) { return }
              let r = rows.row(i)
              let s = slot(r)
              let x = values[r]
              rowCount[s] &+= 1
              i += 1
              if x.isNaN { continue }
              DecimalSum.add(x, to: &sum[s], carry: &carry[s])
              count[s] += 1
            }
          }
        }
      }
    }
    return part
  }
}

/// `out[i] = slot(rows.row(i))`: the slots as an array, for measures that have no scan here,
/// and the rows per slot, in one pass.
func referencedSlots<R: ScanRows>(
  _ rows: R, _ slot: ReferencedSlot, n: Int, cancel: CancellationFlag
) -> (slots: [Int32], rows: [Int64]) {
  var parts: [[Int64]] = []
  let slots = [Int32](unsafeUninitializedCapacity: rows.count) { out, initialized in
    let base = Unchecked(out.baseAddress!)
    parts = chunkResults(rows.count) { range in
      var counts = [Int64](repeating: 0, count: n)
      counts.withUnsafeMutableBufferPointer { count in
        for i in range {
          if cancel.stops(at: i) {
            // Every element is still written; the caller throws.
            for k in i..<range.upperBound { (base.value + k).initialize(to: 0) }
            break
          }
          let s = slot(rows.row(i))
          (base.value + i).initialize(to: Int32(truncatingIfNeeded: s))
          count[s] &+= 1
        }
      }
      return counts
    }
    initialized = rows.count
  }
  return (slots, addedParts(parts, n))
}

/// The element-wise sum of equally long parts.
func addedParts(_ parts: [[Int64]], _ n: Int) -> [Int64] {
  var total = parts[0]
  for part in parts.dropFirst() { for i in 0..<n { total[i] &+= part[i] } }
  return total
}
