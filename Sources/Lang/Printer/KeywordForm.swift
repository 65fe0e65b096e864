/// Which spelling of the keywords the canonical printer writes.
public enum KeywordForm: String, Hashable, Sendable, CaseIterable {
  /// `count sessions where type = micro order by date desc`
  case english
  /// `统计 sessions 其中 type = micro 排序 date 降序`
  case chinese

  /// The word (or phrase) for `keywords` in this form: `[.order, .by]` → `order by` / `排序`.
  func spell(_ keywords: Keyword...) -> String {
    switch self {
    case .english: return keywords.map(\.rawValue).joined(separator: " ")
    case .chinese:
      if let word = ChineseKeywords.word(for: keywords) { return word }
      return keywords.map { ChineseKeywords.word(for: [$0]) ?? $0.rawValue }.joined(separator: " ")
    }
  }

  /// The name of an aggregate as a keyword: `count distinct` → `统计 不同`.
  func spell(_ function: AggregateFunction) -> String {
    function == .countDistinct ? spell(.count) + " " + spell(.distinct) : spell(keyword(function))
  }

  /// An output-column path that is a metric word (`order by count`) in this form: `统计`.
  func spellPath(_ path: Path) -> String {
    if self == .chinese, path.parts.count == 1, let keyword = Keyword(rawValue: path.parts[0].text),
      Keyword.metrics.contains(keyword)
    {
      return spell(keyword)
    }
    // A name with spaces, or one that is a keyword, goes in backquotes (`first name`); a
    // measure word alone (`order by count`) names an output column as written.
    if path.parts.count == 1, let keyword = Keyword(word: path.parts[0].text),
      Keyword.metrics.contains(keyword)
    {
      return path.dotted
    }
    return path.parts.map { Printer.name($0.text) }
      .joined(separator: ".")
  }

  /// The word joining the two ends of `between`: `and` / `和`.
  var betweenAnd: String { self == .english ? "and" : ChineseKeywords.betweenAnd }

  private func keyword(_ function: AggregateFunction) -> Keyword {
    Keyword(rawValue: function.rawValue) ?? .count
  }
}
