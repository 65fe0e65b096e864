/// Counts double quotes in a byte range eight bytes at a time, to find a place to split a
/// CSV file that is not inside a quoted field.
enum QuoteCount {
  static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
    let raw = UnsafeRawPointer(base)
    let quotes: UInt64 = 0x2222_2222_2222_2222
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    var total = 0
    var i = range.lowerBound
    while i + 8 <= range.upperBound {
      // A byte of `v` is zero where the input byte is a quote; `t` has its high bit set
      // exactly there (no carries cross bytes, unlike the shorter has-zero-byte test).
      let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ quotes
      let t = ~(((v & low7) &+ low7) | v | low7)
      total += t.nonzeroBitCount
      i += 8
    }
    while i < range.upperBound {
      if base[i] == 0x22 { total += 1 }
      i += 1
    }
    return total
  }
}
