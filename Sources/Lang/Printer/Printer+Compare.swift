extension Printer {
  /// `with change, yoy, share` (`对比 环比, 同比, 比重`).
  public static func print(_ items: [CompareItem], form: KeywordForm = .english) -> String {
    form.spell(.with) + " "
      + items.map { form.spell($0.comparison.keyword) }.joined(separator: ", ")
  }
}
