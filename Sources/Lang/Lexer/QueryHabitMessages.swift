/// Messages for habits brought from elsewhere (codes E1241–E1249 of Lang): a quoted name left
/// open, an empty one, and a SQL query typed where a Dangke statement goes.
struct QueryHabitMessages: MessageCatalog {
  let unterminatedName = MessageSpec(
    "E1241", en: "unterminated quoted name", zh: "带引号的名字没有结束",
    explain: (
      en: "A name in backquotes (`first name`) is a column or table name that has spaces or"
        + " is a keyword. It ends at the next backquote on the same line.",
      zh: "用反引号括起的名字（`first name`）是含空格或与关键字同名的列名、表名，到同一行的下一个反引号结束。"
    ), example: "list `first name of members")
  let closeName = MessageSpec(
    en: "end the name with a backquote: `first name`", zh: "请用反引号结束这个名字：`first name`")
  let emptyName = MessageSpec(
    "E1242", en: "empty quoted name", zh: "反引号里是空的",
    explain: (
      en: "Backquotes hold a column or table name; there is nothing between these two.",
      zh: "反引号里应该写列名或表名，这两个反引号之间什么也没有。"
    ), example: "list `` of members")
  let writeAName = MessageSpec(
    en: "write the name between the backquotes, as in `first name`",
    zh: "请在反引号之间写上名字，如 `first name`")
  let sqlQuery = MessageSpec(
    "E1243", en: "this is SQL; in Dangke write: {0}", zh: "这是 SQL；在党课里这样写：{0}",
    explain: (
      en: "Dangke reads its own short statements, not SQL. A simple SELECT (one table, WHERE,"
        + " GROUP BY, ORDER BY, LIMIT, count/sum/avg/min/max) is shown as the statement that"
        + " asks the same; `sql count …` shows the SQL of a Dangke statement.",
      zh: "党课读的是自己的简短语句，不是 SQL。简单的 SELECT（一张表，带 WHERE、GROUP BY、ORDER BY、"
        + "LIMIT，用 count/sum/avg/min/max）会给出意思相同的党课语句；`sql count …` 可以看党课语句对应的 SQL。"
    ), example: "SELECT count(*) FROM sessions WHERE type = 'micro' GROUP BY venue")
  let sqlQueryNoEquivalent = MessageSpec(
    "E1244", en: "this is SQL; Dangke reads its own statements",
    zh: "这是 SQL；党课读的是自己的语句",
    explain: (
      en: "Dangke reads its own short statements, not SQL, and this query is more than a"
        + " simple SELECT of one table. Write it as a Dangke statement: `count TABLE where"
        + " … by …`, `sum COLUMN of TABLE …`, `list COLUMNS of TABLE …`.",
      zh: "党课读的是自己的简短语句，不是 SQL，而这条查询超出了单表的简单 SELECT。"
        + "请改写成党课语句：`count 表 where … by …`、`sum 列 of 表 …`、`list 列 of 表 …`。"
    ), example: "SELECT * FROM members m JOIN orgs o ON m.org = o.id")
  let dangkeShapes = MessageSpec(
    en: "for example: count sessions where type = micro by venue; sum hours of attendance by"
      + " member; list name, phone of members",
    zh: "例如：count sessions where type = micro by venue；sum hours of attendance by member；"
      + "list name, phone of members")
}

let queryHabitMessages = QueryHabitMessages()

extension Diagnostic {
  static func unterminatedName(at span: Span) -> Diagnostic {
    .error(queryHabitMessages.unterminatedName(), at: span, notes: [queryHabitMessages.closeName()])
  }

  static func emptyName(at span: Span) -> Diagnostic {
    .error(queryHabitMessages.emptyName(), at: span, notes: [queryHabitMessages.writeAName()])
  }
}
