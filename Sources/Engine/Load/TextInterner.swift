/// Interns byte strings: the same bytes always get the same code, in order of first sight.
///
/// An open-addressing hash table over the byte slices themselves, so interning a cell never
/// builds a `String`. The strings end up back to back in one buffer, like `StringDictionary`.
struct TextInterner {
  private(set) var bytes: [UInt8] = []
  private(set) var offsets: [UInt32] = [0]
  private var hashes: [UInt32] = []
  /// Code + 1 per slot; 0 is an empty slot.
  private var slots: [UInt32]
  private var mask: Int

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt32](repeating: 0, count: size)
    mask = size - 1
  }

  /// Number of distinct strings.
  var count: Int { hashes.count }

  /// The code of the bytes, adding them when new.
  @inline(__always)
  mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
    let h = Self.hash(p, n)
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[i]
      if s == 0 { break }
      let code = Int(s &- 1)
      if hashes[code] == h && equals(code, p, n) { return UInt32(code) }
      i = (i &+ 1) & mask
    }
    let code = UInt32(hashes.count)
    bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
    offsets.append(UInt32(bytes.count))
    hashes.append(h)
    slots[i] = code &+ 1
    if hashes.count * 2 > slots.count { grow() }
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
    var fresh = [UInt32](repeating: 0, count: size)
    let newMask = size - 1
    for (code, h) in hashes.enumerated() {
      var i = Int(truncatingIfNeeded: h) & newMask
      while fresh[i] != 0 { i = (i &+ 1) & newMask }
      fresh[i] = UInt32(code + 1)
    }
    slots = fresh
    mask = newMask
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
