/// The snapshot's checksum: FNV-1a taken over 64-bit little-endian words in four
/// interleaved lanes (so it runs at memory speed), the bytes after the last whole 32-byte
/// block as words then single bytes, and the lanes and the length folded together with
/// FNV-1a again. Fed in pieces of any size, it gives the same value as in one piece.
///
/// Each step (xor a word, multiply by an odd prime) is invertible, so any change confined
/// to one word always changes the result.
struct SnapshotChecksum {
  static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  private var l0 = basis
  private var l1 = basis ^ 1
  private var l2 = basis ^ 2
  private var l3 = basis ^ 3
  private var count = 0
  /// Bytes of an incomplete 32-byte block, waiting for the next piece.
  private var pending = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
  private var pendingCount = 0

  /// A snapshot's checksum from that of its small fields and those of its large arrays (in
  /// file order).
  static func fold(small: UInt64, big: [UInt64]) -> UInt64 {
    var h = basis
    for v in [small] + big + [UInt64(big.count)] { h = (h ^ v) &* prime }
    return h
  }

  /// The checksum of `bytes` in one piece.
  static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var c = SnapshotChecksum()
    c.update(bytes)
    return c.value
  }

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var i = 0
    let n = bytes.count
    count += n
    if pendingCount > 0 {
      let take = min(32 - pendingCount, n)
      withUnsafeMutableBytes(of: &pending) { p in
        p.baseAddress!.advanced(by: pendingCount).copyMemory(
          from: bytes.baseAddress!, byteCount: take)
      }
      pendingCount += take
      i = take
      guard pendingCount == 32 else { return }
      withUnsafeBytes(of: pending) { block(UnsafeRawBufferPointer($0), 0) }
      pendingCount = 0
    }
    var (a, b, c, d) = (l0, l1, l2, l3)
    while i + 32 <= n {
      a = (a ^ Self.word(bytes, i)) &* Self.prime
      b = (b ^ Self.word(bytes, i + 8)) &* Self.prime
      c = (c ^ Self.word(bytes, i + 16)) &* Self.prime
      d = (d ^ Self.word(bytes, i + 24)) &* Self.prime
      i += 32
    }
    (l0, l1, l2, l3) = (a, b, c, d)
    if i < n {
      withUnsafeMutableBytes(of: &pending) { p in
        p.baseAddress!.copyMemory(from: bytes.baseAddress! + i, byteCount: n - i)
      }
      pendingCount = n - i
    }
  }

  /// The checksum of everything fed so far.
  var value: UInt64 {
    var a = l0
    var b = l1
    withUnsafeBytes(of: pending) { p in
      var i = 0
      while i + 8 <= pendingCount {
        a = (a ^ Self.word(p, i)) &* Self.prime
        i += 8
      }
      while i < pendingCount {
        b = (b ^ UInt64(p[i])) &* Self.prime
        i += 1
      }
    }
    var h = Self.basis
    for lane in [a, b, l2, l3, UInt64(count)] { h = (h ^ lane) &* Self.prime }
    return h
  }

  @inline(__always)
  private mutating func block(_ bytes: UnsafeRawBufferPointer, _ i: Int) {
    l0 = (l0 ^ Self.word(bytes, i)) &* Self.prime
    l1 = (l1 ^ Self.word(bytes, i + 8)) &* Self.prime
    l2 = (l2 ^ Self.word(bytes, i + 16)) &* Self.prime
    l3 = (l3 ^ Self.word(bytes, i + 24)) &* Self.prime
  }

  @inline(__always)
  private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }
}
