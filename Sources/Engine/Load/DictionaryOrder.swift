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

  /// The codes in byte order of their strings, or nil when they already are: sorted on
  /// their first eight bytes, then each run that ties on the bytes after (`sortRuns`).
  private static func order(_ dictionary: StringDictionary) -> [UInt32]? {
    let n = dictionary.count
    return dictionary.bytes.withUnsafeBufferPointer { bytesBuffer in
      dictionary.offsets.withUnsafeBufferPointer { offsets -> [UInt32]? in
        let base = bytesBuffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let strings = ByteStrings(base: base, offsets: offsets)
        if strings.inOrder(n) { return nil }
        var keys = [UInt64](unsafeUninitializedCapacity: n) { keys, initialized in
          for c in 0..<n { keys[c] = strings.key(c, at: 0) }
          initialized = n
        }
        var codes = [UInt32](unsafeUninitializedCapacity: n) { codes, initialized in
          for c in 0..<n { codes[c] = UInt32(c) }
          initialized = n
        }
        radixSort(&keys, &codes)
        keys.withUnsafeBufferPointer { keys in
          codes.withUnsafeMutableBufferPointer { codes in
            sortRuns(keys: keys, codes: codes, strings: strings)
          }
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
