/// Renumbers a text column so that codes follow the byte order of their strings: comparing
/// two codes then compares the texts, which lets the engine sort and range-filter on codes.
enum DictionaryOrder {
  /// The column with its dictionary in byte order and its codes renumbered to match.
  static func sorted(codes: [UInt32], dictionary: StringDictionary) -> (
    [UInt32], StringDictionary
  ) {
    let n = dictionary.count
    guard n > 1 else { return (codes, dictionary) }
    return dictionary.bytes.withUnsafeBufferPointer { bytesBuffer in
      dictionary.offsets.withUnsafeBufferPointer { offsets in
        let base = bytesBuffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
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
        if inOrder { return (codes, dictionary) }
        var order = Array(0..<n)
        order.sort { less($0, $1) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(bytesBuffer.count)
        var newOffsets: [UInt32] = [0]
        newOffsets.reserveCapacity(n + 1)
        var remap = [UInt32](repeating: 0, count: n)
        for (newCode, old) in order.enumerated() {
          remap[old] = UInt32(newCode)
          let lo = Int(offsets[old])
          bytes.append(contentsOf: bytesBuffer[lo..<Int(offsets[old + 1])])
          newOffsets.append(UInt32(bytes.count))
        }
        var recoded = codes
        recoded.withUnsafeMutableBufferPointer { c in
          for i in c.indices where c[i] != ColumnData.missingCode { c[i] = remap[Int(c[i])] }
        }
        return (recoded, StringDictionary(bytes: bytes, offsets: newOffsets))
      }
    }
  }
}
