/// Which of UTF-8 and GB18030 a file's text more likely is, when its bytes are valid in
/// both: a short GBK file can be valid UTF-8 by chance, and a UTF-8 file read as GB18030
/// gives nonsense too. A sample is read both ways and each reading scored by the characters
/// it gives, as placed in GB18030: the 3,755 common hanzi of GB2312 and Chinese punctuation
/// score high, the rarer hanzi less, and what Chinese text seldom holds — GBK's extension
/// characters, Greek and Cyrillic, Latin letters with accents, characters outside GBK (the
/// marks of mojibake) — scores below zero.
enum EncodingGuess {
  /// Bytes of the file's start that are scored.
  static let sampleBytes = 64 << 10
  /// How much better the other reading must score to be taken as the likely one.
  static let margin = 0.5

  /// The likely encoding of `bytes` when it is not `chosen` (`utf-8` or `gb18030`), both
  /// readings being valid for the sample; nil when `chosen` is as likely.
  static func better(than chosen: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let sample = Self.sample(bytes)
    guard sample.contains(where: { $0 >= 0x80 }),
      let asGB = score(gb18030: sample), let asUTF8 = score(utf8: sample)
    else { return nil }
    switch chosen {
    case "utf-8": return asGB > asUTF8 + margin && asGB > 0.3 ? "gb18030" : nil
    case "gb18030": return asUTF8 > asGB + margin && asUTF8 > 0.3 ? "utf-8" : nil
    default: return nil
    }
  }

  /// The start of `bytes`, up to `sampleBytes`, ended at a line end when it is cut.
  private static func sample(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    guard bytes.count > sampleBytes else { return bytes }
    var end = sampleBytes
    while end > 0 && bytes[end - 1] != 0x0A { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[..<(end > 0 ? end : sampleBytes)])
  }

  /// The mean score of the characters of `bytes` read as UTF-8, or nil when they are not.
  static func score(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard TextDecoding.firstInvalidUTF8(bytes) == nil,
      case .success(let gb) = TextDecoding.convert(bytes, from: "UTF-8", to: "GB18030")
    else { return nil }
    return gb.withUnsafeBufferPointer { score(gb18030: $0) }
  }

  /// The mean score of the non-ASCII characters of `bytes` read as GB18030, or nil when
  /// they are not valid GB18030 (a character cut by the end of the bytes is left out).
  static func score(gb18030 b: UnsafeBufferPointer<UInt8>) -> Double? {
    var total = 0.0
    var count = 0
    var i = 0
    while i < b.count {
      let lead = b[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      guard lead >= 0x81 && lead <= 0xFE else { return nil }
      guard i + 1 < b.count else { break }
      let second = b[i + 1]
      count += 1
      if second >= 0x30 && second <= 0x39 {
        // Four bytes: a character outside GBK.
        guard i + 3 < b.count else { break }
        guard (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) else {
          return nil
        }
        total -= 1
        i += 4
        continue
      }
      guard (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) else { return nil }
      total += twoByteScore(lead, second)
      i += 2
    }
    return count == 0 ? nil : total / Double(count)
  }

  /// The score of a two-byte GBK character.
  private static func twoByteScore(_ lead: UInt8, _ trail: UInt8) -> Double {
    guard trail >= 0xA1 else { return -1 }  // GBK's extension
    switch lead {
    case 0xB0...0xD7: return 1  // the common hanzi
    case 0xA3: return 1  // full-width letters, digits and punctuation
    case 0xD8...0xF7: return 0.3  // the rarer hanzi of GB2312
    case 0xA1, 0xA2: return 0.5  // punctuation, symbols, numbers
    case 0xA4...0xA9: return -0.5  // kana, Greek, Cyrillic, pinyin, box drawing
    default: return -1
    }
  }
}
