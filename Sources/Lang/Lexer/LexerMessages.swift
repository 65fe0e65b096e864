/// The lexer's messages (codes E0100–E0199), declared next to the code that emits them.
struct LexerMessages: MessageCatalog {
  let fullWidth = MessageSpec(
    "E0101", en: "full-width '{0}' is not allowed here", zh: "这里不能用全角的“{0}”",
    explain: (
      en: "A Chinese input method types full-width punctuation (，（）＝). The query language"
        + " reads ASCII punctuation only.",
      zh: "中文输入法打出的是全角标点（，（）＝），查询语言只认半角标点。"
    ), example: "count sessions。")
  let typeAscii = MessageSpec(
    en: "type the ASCII '{0}' instead (switch the input method to English)",
    zh: "请改用半角的“{0}”（把输入法切换到英文）")
  let chineseQuote = MessageSpec(
    "E0102", en: "Chinese quotation mark '{0}' cannot start or end a string",
    zh: "中文引号 {0} 不能用来括起字符串",
    explain: (
      en: "Strings are written between ASCII quotes, \" or '. Chinese quotation marks are"
        + " text, not delimiters.",
      zh: "字符串要用半角引号 \" 或 ' 括起来；中文引号只是普通文字，不算字符串的边界。"
    ), example: "count members where name ~ 「王」")
  let asciiQuotes = MessageSpec(
    en: "write strings in ASCII quotes: \"王\" or '王'", zh: "字符串请用半角引号：\"王\" 或 '王'")
  let unexpectedMinus = MessageSpec(
    "E0103", en: "unexpected '-'", zh: "这里不能出现“-”",
    explain: (
      en: "A minus sign goes between two values (`avg 2016 - born of members`) or right"
        + " before a number (`-1`); it cannot start a column or a word.",
      zh: "减号要写在两个值之间（`avg 2016 - born of members`），或紧贴在数字前面（`-1`），"
        + "不能写在列名或词语前面。"
    ), example: "count members where -born < -1960")
  let noArithmetic = MessageSpec(
    en: "'-' goes between two values, as in 2016 - born, or before a number, as in -1",
    zh: "“-”要写在两个值之间，如 2016 - born，或写在数字前面，如 -1")
  let unexpectedStar = MessageSpec(
    "E0104", en: "unexpected '*'", zh: "这里不能出现“*”",
    explain: (
      en: "There is no `*` as in SQL: `list TABLE` shows every column, `count TABLE` counts"
        + " rows.",
      zh: "这里没有 SQL 里的 `*`：`list 表` 列出所有列，`count 表` 统计行数。"
    ), example: "list * of members")
  let listOrCount = MessageSpec(
    en: "to see every column write 'list {0}'; to count rows write 'count {0}'",
    zh: "要看所有列请写“list {0}”；要数行数请写“count {0}”")
  let unexpectedCharacter = MessageSpec(
    "E0105", en: "unexpected character '{0}'", zh: "不认识的字符“{0}”",
    explain: (
      en: "The character has no meaning outside a string. Put text in quotes.",
      zh: "这个字符在字符串以外没有意义。文字请放在引号里。"
    ), example: "count sessions where title = 党课@")
  let invisibleCharacter = MessageSpec(
    "E0106", en: "unexpected character {0}", zh: "这里有一个看不见的字符 {0}",
    explain: (
      en: "An invisible character (a control character, a zero-width mark or an unusual space)"
        + " is in the query, often pasted from a document. Delete it and type the text again.",
      zh: "查询里夹着一个看不见的字符（控制字符、零宽字符或特殊空格），多半是从文档里粘贴来的。"
        + "把它删掉，重新输入这段文字。"
    ), example: "count\u{200B} sessions")
  let doubleEquals = MessageSpec(
    "E0107", en: "'==' is not an operator", zh: "没有“==”这个运算符",
    explain: (
      en: "Equality is written with a single `=`.", zh: "比较相等只写一个 `=`。"
    ), example: "count sessions where type == micro")
  let singleEquals = MessageSpec(en: "use a single '=' to compare", zh: "比较相等只用一个“=”")
  let lonelyBang = MessageSpec(
    "E0108", en: "unexpected '!'", zh: "这里不能单独出现“!”",
    explain: (
      en: "`!` only exists as part of `!=` (not equal). To negate a condition write `not`.",
      zh: "`!` 只能出现在 `!=`（不等于）里。要否定一个条件请写 `not`。"
    ), example: "count sessions where !type = micro")
  let notEqual = MessageSpec(
    en: "write '!=' for 'not equal', or use 'not'", zh: "“不等于”请写“!=”，或者用 not")
  let strayBackslash = MessageSpec(
    "E0109", en: "unexpected '\\'", zh: "这里不能出现“\\”",
    explain: (
      en: "A backslash at the end of a line continues the statement on the next line;"
        + " anywhere else it is an error.",
      zh: "行尾的反斜杠表示语句在下一行继续；放在别处就是错误。"
    ), example: "count sessions \\ where type = micro")
  let backslashEndsLine = MessageSpec(
    en: "a backslash continues a statement on the next line, so it must end the line",
    zh: "反斜杠表示语句在下一行继续，所以必须放在行尾")
  let parameterName = MessageSpec(
    "E0110", en: "expected a parameter name after '$'", zh: "“$”后面应该是参数名",
    explain: (
      en: "`$name` is a parameter, filled from `--set name=value` or `.set name value`.",
      zh: "`$名称` 是参数，用 `--set 名称=值` 或 `.set 名称 值` 给它赋值。"
    ), example: "count sessions where date in $")
  let invalidQuarter = MessageSpec(
    "E0111", en: "invalid quarter", zh: "季度写错了",
    explain: (
      en: "A quarter is written YEAR-Q1 to YEAR-Q4.", zh: "季度写成 年份-Q1 到 年份-Q4。"
    ), example: "count sessions where date in 2016-Q5")
  let quarterRange = MessageSpec(
    en: "quarters go from Q1 to Q4, as in 2016-Q4", zh: "季度只有 Q1 到 Q4，如 2016-Q4")
  let invalidMonth = MessageSpec(
    "E0112", en: "invalid month", zh: "月份写错了",
    explain: (
      en: "A month is written YEAR-MM with MM from 01 to 12.",
      zh: "月份写成 年份-月，月从 01 到 12。"
    ), example: "count sessions where date in 2016-13")
  let monthRange = MessageSpec(
    en: "months go from 01 to 12, as in 2016-11", zh: "月份从 01 到 12，如 2016-11")
  let invalidDay = MessageSpec(
    "E0113", en: "invalid date", zh: "这个日期不存在",
    explain: (
      en: "The day is past the end of its month (leap years count).",
      zh: "日子超出了那个月的天数（闰年也算在内）。"
    ), example: "count sessions where date = 2017-02-29")
  let daysInMonth = MessageSpec(en: "that month has {0} days", zh: "那个月只有 {0} 天")
  let numberTooLarge = MessageSpec(
    "E0114", en: "number too large", zh: "数字太大了",
    explain: (
      en: "Whole numbers are 64-bit: at most 9223372036854775807.",
      zh: "整数是 64 位的，最大 9223372036854775807。"
    ), example: "count sessions where hours > 99999999999999999999")
  let largestNumber = MessageSpec(
    en: "whole numbers go up to 9223372036854775807", zh: "整数最大是 9223372036854775807")
  let quoteLongNumber = MessageSpec(
    en: "a longer number (a card or an account) is kept as text: write it in quotes, \"{0}\"",
    zh: "更长的号码（卡号、账号）按文本保存，请加引号：\"{0}\"")
  let malformedNumber = MessageSpec(
    "E0115", en: "'{0}' is not a number, date or name", zh: "“{0}”既不是数字、日期，也不是名称",
    explain: (
      en: "A word that starts with a digit must be a number (32, 1.5), a date (2016-11-24),"
        + " a month (2016-11) or a quarter (2016-Q4).",
      zh: "以数字开头的词只能是数字（32、1.5）、日期（2016-11-24）、月份（2016-11）或季度（2016-Q4）。"
    ), example: "count sessions where date = 2016-11-24x")
  let numberShapes = MessageSpec(
    en: "names cannot start with a digit; dates look like 2016-11-24, months 2016-11,"
      + " quarters 2016-Q4",
    zh: "名称不能以数字开头；日期写成 2016-11-24，月份 2016-11，季度 2016-Q4")
  let unknownEscape = MessageSpec(
    "E0116", en: "unknown escape in string", zh: "字符串里有不认识的转义",
    explain: (
      en: "Inside quotes a backslash starts an escape: \\\" \\' \\\\ or \\n.",
      zh: "引号里的反斜杠开始一个转义，只能是 \\\" \\' \\\\ 或 \\n。"
    ), example: "count members where name = \"a\\q\"")
  let escapes = MessageSpec(
    en: "inside quotes write \\\" \\' \\\\ or \\n; a plain backslash is \\\\",
    zh: "引号里可以写 \\\" \\' \\\\ 或 \\n；单独的反斜杠要写成 \\\\")
  let unterminatedString = MessageSpec(
    "E0117", en: "unterminated string", zh: "字符串没有结束",
    explain: (
      en: "A string opened with a quote must be closed with the same quote on the same line.",
      zh: "用引号开始的字符串，要在同一行用同样的引号结束。"
    ), example: "count members where name = \"王")
  let closeQuote = MessageSpec(
    en: "close it with a matching {0}", zh: "请用配对的 {0} 把它括起来")
}

