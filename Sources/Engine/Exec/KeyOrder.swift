import Collation

extension Executor {
  /// The distinct codes of a key in the order of their shown values, missing last.
  ///
  /// A text key of a dictionary uses the dictionary's pinyin ranks, made once and kept. Other
  /// text in pinyin order takes one ICU sort key per distinct value (`Pinyin.ranks`) instead of
  /// a collator call per comparison: thousands of organisation names sort in a millisecond,
  /// not tens. The values go in in byte order, so equal sort keys keep byte order, as
  /// `Value.order` gives.
  func orderedCodes(_ distinct: [Int32], of key: KeyColumn) -> [Int32] {
    if textOrder == .pinyin, let dictionary = key.dictionary, distinct.count > 1 {
      let ranks = dictionary.pinyinRanks()
      var present = distinct.filter { $0 != key.missing && Int($0) < ranks.count }
      present.sort { ranks[Int($0)] < ranks[Int($1)] }
      return present + distinct.filter { $0 == key.missing || Int($0) >= ranks.count }
    }
    let values = distinct.map { ($0, key.orderValue($0)) }
    var texts: [(code: Int32, text: String)] = []
    var missing: [Int32] = []
    if textOrder == .pinyin, values.count > 8 {
      for (code, value) in values {
        if case .text(let s) = value {
          texts.append((code, s))
        } else if value == .missing {
          missing.append(code)
        } else {
          break
        }
      }
    }
    guard textOrder == .pinyin, texts.count + missing.count == values.count, !texts.isEmpty
    else {
      return values.sorted { $0.1.order($1.1, text: textOrder) < 0 }.map(\.0)
    }
    texts.sort { $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }
    var bytes: [UInt8] = []
    var offsets: [UInt32] = [0]
    offsets.reserveCapacity(texts.count + 1)
    for entry in texts {
      bytes.append(contentsOf: entry.text.utf8)
      offsets.append(UInt32(bytes.count))
    }
    let rank = Pinyin.ranks(bytes: bytes, offsets: offsets)
    var byRank = [Int32](repeating: 0, count: texts.count)
    for (i, r) in rank.enumerated() { byRank[Int(r)] = texts[i].code }
    return byRank + missing.sorted()
  }
}
