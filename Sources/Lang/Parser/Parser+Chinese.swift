extension Parser {
  /// Where a keyword from `offered` was expected and a Chinese word stands: a Chinese keyword
  /// run into a name (`统计党课`, or `党课其中` just before), or a near miss of one (`统记` →
  /// did you mean 统计?). Nil when neither applies, so the usual message is given.
  func keywordRunIntoWord(offering offered: [Keyword]) -> Diagnostic? {
    if let word = current.name {
      if let glued = ChineseKeywords.glued(word, offering: offered), glued.keywordFirst {
        return .keywordRunIntoWord(
          glued.keyword, rest: glued.rest, keywordFirst: true, at: current.span)
      }
      if let suggestion = ChineseKeywords.closest(to: word, offering: offered) {
        return .unknownKeyword(word, suggestion: suggestion, at: current.span)
      }
    }
    if index > 0, let word = tokens[index - 1].name,
      let glued = ChineseKeywords.glued(word, offering: offered), !glued.keywordFirst
    {
      return .keywordRunIntoWord(
        glued.keyword, rest: glued.rest, keywordFirst: false, at: tokens[index - 1].span)
    }
    return nil
  }
}
