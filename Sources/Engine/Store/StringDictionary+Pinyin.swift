import Collation
import Lang
import Synchronization

/// The pinyin order of a dictionary's strings, worked out on first use and kept with the
/// dictionary: one ICU sort key per distinct string, never one per row.
final class PinyinRanks: Sendable {
  private let ranks = Mutex<[UInt32]?>(nil)

  /// Forgets the order (the dictionary it belongs to has changed).
  func reset() { ranks.withLock { $0 = nil } }

  func value(_ make: () -> [UInt32]) -> [UInt32] {
    ranks.withLock { kept in
      if let kept { return kept }
      let made = make()
      kept = made
      return made
    }
  }
}

extension StringDictionary {
  /// The rank of each code when the strings are put in pinyin order (ties by bytes).
  public func pinyinRanks() -> [UInt32] {
    pinyin.value { Pinyin.ranks(bytes: bytes, offsets: offsets) }
  }

  /// The rank of each code in the order `collation` asks for, or nil when codes already
  /// follow it (byte order of a sorted dictionary).
  func ranks(_ collation: TextOrder) -> [UInt32]? {
    switch collation {
    case .pinyin: pinyinRanks()
    case .bytes: byteOrderRanks()
    }
  }
}

/// How text is ordered: by pinyin (the default) or by UTF-8 bytes (`order by name bytes`).
public enum TextOrder: Sendable, Equatable {
  case pinyin
  case bytes

  /// -1, 0 or 1: `a` against `b` in this order.
  public func compare(_ a: String, _ b: String) -> Int {
    if a == b { return 0 }
    if self == .pinyin { return Pinyin.compare(a, b) }
    return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
  }
}

extension StringDictionary {
  /// `table` (1 where a string contains the pattern) with the strings whose Chinese
  /// characters the pattern spells in pinyin marked too, when the pattern is ASCII letters.
  func addingPinyinMatches(_ table: [UInt8], _ pattern: String) -> [UInt8] {
    guard PinyinMatcher.applies(to: pattern) else { return table }
    // Only strings with a byte of a multi-byte character can hold Chinese.
    let candidates = (0..<UInt32(count)).filter { code in
      table[Int(code)] != Truth.yes && withUTF8(code) { $0.contains { $0 >= 0xE3 } }
    }
    if candidates.isEmpty { return table }
    let texts = candidates.map { string($0) }
    let matcher = PinyinMatcher(pattern: pattern, texts: texts)
    var out = table
    for (code, text) in zip(candidates, texts) where matcher.matches(text) {
      out[Int(code)] = Truth.yes
    }
    return out
  }
}
