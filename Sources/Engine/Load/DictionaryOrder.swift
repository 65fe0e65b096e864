/// Renumbers a text column so that codes follow the byte order of their strings: comparing
/// two codes then compares the texts, which lets the engine sort and range-filter on codes.
enum DictionaryOrder {
  /// Puts `dictionary` in byte order and renumbers `codes` to match, in place. A string
  /// the dictionary holds more than once (two halves of a file read apart) is kept once.
  static func sort(codes: inout [UInt32], dictionary: inout StringDictionary) {
    let n = dictionary.count
    guard n > 1, let order = order(dictionary) else { return }
    var remap = [UInt32](repeating: 0, count: n)
    var offsets = [UInt32](repeating: 0, count: n + 1)
    var distinct = 0
    let total = dictionary.bytes.count
    let bytes = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
      dictionary.bytes.withUnsafeBufferPointer { old in
        dictionary.offsets.withUnsafeBufferPointer { oldOffsets in
          remap.withUnsafeMutableBufferPointer { remap in
            offsets.withUnsafeMutableBufferPointer { offsets in
              var at = 0
              var previous = (lo: 0, count: -1)
              for code in order {
                let c = Int(code)
                let lo = Int(oldOffsets[c])
                let count = Int(oldOffsets[c + 1]) - lo
                if count == previous.count
                  && (count == 0
                    || memcmpBytes(old.baseAddress! + lo, old.baseAddress! + previous.lo, count))
                {
                  remap[c] = UInt32(distinct - 1)
                  continue
                }
                remap[c] = UInt32(distinct)
                if count > 0 {
                  (out.baseAddress! + at).update(from: old.baseAddress! + lo, count: count)
                }
                at += count
                distinct += 1
                offsets[distinct] = UInt32(at)
                previous = (lo, count)
              }
              initialized = at
            }
          }
        }
      }
    }
    if distinct < n { offsets.removeLast(n - distinct) }
    dictionary = StringDictionary()
    dictionary = StringDictionary(bytes: bytes, offsets: offsets)
    remap.withUnsafeBufferPointer { r in
      codes.withUnsafeMutableBufferPointer { c in
        for i in c.indices where c[i] != ColumnData.missingCode { c[i] = r[Int(c[i])] }
      }
    }
  }

  /// The codes in byte order of their strings, or nil when they already are.
  private static func order(_ dictionary: StringDictionary) -> [UInt32]? {
    let n = dictionary.count
    return dictionary.bytes.withUnsafeBufferPointer { bytesBuffer in
      dictionary.offsets.withUnsafeBufferPointer { offsets -> [UInt32]? in
        let base = bytesBuffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        /// The first eight bytes, big-endian, zero-padded: comparing prefixes compares bytes.
        func prefix(_ c: Int) -> UInt64 {
          let lo = Int(offsets[c])
          let count = min(8, Int(offsets[c + 1]) - lo)
          var key: UInt64 = 0
          for k in 0..<count { key |= UInt64(base[lo + k]) << UInt64(56 - 8 * k) }
          return key
        }
        func less(_ a: Int, _ b: Int) -> Bool {
          let aLo = Int(offsets[a])
          let aN = Int(offsets[a + 1]) - aLo
          let bLo = Int(offsets[b])
          let bN = Int(offsets[b + 1]) - bLo
          let common = min(aN, bN)
          var i = 0
          while i < common {
            let x = base[aLo + i]
            let y = base[bLo + i]
            if x != y { return x < y }
            i += 1
          }
          return aN < bN
        }
        var inOrder = true
        for k in 1..<n where !less(k - 1, k) {
          inOrder = false
          break
        }
        if inOrder { return nil }
        var keys = (0..<n).map { prefix($0) }
        var codes = (0..<n).map { UInt32($0) }
        radixSort(&keys, &codes)
        // Strings sharing their first eight bytes: order each run by the whole string.
        var start = 0
        while start < n {
          var end = start + 1
          while end < n && keys[end] == keys[start] { end += 1 }
          if end - start > 16 {
            codes[start..<end].sort { less(Int($0), Int($1)) }
          } else if end - start > 1 {
            // Insertion sort: runs are short, and this avoids a generic sort per run.
            for i in (start + 1)..<end {
              let code = codes[i]
              var j = i
              while j > start && less(Int(code), Int(codes[j - 1])) {
                codes[j] = codes[j - 1]
                j -= 1
              }
              codes[j] = code
            }
          }
          start = end
        }
        return codes
      }
    }
  }

  /// Sorts `keys` ascending, carrying `codes` along (stable: least significant byte first,
  /// skipping bytes that are the same in every key).
  private static func radixSort(_ keys: inout [UInt64], _ codes: inout [UInt32]) {
    let n = keys.count
    var keys2 = [UInt64](repeating: 0, count: n)
    var codes2 = [UInt32](repeating: 0, count: n)
    var counts = [Int](repeating: 0, count: 256)
    for shift in stride(from: UInt64(0), to: 64, by: 8) {
      for i in 0..<256 { counts[i] = 0 }
      for k in keys { counts[Int((k >> shift) & 0xFF)] += 1 }
      if counts.contains(n) { continue }
      var total = 0
      for i in 0..<256 {
        let c = counts[i]
        counts[i] = total
        total += c
      }
      keys.withUnsafeBufferPointer { k in
        codes.withUnsafeBufferPointer { c in
          keys2.withUnsafeMutableBufferPointer { k2 in
            codes2.withUnsafeMutableBufferPointer { c2 in
              for i in 0..<n {
                let b = Int((k[i] >> shift) & 0xFF)
                let at = counts[b]
                counts[b] = at + 1
                k2[at] = k[i]
                c2[at] = c[i]
              }
            }
          }
        }
      }
      swap(&keys, &keys2)
      swap(&codes, &codes2)
    }
  }
}

extension DictionaryOrder {
  /// Puts the dictionary of every text column of `tables` in byte order, the columns spread
  /// over the cores, largest first. Columns are moved out while they are sorted, so each is
  /// renumbered in place rather than copied.
  static func sortAll(_ tables: inout [TableLoader.Loaded]) {
    var places: [(table: Int, column: Int, box: TextBox)] = []
    for t in tables.indices {
      for c in tables[t].table.columns.indices {
        // The type first: a column whose values are made on first use stays so.
        guard tables[t].table.columns[c].type == .text,
          case .text = tables[t].table.columns[c].data
        else { continue }
        let box = TextBox(tables[t].table.columns[c].data)
        tables[t].table.columns[c].data = .boolean([])
        places.append((t, c, box))
      }
    }
    let boxes = places.map(\.box).sorted { $0.size > $1.size }
    _ = LoadParallel.map(boxes) { box in box.sort() }
    for place in places { tables[place.table].table.columns[place.column].data = place.box.data }
  }

  /// A text column handed to one worker.
  private final class TextBox: @unchecked Sendable {
    var data: ColumnData
    let size: Int

    init(_ data: ColumnData) {
      self.data = data
      if case .text(_, let dictionary) = data { size = dictionary.count } else { size = 0 }
    }

    func sort() {
      guard case .text(var codes, var dictionary) = data else { return }
      data = .boolean([])
      DictionaryOrder.sort(codes: &codes, dictionary: &dictionary)
      data = .text(codes: codes, dictionary: dictionary)
    }
  }
}
