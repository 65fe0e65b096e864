// Correctness lives in the caller; this folder only makes it fast.

/// The positions whose truth is `Truth.yes`, in order. The loop has no branch on the truth
/// (see `collectRows`): yes is 1, no 0 and unknown 2, so the low bit counts the row without
/// a compare, which the optimizer would turn back into a branch.
func selectedRows(_ m: [UInt8]) -> [Int32] {
  m.withUnsafeBufferPointer { truth in
    collectRows(truth.count) { range, out in
      var k = 0
      for i in range {
        out[k] = Int32(truncatingIfNeeded: i)
        k &+= Int(truth[i] & 1)
      }
      return k
    }
  }
}

/// The rows whose code has truth yes in `truth` (a missing code has none): what
/// `selectedRows(textTruth(codes, truth))` gives, without the mask between.
func textSelection(_ codes: [UInt32], _ truth: [UInt8]) -> [Int32] {
  let table = truth + [Truth.unknown]
  let last = UInt32(truth.count)
  return table.withUnsafeBufferPointer { t in
    codes.withUnsafeBufferPointer { c in
      collectRows(c.count) { range, out in
        var k = 0
        for i in range {
          out[k] = Int32(truncatingIfNeeded: i)
          k &+= Int(t[Int(min(c[i], last))] & 1)
        }
        return k
      }
    }
  }
}

/// The rows `0..<n` that `collect` picks, in order: on both cores for many rows, each
/// handed its range and a buffer with room for all of it, where it writes the rows it picks
/// and says how many. Every row may be written (the next place is overwritten until a row is
/// picked), so a picking loop needs no branch, and a selection that is neither rare nor
/// common costs no mispredictions. The parts are then joined into an array of their size.
private func collectRows(
  _ n: Int, _ collect: (Range<Int>, UnsafeMutablePointer<Int32>) -> Int
) -> [Int32] {
  guard n > 0 else { return [] }
  let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: n)
  defer { buffer.deallocate() }
  // Each part writes its own range of the buffer.
  let parts = chunkResults(n) { range in
    (start: range.lowerBound, count: collect(range, buffer + range.lowerBound))
  }
  let total = parts.reduce(0) { $0 + $1.count }
  return [Int32](unsafeUninitializedCapacity: total) { out, initialized in
    var at = 0
    for part in parts where part.count > 0 {
      (out.baseAddress! + at).update(from: buffer + part.start, count: part.count)
      at += part.count
    }
    initialized = total
  }
}

/// `truth[codes[i]]` for every row, and unknown where the code is missing, on both cores.
/// The table gets one more entry, unknown, that a missing code (`UInt32.max`) is clamped to,
/// so the row loop has no branch.
func textTruth(_ codes: [UInt32], _ truth: [UInt8]) -> [UInt8] {
  let table = truth + [Truth.unknown]
  let last = UInt32(truth.count)
  return [UInt8](unsafeUninitializedCapacity: codes.count) { out, initialized in
    table.withUnsafeBufferPointer { t in
      codes.withUnsafeBufferPointer { c in
        let base = out.baseAddress!
        forEachChunk(c.count) { range in
          for i in range { base[i] = t[Int(min(c[i], last))] }
        }
      }
    }
    initialized = codes.count
  }
}
