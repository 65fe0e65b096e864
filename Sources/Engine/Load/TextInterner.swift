/// Interns byte strings: the same bytes always get the same code, in order of first sight.
///
/// An open-addressing hash table over the byte slices themselves, so interning a cell never
/// builds a `String`. The strings end up back to back in one buffer, like `StringDictionary`.
///
/// A column's values may stop being looked up (`mayAppend`): when nearly all of the first
/// 65,536 cells differ (phone numbers, identity numbers), each later string is appended as
/// it comes, and only a sample of them — those whose hash has its top four bits clear — is
/// still looked up, to notice repeats after all (then every string is looked up again). The
/// repeats appended meanwhile are merged by `DictionaryOrder.sort`. A table of millions of
/// distinct strings, where every probe misses the cache, is not built.
struct TextInterner {
  private(set) var bytes: [UInt8] = []
  private(set) var offsets: [UInt32] = [0]
  /// Per slot, the hash in the high half and code + 1 in the low half; 0 is an empty slot.
  /// One load per probe: hash and code share a cache line.
  var slots: [UInt64]
  private(set) var count = 0
  var mask: Int
  /// Strings in `slots` (all of them, or the sample while appending).
  var used = 0
  /// Whether this interner may stop looking strings up (a column's values; never JSON keys).
  var mayAppend: Bool
  /// Cells interned while looking up, counted until the decision.
  var cells = 0
  /// Appending without lookup (see above).
  var appending = false
  /// While appending: sampled cells, and those that repeated a sampled string.
  var sampled = 0
  var sampledRepeats = 0

  init(capacity: Int = 64, mayAppend: Bool = false) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
    self.mayAppend = mayAppend
  }

  /// The code of the bytes, adding them when new.
  @inline(__always)
  mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
    let h = Self.hash(p, n)
    if appending { return appendSampled(h, p, n) }
    cells &+= 1
    if cells == Self.decideAfter && mayAppend && count * 16 >= cells * 15 {
      startAppending()
      return appendSampled(h, p, n)
    }
    return lookUp(h, p, n)
  }

  /// The code of the string in the table, or a new one added to both.
  @inline(__always)
  mutating func lookUp(_ h: UInt32, _ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
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
    let code = append(p, n)
    slots[i] = tag | UInt64(code &+ 1)
    used += 1
    if used * 2 > slots.count { grow() }
    return code
  }

  /// Appends the bytes as a new string; returns its code.
  @inline(__always)
  mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
    let code = UInt32(count)
    bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
    offsets.append(UInt32(bytes.count))
    count += 1
    return code
  }

  @inline(__always)
  func equals(_ code: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    let lo = Int(offsets[code])
    guard Int(offsets[code + 1]) - lo == n else { return false }
    if n == 0 { return true }
    return bytes.withUnsafeBufferPointer { memcmpBytes($0.baseAddress! + lo, p, n) }
  }

  mutating func grow() {
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
    appending = appending || other.appending
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
