internal import CICU
import Synchronization

/// Matches ASCII letters against the pinyin of Chinese text: `zhang` finds 张三, `zhangs` and
/// `zs`-free prefixes such as `zh` too, `lv` and `lu` find 吕. A pattern matches when, from
/// some character on, it spells the readings of consecutive characters, the last one perhaps
/// in part. Each character has every reading it is known by: ICU's Han-Latin reading, and the
/// reading as a surname where that differs (曾 zeng, 单 shan, 解 xie, 仇 qiu, 朴 piao …).
public struct PinyinMatcher: Sendable {
  private let pattern: [UInt8]
  private let readings: [UInt32: [[UInt8]]]

  /// Whether `pattern` is one pinyin can match: ASCII letters (and spaces between syllables).
  public static func applies(to pattern: String) -> Bool {
    pattern.unicodeScalars.contains { $0.properties.isAlphabetic }
      && pattern.unicodeScalars.allSatisfy {
        ($0.isASCII && $0.properties.isAlphabetic) || $0 == " "
      }
  }

  /// A matcher for `pattern` over `texts`: the readings of every Chinese character they hold
  /// are looked up once (and kept for the process).
  public init(pattern: String, texts: some Sequence<String>) {
    self.pattern = pattern.utf8.filter { $0 != 0x20 }.map { $0 | 0x20 }
    var wanted = Set<UInt32>()
    for text in texts {
      for s in text.unicodeScalars where isHan(s.value) { wanted.insert(s.value) }
    }
    readings = PinyinTable.shared.readings(wanted)
  }

  /// Whether `text` has Chinese characters whose pinyin the pattern spells.
  public func matches(_ text: String) -> Bool {
    let scalars = text.unicodeScalars.map(\.value)
    guard !pattern.isEmpty else { return true }
    for start in scalars.indices where readings[scalars[start]] != nil {
      if spells(scalars, start, 0) { return true }
    }
    return false
  }

  private func spells(_ scalars: [UInt32], _ at: Int, _ p: Int) -> Bool {
    if p == pattern.count { return true }
    guard at < scalars.count, let options = readings[scalars[at]] else { return false }
    let rest = pattern.count - p
    for r in options {
      if r.count <= rest {
        if pattern[p..<(p + r.count)].elementsEqual(r), spells(scalars, at + 1, p + r.count) {
          return true
        }
      } else if r[0..<rest].elementsEqual(pattern[p...]) {
        return true
      }
    }
    return false
  }
}

