/// Interns byte strings: the same bytes always get the same code, in order of first sight.
///
/// An open-addressing hash table over the byte slices themselves, so interning a cell never
/// builds a `String`. The strings end up back to back in one buffer, like `StringDictionary`.
struct TextInterner {
  private(set) var bytes: [UInt8] = []
  private(set) var offsets: [UInt32] = [0]
  /// Per slot, the hash in the high half and code + 1 in the low half; 0 is an empty slot.
  /// One load per probe: hash and code share a cache line.
  private var slots: [UInt64]
  private(set) var count = 0
  private var mask: Int

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  /// The code of the bytes, adding them when new.
  @inline(__always)
  mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
    let h = Self.hash(p, n)
    var i = Int(truncatingIfNeeded: h) & mask
    let tag = UInt64(h) << 32
    while true {
      let s = slots[i]
      if s == 0 { break }
      if s & 0xFFFF_FFFF_0000_0000 == tag {
        let code = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) &- 1
        if equals(code, p, n) { return UInt32(code) }
      }
      i = (i &+ 1) & mask
    }
    let code = UInt32(count)
    bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
    offsets.append(UInt32(bytes.count))
    slots[i] = tag | UInt64(code &+ 1)
    count += 1
    if count * 2 > slots.count { grow() }
    return code
  }

  @inline(__always)
  private func equals(_ code: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    let lo = Int(offsets[code])
    guard Int(offsets[code + 1]) - lo == n else { return false }
    if n == 0 { return true }
    return bytes.withUnsafeBufferPointer { memcmpBytes($0.baseAddress! + lo, p, n) }
  }

  private mutating func grow() {
    let size = slots.count * 2
    var fresh = [UInt64](repeating: 0, count: size)
    let newMask = size - 1
    for s in slots where s != 0 {
      var i = Int(truncatingIfNeeded: s >> 32) & newMask
      while fresh[i] != 0 { i = (i &+ 1) & newMask }
      fresh[i] = s
    }
    slots = fresh
    mask = newMask
  }

  /// Appends the strings of `other` after these, without looking them up: codes of `other`
  /// become `code + count`. The strings may then repeat (so may later ones interned);
  /// `DictionaryOrder.sort` merges the repeats.
  mutating func concatenate(_ other: TextInterner) {
    let shift = UInt32(bytes.count)
    bytes.append(contentsOf: other.bytes)
    offsets.reserveCapacity(offsets.count + other.count)
    for o in other.offsets.dropFirst() { offsets.append(o + shift) }
    count += other.count
  }

  /// The interned strings as a dictionary, in code order.
  func dictionary() -> StringDictionary {
    StringDictionary(bytes: bytes, offsets: offsets)
  }

  /// A 32-bit hash of the bytes, eight at a time.
  @inline(__always)
  static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
    let raw = UnsafeRawPointer(p)
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
    var i = 0
    while i + 8 <= n {
      let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 31
      i += 8
    }
    if i < n {
      var w: UInt64 = 0
      var shift: UInt64 = 0
      while i < n {
        w |= UInt64(p[i]) << shift
        shift += 8
        i += 1
      }
      h = (h ^ w) &* 0x94D0_49BB_1331_11EB
    }
    h ^= h >> 29
    h = h &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 32
    return UInt32(truncatingIfNeeded: h)
  }
}

/// Whether `n` bytes at `a` and `b` are equal.
@inline(__always)
func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var i = 0
  while i + 8 <= n {
    let x = UnsafeRawPointer(a).loadUnaligned(fromByteOffset: i, as: UInt64.self)
    let y = UnsafeRawPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self)
    if x != y { return false }
    i += 8
  }
  while i < n {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}
