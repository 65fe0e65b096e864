/// Ordering strings that share their first eight bytes: see `DictionaryOrder.order`.
extension DictionaryOrder {
  /// The strings of a dictionary, read in place: eight-byte keys at any depth, lengths, and
  /// whole-string comparison.
  struct ByteStrings {
    let base: UnsafePointer<UInt8>
    let offsets: UnsafeBufferPointer<UInt32>

    /// The length of string `c`.
    @inline(__always)
    func length(_ c: Int) -> Int { Int(offsets[c + 1]) - Int(offsets[c]) }

    /// Bytes `depth..<depth + 8` of string `c`, big-endian, zero-padded past its end:
    /// comparing keys compares those bytes.
    @inline(__always)
    func key(_ c: Int, at depth: Int) -> UInt64 {
      let lo = Int(offsets[c]) + depth
      let n = Int(offsets[c + 1]) - lo
      if n >= 8 {
        return UInt64(bigEndian: UnsafeRawPointer(base + lo).loadUnaligned(as: UInt64.self))
      }
      var key: UInt64 = 0
      var k = 0
      while k < n {
        key |= UInt64(base[lo + k]) << UInt64(56 - 8 * k)
        k += 1
      }
      return key
    }

    /// Whether string `a` comes before string `b` in byte order.
    @inline(__always)
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

    /// Whether every string is after the one before it (so the codes are in order already).
    func inOrder(_ n: Int) -> Bool {
      for k in 1..<n where !less(k - 1, k) { return false }
      return true
    }
  }

  /// Puts in byte order each run of `codes` whose strings share their first eight bytes
  /// (`keys`, sorted, are those bytes). The next eight bytes of every string in a run are
  /// read first, in one pass whose loads do not wait on each other, then each run is sorted
  /// on them (deeper while they tie). A large dictionary is done as two halves at once.
  static func sortRuns(
    keys: UnsafeBufferPointer<UInt64>, codes: UnsafeMutableBufferPointer<UInt32>,
    strings: ByteStrings
  ) {
    let n = keys.count
    let next = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: n)
    defer { next.deallocate() }
    var mid = n / 2
    while mid > 0 && mid < n && keys[mid] == keys[mid - 1] { mid += 1 }
    let halves = Unchecked((keys, codes, next, strings))
    func part(_ range: Range<Int>) {
      let (keys, codes, next, strings) = halves.value
      sortRuns(range, keys: keys, codes: codes, next: next, strings: strings)
    }
    if n >= parallelRuns && mid < n {
      _ = LoadParallel.both({ part(0..<mid) }, { part(mid..<n) })
    } else {
      part(0..<n)
    }
  }

  /// Dictionaries with at least this many strings have their runs sorted as two halves.
  static let parallelRuns = 1 << 20

  /// `sortRuns` over the runs in `range`, which starts and ends between runs; `next` is
  /// where the range's strings' next eight bytes are read to.
  private static func sortRuns(
    _ range: Range<Int>, keys: UnsafeBufferPointer<UInt64>,
    codes: UnsafeMutableBufferPointer<UInt32>, next: UnsafeMutableBufferPointer<UInt64>,
    strings: ByteStrings
  ) {
    var longest = 1
    var start = range.lowerBound
    while start < range.upperBound {
      var end = start + 1
      while end < range.upperBound && keys[end] == keys[start] { end += 1 }
      if end - start > 1 {
        for i in start..<end { next[i] = strings.key(Int(codes[i]), at: 8) }
        longest = max(longest, end - start)
      }
      start = end
    }
    if longest == 1 { return }
    let scratch = UnsafeMutableBufferPointer<Keyed>.allocate(capacity: longest)
    defer { scratch.deallocate() }
    start = range.lowerBound
    while start < range.upperBound {
      var end = start + 1
      while end < range.upperBound && keys[end] == keys[start] { end += 1 }
      if end - start > 1 {
        let run = UnsafeMutableBufferPointer(rebasing: scratch[0..<(end - start)])
        for i in start..<end { run[i - start] = Keyed(key: next[i], code: codes[i]) }
        sortKeyed(
          UnsafeMutableBufferPointer(rebasing: codes[start..<end]), depth: 8, strings: strings,
          scratch: run)
      }
      start = end
    }
  }

  /// A code with the key it is sorted on.
  struct Keyed {
    var key: UInt64
    var code: UInt32
  }

  /// Strings that tie this deep are compared whole (a bound on the recursion).
  static let deepest = 256

  /// Sorts `codes`, strings equal in their first `depth` bytes, by the bytes after.
  private static func sortTies(
    _ codes: UnsafeMutableBufferPointer<UInt32>, depth: Int, strings: ByteStrings,
    scratch: UnsafeMutableBufferPointer<Keyed>
  ) {
    if depth >= deepest {
      var whole = codes
      whole.sort { strings.less(Int($0), Int($1)) }
      return
    }
    for i in codes.indices {
      scratch[i] = Keyed(key: strings.key(Int(codes[i]), at: depth), code: codes[i])
    }
    sortKeyed(codes, depth: depth, strings: strings, scratch: scratch)
  }

  /// Sorts `codes`, strings equal in their first `depth` bytes, whose next eight bytes are
  /// the keys of `scratch` (codes alike).
  private static func sortKeyed(
    _ codes: UnsafeMutableBufferPointer<UInt32>, depth: Int, strings: ByteStrings,
    scratch: UnsafeMutableBufferPointer<Keyed>
  ) {
    let n = codes.count
    sortByKey(scratch)
    for i in 0..<n { codes[i] = scratch[i].code }
    // Strings whose keys tie: when none goes on past these eight bytes, they are equal but
    // for their length (a shorter one is the other's start, the rest zero bytes); else they
    // go deeper. Each tie uses its own part of `scratch`, whose keys before it have been
    // read and after it are kept.
    var start = 0
    while start < n {
      let key = scratch[start].key
      var end = start + 1
      while end < n && scratch[end].key == key { end += 1 }
      if end - start > 1 {
        let tie = UnsafeMutableBufferPointer(rebasing: codes[start..<end])
        let tieScratch = UnsafeMutableBufferPointer(rebasing: scratch[start..<end])
        if tie.allSatisfy({ strings.length(Int($0)) <= depth + 8 }) {
          for i in tie.indices {
            tieScratch[i] = Keyed(key: UInt64(strings.length(Int(tie[i]))), code: tie[i])
          }
          sortByKey(tieScratch)
          for i in tie.indices { tie[i] = tieScratch[i].code }
        } else {
          sortTies(tie, depth: depth + 8, strings: strings, scratch: tieScratch)
        }
      }
      start = end
    }
  }

  /// Sorts `items` by key: insertion for a few, else the standard library's sort.
  @inline(__always)
  private static func sortByKey(_ items: UnsafeMutableBufferPointer<Keyed>) {
    let n = items.count
    if n <= 16 {
      for i in 1..<n {
        let item = items[i]
        var j = i
        while j > 0 && item.key < items[j - 1].key {
          items[j] = items[j - 1]
          j -= 1
        }
        items[j] = item
      }
    } else {
      var all = items
      all.sort { $0.key < $1.key }
    }
  }
}