/// Whether a code point is a CJK ideograph (the unified blocks and their extensions).
func isHan(_ v: UInt32) -> Bool {
  (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
    || (0x20000...0x323AF).contains(v) || v == 0x3007
}

/// Readings per character, made with ICU's Han-Latin transliterator on first need and kept.
final class PinyinTable: Sendable {
  static let shared = PinyinTable()

  private struct State: ~Copyable {
    var transliterator: UnsafeMutableRawPointer?
    var opened = false
    var table: [UInt32: [[UInt8]]] = [:]
  }

  private let state = Mutex(State())

  func readings(_ scalars: Set<UInt32>) -> [UInt32: [[UInt8]]] {
    state.withLock { state in
      if !state.opened {
        state.opened = true
        let id = Array("Han-Latin".utf16)
        state.transliterator = id.withUnsafeBufferPointer {
          dk_transliterator_open($0.baseAddress, Int32($0.count))
        }
      }
      // Without ICU only the surname readings are known: the answer may miss names.
      if state.transliterator == nil, !scalars.isEmpty { fellBack() }
      var out: [UInt32: [[UInt8]]] = [:]
      for s in scalars {
        if let known = state.table[s] {
          out[s] = known
          continue
        }
        var all: [[UInt8]] = []
        if let t = state.transliterator { all = Self.transliterate(s, t) }
        for extra in surnameReadings[s] ?? [] where !all.contains(extra) { all.append(extra) }
        state.table[s] = all.isEmpty ? [] : all
        if !all.isEmpty { out[s] = all }
      }
      return out.filter { !$0.value.isEmpty }
    }
  }

  /// The toneless readings of one character: `lǚ` gives `lv` and `lu`.
  private static func transliterate(_ scalar: UInt32, _ t: UnsafeMutableRawPointer) -> [[UInt8]] {
    guard let s = Unicode.Scalar(scalar) else { return [] }
    var units = [UInt16](repeating: 0, count: 64)
    var length: Int32 = 0
    for u in String(s).utf16 {
      units[Int(length)] = u
      length += 1
    }
    length = units.withUnsafeMutableBufferPointer { buf in
      dk_transliterate(t, buf.baseAddress, length, Int32(buf.count))
    }
    guard length >= 0 else { return [] }
    let latin = String(decoding: units[0..<Int(length)], as: UTF16.self)
    var v: [UInt8] = []
    var u: [UInt8] = []
    for c in latin.unicodeScalars {
      guard let base = toneless[c.value] ?? (c.isASCII && c.properties.isAlphabetic ? c.value : nil)
      else { return [] }
      if base == 0xFC {
        v.append(UInt8(ascii: "v"))
        u.append(UInt8(ascii: "u"))
      } else {
        v.append(UInt8(base | 0x20))
        u.append(UInt8(base | 0x20))
      }
    }
    if v.isEmpty { return [] }
    return v == u ? [v] : [v, u]
  }
}

/// Vowels with tone marks, to their bare letter (ü, 0xFC, stays ü to give both `v` and `u`).
private let toneless: [UInt32: UInt32] = {
  var map: [UInt32: UInt32] = [:]
  let groups: [(String, Character)] = [
    ("āáǎàa", "a"), ("ēéěèêế", "e"), ("īíǐì", "i"), ("ōóǒò", "o"), ("ūúǔù", "u"), ("ǖǘǚǜü", "ü"),
    ("ńňǹ", "n"), ("ḿ", "m"),
  ]
  for (marked, bare) in groups {
    for c in marked.unicodeScalars { map[c.value] = bare.unicodeScalars.first!.value }
  }
  return map
}()

/// Readings as a surname where they differ from the usual one (or where ICU may give the
/// other reading of a character with two).
private let surnameReadings: [UInt32: [[UInt8]]] = {
  let list: [(Character, [String])] = [
    ("曾", ["zeng"]), ("单", ["shan"]), ("解", ["xie"]), ("仇", ["qiu"]), ("朴", ["piao"]),
    ("查", ["zha"]), ("区", ["ou"]), ("覃", ["qin"]), ("盖", ["ge"]), ("乐", ["yue", "le"]),
    ("缪", ["miao"]), ("尉", ["yu"]), ("柏", ["bai"]), ("秘", ["bi"]), ("种", ["chong"]),
    ("员", ["yun"]), ("翟", ["zhai"]), ("折", ["she"]), ("繁", ["po"]), ("召", ["shao"]),
    ("宿", ["su"]), ("沈", ["shen"]), ("燕", ["yan"]), ("薄", ["bo"]), ("藏", ["zang"]),
    ("句", ["gou"]), ("祭", ["zhai"]), ("冼", ["xian"]), ("洗", ["xian"]), ("纪", ["ji"]),
    ("华", ["hua"]), ("长", ["chang", "zhang"]), ("重", ["chong", "zhong"]), ("任", ["ren"]),
    ("过", ["guo"]), ("阚", ["kan"]), ("曲", ["qu"]), ("牟", ["mou"]), ("费", ["fei"]),
    ("万", ["wan", "mo"]), ("隗", ["wei"]), ("黑", ["he"]), ("令", ["ling"]), ("都", ["du"]),
    ("那", ["na"]), ("叶", ["ye"]), ("车", ["che"]), ("郇", ["huan"]), ("眭", ["sui"]),
  ]
  var map: [UInt32: [[UInt8]]] = [:]
  for (c, readings) in list { map[c.unicodeScalars.first!.value] = readings.map { Array($0.utf8) } }
  return map
}()