/// The lexer's catalog.
let lexerMessages = LexerMessages()

extension Diagnostic {
  /// Full-width (Chinese input method) punctuation and the ASCII character meant.
  static let fullWidthPunctuation: [Unicode.Scalar: String] = [
    "，": ",", "、": ",", "（": "(", "）": ")", "＝": "=", "；": ";", "。": ".", "＞": ">",
    "＜": "<", "～": "~", "＄": "$", "！": "!", "＃": "#", "：": ":",
  ]

  /// `table`: the table a `*` was followed by (`* of members`), for its hint.
  static func unexpectedCharacter(
    _ scalar: Unicode.Scalar, at span: Span, table: String? = nil
  ) -> Diagnostic {
    let m = lexerMessages
    if let ascii = fullWidthPunctuation[scalar] {
      return .error(m.fullWidth(scalar), at: span, notes: [m.typeAscii(ascii)])
    }
    switch scalar {
    case "“", "”", "‘", "’", "「", "」":
      return .error(m.chineseQuote(scalar), at: span, notes: [m.asciiQuotes()])
    case "-":
      return .error(m.unexpectedMinus(), at: span, notes: [m.noArithmetic()])
    case "*":
      return .error(m.unexpectedStar(), at: span, notes: [m.listOrCount(table ?? "sessions")])
    default:
      // Invisible characters (spaces, controls, zero-width marks) are named by code point.
      let invisible =
        scalar.properties.isWhitespace
        || [.control, .format, .unassigned].contains(scalar.properties.generalCategory)
      guard invisible else { return .error(m.unexpectedCharacter(scalar), at: span) }
      let hex = String(scalar.value, radix: 16, uppercase: true)
      let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return .error(m.invisibleCharacter(code), at: span)
    }
  }

