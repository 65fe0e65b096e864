import Lang

/// Messages about numbers that cannot be held exactly (codes E1280–E1299, W1280–W1299):
/// whole numbers beyond `Int64` in an answer or in the data, decimals that lose digits.
struct ExactNumberMessages: MessageCatalog {
  let sumTooLarge = MessageSpec(
    "E1280", en: "a sum is larger than the largest whole number held exactly (9223372036854775807)",
    zh: "合计超出了能精确表示的最大整数（9223372036854775807）",
    explain: (
      en: """
      Whole numbers are added as whole numbers, so that an answer keeps every digit. A sum \
      beyond ±9223372036854775807 has no exact whole number, and Dangke refuses it rather \
      than round it. Sum a smaller selection, or a decimal column.
      """,
      zh: """
      整数按整数相加，答案的每一位都准确。合计超过 ±9223372036854775807 就无法用整数精确表示，\
      Dangke 宁可报错也不给出四舍五入后的数。请缩小范围再求和。
      """
    ), example: "sum idcard of people")
  let arithmeticTooLarge = MessageSpec(
    "E1281",
    en: "arithmetic on whole numbers gives a value beyond 9223372036854775807",
    zh: "整数运算的结果超出了能精确表示的范围（±9223372036854775807）",
    explain: (
      en: """
      `+`, `-` and `*` on whole numbers are worked out as whole numbers, so `idcard + 1` \
      keeps all 18 digits. A result beyond ±9223372036854775807 cannot be held exactly and \
      is refused rather than rounded. Divide first, or use a decimal (`* 1.0`).
      """,
      zh: """
      整数之间的加、减、乘按整数计算，所以 `idcard + 1` 仍保留全部 18 位。结果超过 \
      ±9223372036854775807 无法精确表示，会报错而不是四舍五入。可以先除，或乘以小数（`* 1.0`）。
      """
    ), example: "list idcard * 100 of people")
  let wholeKeptAsText = MessageSpec(
    "W1280",
    en: "column {0} holds whole numbers too long to be numbers exactly (first on line {1}); "
      + "kept as text, digit for digit",
    zh: "列 {0} 里有位数太多、无法按数字精确保存的整数（第一个在第 {1} 行），已按文本原样保存",
    explain: (
      en: """
      A whole number is held exactly up to 9223372036854775807 (19 digits); in a column that \
      also holds decimals, only up to 9007199254740992 (16 digits). A longer number (a bank \
      card, an account, an ID-card number next to a decimal) would be rounded, and two \
      different numbers could become one. Such a column is kept as text instead: `=` and \
      `in (…)` still find each value exactly, written with or without quotes. The warning \
      gives the line, not the cell, as the cell may be personal data.
      """,
      zh: """
      整数最多能精确保存到 9223372036854775807（19 位）；如果同一列里还有小数，只能精确到 \
      9007199254740992（16 位）。更长的数，比如银行卡号、账号，或和小数混在一列的身份证号，\
      按数字保存就会被四舍五入，两个不同的号码可能变成同一个。所以这样的列按文本原样保存：\
      用 `=` 和 `in (…)` 仍能准确找到每个值，加不加引号都行。警告只给出行号，不引用单元格，\
      因为它可能是个人信息。
      """
    ), example: "account: 12345678901234567890123")
  let medianNotExact = MessageSpec(
    "E1283",
    en: "a median of whole numbers longer than 16 digits cannot be exact",
    zh: "超过 16 位的整数求中位数，结果无法精确表示",
    explain: (
      en: """
      A median can fall between two values, so it is worked out as a decimal, and decimals \
      are exact to about 16 digits only. Whole numbers beyond 9007199254740992 (ID-card and \
      bank-card numbers) would be rounded, and Dangke refuses that rather than show a number \
      that is not in the data. Use `min` or `max`, or list the values in order.
      """,
      zh: """
      中位数可能落在两个值之间，所以按小数计算，而小数只能精确到 16 位左右。超过 \
      9007199254740992 的整数（比如身份证号、银行卡号）会被四舍五入，Dangke 宁可报错，也不显示一个\
      数据里没有的数。可以用 `min` 或 `max`，或者按顺序列出这些值。
      """
    ), example: "median idcard of people")
  let decimalTooLong = MessageSpec(
    "E1282", en: "the decimal {0} has more than 15 significant digits and cannot be held exactly",
    zh: "小数 {0} 的有效数字超过 15 位，无法精确表示",
    explain: (
      en: """
      Decimals are held as binary floating-point numbers, exact to 15 significant digits. A \
      longer decimal would be rounded silently, so it is refused: an 18-digit id with `.5` \
      after it is not the number written. Compare whole numbers as whole numbers \
      (`idcard > 310104198001011239`), or write fewer digits.
      """,
      zh: """
      小数按二进制浮点数保存，有效数字精确到 15 位。更长的小数会被悄悄四舍五入，所以直接报错：\
      18 位的编号后面加上 .5，就已经不是写下的那个数了。整数请按整数比较\
      （`idcard > 310104198001011239`），或少写几位。
      """
    ), example: "count people where idcard > 310104198001011239.5")
  let decimalDigitsHint = MessageSpec(
    en: "decimals are exact to 15 significant digits", zh: "小数的有效数字精确到 15 位")
}

let exactNumberMessages = ExactNumberMessages()
