/// The Chinese form of the keywords (grammar.md, "Chinese keywords" lists exactly these).
///
/// A Chinese keyword is a word like an English one: it is read only when it stands alone,
/// between spaces, punctuation or the ends of the line (`统计 党课`, not `统计党课`), so a
/// name that merely starts with one (`在职党员`, `不同意见`) stays a name. Some words stand
/// for a phrase of keywords (`排序` is `order by`, `不属于` is `not in`); the lexer turns
/// them into the same tokens as the English phrase, each with the span of the whole word.
/// A statement may mix both forms: the parser only ever sees keywords.
public enum ChineseKeywords {
  /// One Chinese word and the keywords it stands for.
  public struct Entry: Hashable, Sendable {
    public let word: String
    public let keywords: [Keyword]
    /// Whether the canonical printer writes this word (the others are accepted synonyms).
    public let canonical: Bool
  }

  /// Every Chinese keyword, canonical spellings first within each meaning.
  public static let entries: [Entry] = [
    Entry(word: "统计", keywords: [.count], canonical: true),
    Entry(word: "不同", keywords: [.distinct], canonical: true),
    Entry(word: "求和", keywords: [.sum], canonical: true),
    Entry(word: "平均", keywords: [.avg], canonical: true),
    Entry(word: "最小", keywords: [.min], canonical: true),
    Entry(word: "最大", keywords: [.max], canonical: true),
    Entry(word: "中位数", keywords: [.median], canonical: true),
    Entry(word: "标准差", keywords: [.stddev], canonical: true),
    Entry(word: "占比", keywords: [.rate], canonical: true),
    Entry(word: "列出", keywords: [.list], canonical: true),
    Entry(word: "从", keywords: [.of], canonical: true),
    Entry(word: "的", keywords: [.of], canonical: false),
    Entry(word: "设", keywords: [.let], canonical: true),
    Entry(word: "显示表", keywords: [.show, .tables], canonical: true),
    Entry(word: "描述", keywords: [.describe], canonical: true),
    Entry(word: "其中", keywords: [.where], canonical: true),
    Entry(word: "按", keywords: [.by], canonical: true),
    Entry(word: "交叉", keywords: [.across], canonical: true),
    Entry(word: "对比", keywords: [.with], canonical: true),
    Entry(word: "环比", keywords: [.change], canonical: true),
    Entry(word: "同比", keywords: [.yoy], canonical: true),
    Entry(word: "比重", keywords: [.share], canonical: true),
    Entry(word: "筛选", keywords: [.having], canonical: true),
    Entry(word: "排序", keywords: [.order, .by], canonical: true),
    Entry(word: "限", keywords: [.limit], canonical: true),
    Entry(word: "前", keywords: [.top], canonical: true),
    Entry(word: "以", keywords: [.as], canonical: true),
    Entry(word: "升序", keywords: [.asc], canonical: true),
    Entry(word: "降序", keywords: [.desc], canonical: true),
    Entry(word: "且", keywords: [.and], canonical: true),
    Entry(word: "并且", keywords: [.and], canonical: false),
    Entry(word: "和", keywords: [.and], canonical: false),
    Entry(word: "或", keywords: [.or], canonical: true),
    Entry(word: "或者", keywords: [.or], canonical: false),
    Entry(word: "非", keywords: [.not], canonical: true),
    Entry(word: "不", keywords: [.not], canonical: false),
    Entry(word: "属于", keywords: [.in], canonical: true),
    Entry(word: "不属于", keywords: [.not, .in], canonical: true),
    Entry(word: "介于", keywords: [.between], canonical: true),
    Entry(word: "不介于", keywords: [.not, .between], canonical: true),
    Entry(word: "为空", keywords: [.is, .empty], canonical: true),
    Entry(word: "不为空", keywords: [.is, .not, .empty], canonical: true),
    Entry(word: "有", keywords: [.has], canonical: true),
    Entry(word: "没有", keywords: [.no], canonical: true),
    Entry(word: "真", keywords: [.true], canonical: true),
    Entry(word: "假", keywords: [.false], canonical: true),
  ]

  /// The word that joins the two ends of `between` in the Chinese form: `介于 1 和 3`.
  public static let betweenAnd = "和"

  private static let byWord: [String: [Keyword]] = Dictionary(
    uniqueKeysWithValues: entries.map { ($0.word, $0.keywords) })

  private static let byKeywords: [[Keyword]: String] = Dictionary(
    entries.filter(\.canonical).map { ($0.keywords, $0.word) },
    uniquingKeysWith: { first, _ in first })

  /// The keywords a Chinese word stands for, or nil when it is not a Chinese keyword.
  public static func keywords(for word: String) -> [Keyword]? {
    byWord[word]
  }

  /// The canonical Chinese word for a keyword or phrase of keywords (`[.order, .by]` → 排序),
  /// or nil when the Chinese form has no word for it on its own (`is`, `empty`, `show`,
  /// `tables` and `order` are only written inside a phrase). `sql` is written `sql` in both forms.
  public static func word(for keywords: [Keyword]) -> String? {
    if keywords == [.sql] { return "sql" }
    return byKeywords[keywords]
  }

  /// The Chinese words to offer where `offered` keywords may come: each keyword's words, and
  /// the phrase words that start with one of them (`为空` where `is` may come; `不属于` only
  /// where both `not` and `in` may). Synonyms (`并且`, `的`, …) only when `synonyms` is true.
  static func words(offering offered: [Keyword], synonyms: Bool) -> [String] {
    var result: [String] = []
    for keyword in offered {
      if keyword == .sql { result.append("sql") }
      for entry in entries where entry.keywords[0] == keyword && (entry.canonical || synonyms) {
        if keyword == .not, entry.keywords.count > 1, !offered.contains(entry.keywords[1]) {
          continue
        }
        if !result.contains(entry.word) { result.append(entry.word) }
      }
    }
    return result
  }

  /// Whether `text` holds a character of a Chinese script (so a typo in it is compared with
  /// the Chinese keywords).
  static func isChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
  }

  /// The Chinese keyword closest to `word` (one character added, dropped, changed or
  /// swapped), among the keywords that may stand here; nil for a word without Chinese.
  static func closest(to word: String, offering offered: [Keyword]) -> String? {
    guard isChinese(word) else { return nil }
    let candidates = entries.filter { entry in
      entry.word.count >= 2 && offered.contains(entry.keywords[0])
    }
    var best: (word: String, distance: Int)?
    for entry in candidates {
      let distance = Suggest.distance(word, entry.word)
      if distance <= 1, distance < (best?.distance ?? .max) { best = (entry.word, distance) }
    }
    return best?.word
  }

  /// A Chinese keyword that may stand here (`offered`) run into the rest of `word` without a
  /// space: `统计党课` → (统计, 党课), `党课其中` → (其中, 党课) with `keywordFirst` false.
  /// The longest keyword wins; nil when `word` neither starts nor ends with one.
  static func glued(_ word: String, offering offered: [Keyword])
    -> (keyword: String, rest: String, keywordFirst: Bool)?
  {
    let sorted = entries.filter { offered.contains($0.keywords[0]) }.map(\.word)
      .sorted { $0.count > $1.count }
    for keyword in sorted where word.count > keyword.count && word.hasPrefix(keyword) {
      return (keyword, String(word.dropFirst(keyword.count)), true)
    }
    for keyword in sorted where word.count > keyword.count && word.hasSuffix(keyword) {
      return (keyword, String(word.dropLast(keyword.count)), false)
    }
    return nil
  }
}
