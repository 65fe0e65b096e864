import Lang

/// The texts of `.help`: the overview and each topic's summary (the dot commands' lines are
/// in `DotCommandMessages`).
struct HelpTopicMessages: MessageCatalog {
  let overview = MessageSpec(
    en: """
      Ask questions in words, one statement per line. Tab completes names and values.
        Verbs:    count · sum avg min max median stddev · rate · list · let · show tables · describe · sql
        Clauses:  where · by · across · having · order by · limit · top · as
        Commands: {0}
      .help VERB shows examples (.help count, .help where); .help commands explains the commands;
      .help CODE explains a message code (.help E1100); .example lists worked examples.
      Ctrl-C stops a query, Ctrl-D or .quit leaves.
      """,
    zh: """
      用文字提问，每行一条语句。Tab 键可以补全名称和取值。
        动词：count 计数 · sum avg min max median stddev 求和、平均、最小、最大、中位数、标准差
              · rate 比例
              · list 列出 · let 命名 · show tables 列出表 · describe 描述表 · sql 对应的 SQL
        子句：where 条件 · by 分组 · across 交叉 · having 分组条件 · order by 排序 · limit 限行
              · top 前几名 · as 输出格式
        命令：{0}
      .help 动词 显示示例（.help count、.help where）；.help commands 解释各个命令；
      .help 代码 解释消息代码（.help E1100）；.example 列出示例。
      Ctrl-C 中止查询，Ctrl-D 或 .quit 退出。
      """)
  let count = MessageSpec(
    en: "Count rows, or the non-empty (distinct) values of a column.",
    zh: "统计行数，或者某一列非空（不重复）值的个数。")
  let aggregates = MessageSpec(
    en:
      "Add up, average, or find the smallest, largest or middle value of a column, or the"
      + " spread of its values (sample standard deviation).",
    zh: "对一列求和、求平均，或者找出最小值、最大值、中位数，或者算出样本标准差。")
  let rate = MessageSpec(
    en: "The share of rows for which a condition holds, per group.",
    zh: "满足条件的行所占的比例，按组计算。")
  let list = MessageSpec(
    en: "Show rows: every column, or the ones you name before 'of'.",
    zh: "列出行：显示所有列，或者 of 前面写出的那些列。")
  let letBinding = MessageSpec(
    en:
      "Give a name to a table narrowed by a condition, or to an answer (count, sum, list …), and read it later like a table.",
    zh: "给按条件筛选后的表、或者一个统计结果起个名字，后面像表一样再用。")
  let showTables = MessageSpec(
    en: "List the tables with their row counts.", zh: "列出所有表和各表的行数。")
  let describe = MessageSpec(
    en: "The columns of a table: types, labels and sample values.",
    zh: "一张表的各列：类型、标签和示例值。")
  let sql = MessageSpec(
    en: "Print the SQLite query that asks the same question.", zh: "打印提同一个问题的 SQLite 查询。")
  let whereClause = MessageSpec(
    en: "Keep only the rows for which a condition holds.", zh: "只保留满足条件的行。")
  let byAcross = MessageSpec(
    en: "Group the answer: one row per value (by), one column per value (across).",
    zh: "对答案分组：每个值一行（by），或每个值一列（across）。")
  let compare = MessageSpec(
    en: "Beside each measure, its change against the previous period (change, 环比), against the"
      + " same period a year earlier (yoy, 同比) — as a difference and a percentage — or its share"
      + " of the column's total (share, 占比); worked out before having, order by and top.",
    zh: "在每个统计值旁边加上与上一期比（change，环比）、与上年同期比（yoy，同比）的增减和增长率，"
      + "或占该列合计的比重（share，占比）；先算好再做 having、order by 和 top。")
  let having = MessageSpec(
    en:
      "Keep only the groups whose totals satisfy a condition. It sees only groups that have rows: a member who never came has no attendance to sum, so to find members under 32 hours measure their related rows in `where` (the second example, which also leaves exempt members out).",
    zh:
      "只保留汇总结果满足条件的组。having 只看得到有记录的组：一次没来的党员没有参学记录可加，所以要找学时不足 32 的党员，应在 where 里统计相关记录（第二个例子，同时排除免学党员）。"
  )
  let order = MessageSpec(
    en: "Sort the answer and keep the first rows; 'top N' keeps the N largest.",
    zh: "对答案排序并保留前几行；top N 保留最大的 N 个。")
  let asFormat = MessageSpec(
    en: "Write one answer as {0}.", zh: "把这一个答案写成 {0} 格式。")
  let parameters = MessageSpec(
    en: "A $name in a query is filled from `.set name value` or `dangke --set name=value`.",
    zh: "查询里的 $名称 由 `.set 名称 值` 或 `dangke --set 名称=值` 填入。")
  let codes = MessageSpec(
    en: "Every error and warning has a code (error[E1100]); .help CODE explains it.",
    zh: "每条错误和警告都有代码（错误[E1100]）；.help 代码 会解释它。")
  let explanationOf = MessageSpec(en: "{0}: {1}", zh: "{0}：{1}")
  let exampleLabel = MessageSpec(en: "Example:", zh: "例子：")
  let commandsHeading = MessageSpec(en: "Commands:", zh: "命令：")
}

let helpTopicMessages = HelpTopicMessages()
