/// Appending without lookup: see `TextInterner`.
extension TextInterner {
  /// Cells seen before deciding whether to stop looking strings up.
  static let decideAfter = 1 << 16
  /// Sampled cells needed before judging how often they repeat.
  static let sampleBeforeJudging = 1 << 10

  /// Whether a string of hash `h` is in the sample looked up while appending.
  @inline(__always)
  static func isSampled(_ h: UInt32) -> Bool { h >> 28 == 0 }

  /// Switches to appending: the table keeps only the sampled strings.
  mutating func startAppending() {
    appending = true
    rebuild(onlySampled: true)
  }

  /// Appends the string, or — when it is in the sample and already there — returns that
  /// string's code; more than one repeat in sixteen sampled cells resumes looking up.
  @inline(__always)
  mutating func appendSampled(_ h: UInt32, _ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
    guard Self.isSampled(h) else { return append(p, n) }
    sampled += 1
    let before = count
    let code = lookUp(h, p, n)
    if count == before {
      sampledRepeats += 1
      if sampled >= Self.sampleBeforeJudging && sampledRepeats * 16 > sampled {
        resumeLookingUp()
      }
    }
    return code
  }

  /// Values repeat after all: every string is looked up from now on (the first of equal
  /// strings appended meanwhile is the one found).
  private mutating func resumeLookingUp() {
    appending = false
    mayAppend = false
    rebuild(onlySampled: false)
  }

  /// Fills the table afresh with every string, or the sampled ones; of equal strings, the
  /// first.
  private mutating func rebuild(onlySampled: Bool) {
    var size = 16
    while size < count * 2 { size <<= 1 }
    if onlySampled { size = max(16, size >> 3) }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
    used = 0
    bytes.withUnsafeBufferPointer { all in
      let base = all.baseAddress ?? UnsafePointer(bitPattern: 1)!
      for code in 0..<count {
        let lo = Int(offsets[code])
        let n = Int(offsets[code + 1]) - lo
        let h = Self.hash(base + lo, n)
        if onlySampled && !Self.isSampled(h) { continue }
        var i = Int(truncatingIfNeeded: h) & mask
        let tag = UInt64(h) << 32
        var found = false
        while slots[i] != 0 {
          let s = slots[i]
          if s & 0xFFFF_FFFF_0000_0000 == tag,
            equals(Int(truncatingIfNeeded: s & 0xFFFF_FFFF) &- 1, base + lo, n)
          {
            found = true
            break
          }
          i = (i &+ 1) & mask
        }
        if found { continue }
        slots[i] = tag | UInt64(code &+ 1)
        used += 1
        if used * 2 > slots.count { grow() }
      }
    }
  }
}
