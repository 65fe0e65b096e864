/// The messages of `with change, yoy, share` in the parser (codes E0370–E0371).
struct CompareSyntaxMessages: MessageCatalog {
  let comparisonAfterWith = MessageSpec(
    en: "'change', 'yoy' or 'share' after '{0}'", zh: "“{0}”后面要写“change”（环比）、“yoy”（同比）或“share”（比重）")
  let comparisonsAre = MessageSpec(
    en: "change: against the previous period (环比); yoy: against the same period a year earlier"
      + " (同比); share: share of the column's total (占比)",
    zh: "change 是与上一期比（环比），yoy 是与上年同期比（同比），share 是占该列合计的比重（占比）")
  let writtenTwice = MessageSpec(
    "E0370", en: "'{0}' is written twice", zh: "“{0}”写了两次",
    explain: (
      en: "Each comparison of `with` (change, yoy, share) adds its columns once; the same word"
        + " twice would add the same columns twice.",
      zh: "`with` 后面的每种对比（change 环比、yoy 同比、share 比重）只添加一次它的列；同一个词写两次会得到重复的列。"
    ), example: "count sessions by month with change, change")
  let keepOne = MessageSpec(en: "leave out the second '{0}'", zh: "请去掉第二个“{0}”")
}

let compareSyntaxMessages = CompareSyntaxMessages()
