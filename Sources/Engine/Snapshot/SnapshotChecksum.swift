/// The snapshot's checksum: FNV-1a taken over 64-bit little-endian words in four
/// interleaved lanes (so it runs at memory speed), the remaining bytes one at a time, and
/// the lanes and the length folded together with FNV-1a again.
///
/// Each step (xor a word, multiply by an odd prime) is invertible, so any change confined
/// to one word always changes the result.
enum SnapshotChecksum {
  static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var l0 = basis
    var l1 = basis ^ 1
    var l2 = basis ^ 2
    var l3 = basis ^ 3
    let count = bytes.count
    var i = 0
    while i + 32 <= count {
      l0 = (l0 ^ word(bytes, i)) &* prime
      l1 = (l1 ^ word(bytes, i + 8)) &* prime
      l2 = (l2 ^ word(bytes, i + 16)) &* prime
      l3 = (l3 ^ word(bytes, i + 24)) &* prime
      i += 32
    }
    while i + 8 <= count {
      l0 = (l0 ^ word(bytes, i)) &* prime
      i += 8
    }
    while i < count {
      l1 = (l1 ^ UInt64(bytes[i])) &* prime
      i += 1
    }
    var h = basis
    for lane in [l0, l1, l2, l3, UInt64(count)] { h = (h ^ lane) &* prime }
    return h
  }

  @inline(__always)
  private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }
}
