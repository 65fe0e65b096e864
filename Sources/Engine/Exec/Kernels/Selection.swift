// Correctness lives in the caller; this folder only makes it fast.

import Dispatch

/// The positions whose truth is `Truth.yes`, in order: each core collects the rows of its
/// half of a long mask, and the halves are joined.
func selectedRows(_ m: [UInt8]) -> [Int32] {
  let n = m.count
  let chunks = n >= 1 << 18 ? 2 : 1
  let size = (n + chunks - 1) / chunks
  var parts = [[Int32]](repeating: [], count: chunks)
  parts.withUnsafeMutableBufferPointer { out in
    m.withUnsafeBufferPointer { truth in
      let shared = Unchecked((out.baseAddress!, truth))
      DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let (out, truth) = shared.value
        var rows: [Int32] = []
        for i in c * size..<min(n, (c + 1) * size) where truth[i] == Truth.yes {
          rows.append(Int32(i))
        }
        out[c] = rows
      }
    }
  }
  guard parts.count > 1 else { return parts[0] }
  var rows: [Int32] = []
  rows.reserveCapacity(parts.reduce(0) { $0 + $1.count })
  for part in parts { rows.append(contentsOf: part) }
  return rows
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
