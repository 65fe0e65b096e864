import Lang

/// A string where SQL's habit meant a column (`"first name" = "张伟"`, code E1246).
struct QuotedNameMessages: MessageCatalog {
  let stringNamesAColumn = MessageSpec(
    "E1246", en: "\"{0}\" is a string here, not the column {0}",
    zh: "这里的“{0}”是字符串，不是列 {0}",
    explain: (
      en: "In Dangke double and single quotes make a string, as in a spreadsheet formula; SQL's"
        + " double-quoted column names do not exist. Comparing a string with another value"
        + " gives the same answer for every row. A column name with spaces or one that is a"
        + " keyword is written in backquotes.",
      zh: "党课里双引号和单引号括起来的是字符串，和电子表格公式一样；没有 SQL 那种用双引号括起来的列名。"
        + "拿字符串和另一个值比较，每一行的结果都一样。带空格或与关键字同名的列名要用反引号括起来。"
    ), example: "count people where \"first name\" = \"张伟\"")
  let useBackquotes = MessageSpec(
    en: "to name the column write `{0}`", zh: "要指这一列，请写 `{0}`")
}

let quotedNameMessages = QuotedNameMessages()
