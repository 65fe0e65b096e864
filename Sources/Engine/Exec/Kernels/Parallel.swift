// Correctness lives in the caller; this folder only makes it fast.

import Dispatch

/// Splits `0..<count` into one range per core and runs `body` on each at once; small counts
/// run on the calling thread. Used for the long scans of large tables (gathers, counts, sums),
/// where both cores pay; each range writes only its own part of any output.
func forEachChunk(_ count: Int, _ body: (Range<Int>) -> Void) {
  let chunks = count >= 1 << 18 ? 2 : 1
  if chunks == 1 {
    body(0..<count)
    return
  }
  let size = (count + chunks - 1) / chunks
  withoutActuallyEscaping(body) { body in
    // The ranges are disjoint, so what each call writes is its own.
    let work = Unchecked(body)
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      work.value(c * size..<min(count, (c + 1) * size))
    }
  }
}

/// A value handed to the threads of `forEachChunk`, which touch disjoint parts of it only.
struct Unchecked<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}

/// `out[i] = values[index[i]]`, or `missing` where `index[i] < 0`, on both cores.
func parallelGather<T>(_ values: [T], _ index: [Int32], missing: T) -> [T] {
  [T](unsafeUninitializedCapacity: index.count) { out, initialized in
    values.withUnsafeBufferPointer { v in
      index.withUnsafeBufferPointer { ix in
        let base = out.baseAddress!
        forEachChunk(ix.count) { range in
          for i in range {
            let j = ix[i]
            (base + i).initialize(to: j < 0 ? missing : v[Int(j)])
          }
        }
      }
    }
    initialized = index.count
  }
}

/// `out[i] = values[index[selection[i]]]`, or `missing` where that index is negative, on both
/// cores: a gather through a row index for the selected rows only.
func parallelGather<T>(
  _ values: [T], _ index: [Int32], selection: [Int32], missing: T
) -> [T] {
  [T](unsafeUninitializedCapacity: selection.count) { out, initialized in
    values.withUnsafeBufferPointer { v in
      index.withUnsafeBufferPointer { ix in
        selection.withUnsafeBufferPointer { sel in
          let base = out.baseAddress!
          forEachChunk(sel.count) { range in
            for i in range {
              let j = ix[Int(sel[i])]
              (base + i).initialize(to: j < 0 ? missing : v[Int(j)])
            }
          }
        }
      }
    }
    initialized = selection.count
  }
}

/// How many of `slots` fall in each of `n` slots, counted on both cores; stops early (the
/// counts then mean nothing) when `cancel` is set, which the caller checks.
func parallelCounts(_ slots: [Int32], _ n: Int, cancel: CancellationFlag? = nil) -> [Int64] {
  let chunks = slots.count >= 1 << 18 ? 2 : 1
  var partial = [[Int64]](repeating: [Int64](repeating: 0, count: n), count: chunks)
  let size = (slots.count + chunks - 1) / max(chunks, 1)
  partial.withUnsafeMutableBufferPointer { parts in
    slots.withUnsafeBufferPointer { s in
      let shared = Unchecked((parts.baseAddress!, s))
      DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let (p, s) = shared.value
        p[c].withUnsafeMutableBufferPointer { counts in
          for i in c * size..<min(s.count, (c + 1) * size) {
            if cancel?.stops(at: i) == true { break }
            counts[Int(s[i])] += 1
          }
        }
      }
    }
  }
  var total = partial[0]
  for part in partial.dropFirst() { for i in 0..<n { total[i] += part[i] } }
  return total
}