  static func doubleEquals(at span: Span) -> Diagnostic {
    .error(lexerMessages.doubleEquals(), at: span, notes: [lexerMessages.singleEquals()])
  }

  static func lonelyBang(at span: Span) -> Diagnostic {
    .error(lexerMessages.lonelyBang(), at: span, notes: [lexerMessages.notEqual()])
  }

  static func strayBackslash(at span: Span) -> Diagnostic {
    .error(lexerMessages.strayBackslash(), at: span, notes: [lexerMessages.backslashEndsLine()])
  }

  static func expectedParameterName(at span: Span) -> Diagnostic {
    .error(lexerMessages.parameterName(), at: span, notes: [commonMessages.forExample("$month")])
  }

  static func invalidQuarter(at span: Span) -> Diagnostic {
    .error(lexerMessages.invalidQuarter(), at: span, notes: [lexerMessages.quarterRange()])
  }

  static func invalidMonth(at span: Span) -> Diagnostic {
    .error(lexerMessages.invalidMonth(), at: span, notes: [lexerMessages.monthRange()])
  }

  static func invalidDay(at span: Span, year: Int, month: Int) -> Diagnostic {
    let days = Lexer.daysIn(year: year, month: month)
    return .error(lexerMessages.invalidDay(), at: span, notes: [lexerMessages.daysInMonth(days)])
  }

  static func numberTooLarge(_ written: String, at span: Span) -> Diagnostic {
    .error(
      lexerMessages.numberTooLarge(), at: span,
      notes: [lexerMessages.largestNumber(), lexerMessages.quoteLongNumber(written)])
  }

  static func malformedNumber(_ text: String, at span: Span) -> Diagnostic {
    .error(lexerMessages.malformedNumber(text), at: span, notes: [lexerMessages.numberShapes()])
  }

  static func unknownEscape(at span: Span) -> Diagnostic {
    .error(lexerMessages.unknownEscape(), at: span, notes: [lexerMessages.escapes()])
  }

  static func unterminatedString(at span: Span, quote: Unicode.Scalar) -> Diagnostic {
    .error(lexerMessages.unterminatedString(), at: span, notes: [lexerMessages.closeQuote(quote)])
  }
}
