import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Truth tables over a text column's dictionary, computed on the UTF-8 bytes of each
/// string: no `String` is made per entry, and text orders by its bytes, as in SQLite.
extension StringDictionary {
  /// Whether string `code` has exactly the bytes of `target`.
  func code(of target: String) -> UInt32? {
    let t = Array(target.utf8)
    for code in 0..<UInt32(count) where compare(code, t) == 0 { return code }
    return nil
  }

  /// `code op target` for every code (1 true, 0 false).
  func truthTable(_ op: CompareOp, _ target: String) -> [UInt8] {
    let t = Array(target.utf8)
    return (0..<UInt32(count)).map { code in op.holds(compare(code, t)) ? Truth.yes : Truth.no }
  }

  /// Whether each string contains `needle`, ignoring case; ASCII letters also match Chinese
  /// text by its pinyin (`zhang` finds 张).
  func containsTable(_ needle: String) -> [UInt8] {
    addingPinyinMatches(plainContainsTable(needle), needle)
  }

  private func plainContainsTable(_ needle: String) -> [UInt8] {
    let cased = needle.unicodeScalars.contains {
      !$0.isASCII && $0.properties.changesWhenCaseMapped
    }
    if cased {
      let n = needle.lowercased()
      return strings.map { $0.lowercased().contains(n) ? Truth.yes : Truth.no }
    }
    // Without ASCII letters, ignoring case changes nothing: one search through all the bytes.
    if !needle.isEmpty, !needle.utf8.contains(where: { asciiLower($0) &- 97 < 26 }) {
      return exactContainsTable(Array(needle.utf8))
    }
    let n = needle.utf8.map(asciiLower)
    return (0..<UInt32(count)).map { code in
      withUTF8(code) { hay in contains(hay, n) } ? Truth.yes : Truth.no
    }
  }

  /// Whether each string holds the bytes of `needle` (not empty): one search through the
  /// strings back to back (`memchr` for the first byte), each match put to the string it
  /// starts in and kept when it ends there too; the search goes on after that string.
  private func exactContainsTable(_ needle: [UInt8]) -> [UInt8] {
    var table = [UInt8](repeating: Truth.no, count: count)
    let n = needle.count
    bytes.withUnsafeBufferPointer { hay in
      offsets.withUnsafeBufferPointer { offsets in
        needle.withUnsafeBufferPointer { needle in
          guard let base = hay.baseAddress, let want = needle.baseAddress else { return }
          var code = 0
          var from = 0
          while from + n <= hay.count,
            let hit = memchr(base + from, Int32(want[0]), hay.count - from - n + 1)
          {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard memcmp(base + at + 1, want + 1, n - 1) == 0 else {
              from = at + 1
              continue
            }
            while Int(offsets[code + 1]) <= at { code += 1 }
            let end = Int(offsets[code + 1])
            if at + n <= end {
              table[code] = Truth.yes
              from = end
            } else {
              from = at + 1
            }
          }
        }
      }
    }
    return table
  }

  /// The rank of each code in byte order of the strings, or nil when codes already follow it
  /// (the loader sorts every dictionary, so this is the usual case).
  func byteOrderRanks() -> [UInt32]? {
    let sorted = (1..<Swift.max(count, 1)).allSatisfy { code in
      withUTF8(UInt32(code) - 1) { a in
        withUTF8(UInt32(code)) { b in !b.lexicographicallyPrecedes(a) }
      }
    }
    if sorted { return nil }
    let order = (0..<UInt32(count)).sorted { a, b in
      withUTF8(a) { x in withUTF8(b) { y in x.lexicographicallyPrecedes(y) } }
    }
    var rank = [UInt32](repeating: 0, count: count)
    for (r, code) in order.enumerated() { rank[Int(code)] = UInt32(r) }
    return rank
  }

  /// -1, 0 or 1: string `code` against `target` by bytes.
  private func compare(_ code: UInt32, _ target: [UInt8]) -> Int {
    withUTF8(code) { s in
      let n = Swift.min(s.count, target.count)
      for i in 0..<n where s[i] != target[i] { return s[i] < target[i] ? -1 : 1 }
      return s.count == target.count ? 0 : (s.count < target.count ? -1 : 1)
    }
  }

  private func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    if hay.count < needle.count { return false }
    let first = needle[0]
    for start in 0...(hay.count - needle.count) where asciiLower(hay[start]) == first {
      var i = 1
      while i < needle.count, asciiLower(hay[start + i]) == needle[i] { i += 1 }
      if i == needle.count { return true }
    }
    return false
  }
}

@inline(__always)
private func asciiLower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
