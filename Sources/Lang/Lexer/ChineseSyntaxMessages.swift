/// Messages about the Chinese ways of writing a statement: input-method punctuation,
/// Chinese quotes and Chinese keywords (codes E0900–E0999, W0900–W0999).
struct ChineseSyntaxMessages: MessageCatalog {
  let strayClosingQuote = MessageSpec(
    "E0901", en: "'{0}' closes a string that was never opened",
    zh: "“{0}”是后引号，前面没有与它配对的前引号",
    explain: (
      en: """
      A string may be written in ASCII quotes ("王", '王') or in Chinese quotes (“王”, ‘王’). \
      A Chinese string starts with the opening quote “ (or ‘) and ends with the closing \
      quote ” (or ’); this closing quote has no opening quote before it.
      """,
      zh: """
      字符串可以用英文引号（"王"、'王'）或中文引号（“王”、‘王’）括起来。中文引号要以前引号“（或‘）\
      开头、以后引号”（或’）结尾；这里的后引号前面没有前引号。
      """
    ),
    example: "count members where name ~ ”王”")
  let openWithQuote = MessageSpec(
    en: "start the string with {0}: {0}王{1}", zh: "字符串要以{0}开头：{0}王{1}")

  let fullWidthRead = MessageSpec(
    "W0901", en: "full-width '{0}' read as '{1}'", zh: "全角的“{0}”已按半角“{1}”读取",
    explain: (
      en: """
      Punctuation and digits typed by a Chinese input method (＝ （ ） ， ； ２０１６ …) are read \
      as their ASCII twins outside strings. In strict mode each one is noted, so that a \
      script can be kept in plain ASCII; the statement still runs.
      """,
      zh: """
      中文输入法打出的全角标点和数字（＝ （ ） ， ； ２０１６ 等）在字符串以外按对应的半角符号读取。\
      严格模式下会逐一提示，方便把脚本改成半角；语句照常执行。
      """
    ),
    example: "count sessions where type＝micro")
  let switchInputMethod = MessageSpec(
    en: "strict mode asks for ASCII punctuation: switch the input method to English",
    zh: "严格模式要求使用半角符号：请把输入法切换到英文")

  let keywordRunIntoWord = MessageSpec(
    "E0902", en: "the keyword '{0}' is run into '{1}'", zh: "关键字“{0}”和“{1}”连在了一起",
    explain: (
      en: """
      A Chinese keyword is a word of its own, like an English one: put a space (or \
      punctuation) between it and the names around it. `统计党课` is one unknown word; \
      `统计 党课` is count sessions. This keeps names such as 在职党员 or 不同意见 whole.
      """,
      zh: """
      中文关键字和英文关键字一样是单独的词，要和前后的名称用空格（或标点）隔开。\
      “统计党课”会被当成一个不认识的词，“统计 党课”才是统计党课的次数。\
      这样“在职党员”“不同意见”这类名称不会被拆开。
      """
    ),
    example: "统计党课")
  let separateWords = MessageSpec(
    en: "keywords are separate words: write '{0}'", zh: "关键字要用空格隔开，写成“{0}”")
}

let chineseSyntaxMessages = ChineseSyntaxMessages()

extension Diagnostic {
  /// A `”` or `’` with no opening quote before it.
  static func strayClosingQuote(_ quote: Unicode.Scalar, at span: Span) -> Diagnostic {
    let opening: Unicode.Scalar = quote == "’" ? "‘" : "“"
    return .error(
      chineseSyntaxMessages.strayClosingQuote(quote), at: span,
      notes: [chineseSyntaxMessages.openWithQuote(opening, quote)])
  }

  /// Strict mode: full-width text read as ASCII (a note, never an error).
  static func fullWidthRead(_ written: String, as ascii: String, at span: Span) -> Diagnostic {
    Diagnostic(
      .note, chineseSyntaxMessages.fullWidthRead(written, ascii), at: span,
      notes: [chineseSyntaxMessages.switchInputMethod()])
  }

  /// `统计党课` (keyword first) or `党课其中` (keyword last): a Chinese keyword without a space.
  static func keywordRunIntoWord(
    _ keyword: String, rest: String, keywordFirst: Bool, at span: Span
  ) -> Diagnostic {
    let fixed = keywordFirst ? "\(keyword) \(rest)" : "\(rest) \(keyword)"
    return .error(
      chineseSyntaxMessages.keywordRunIntoWord(keyword, rest), at: span,
      notes: [chineseSyntaxMessages.separateWords(fixed)])
  }
}
