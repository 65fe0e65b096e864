import Lang

/// What each dot command says about itself: its usage line (shown after "usage:" and in
/// `.help commands`) and its one line of help, in the order of the table
/// (`DotCommandTable.swift`); then the errors of dot commands in scripts and of `.once`
/// (`E1150`–`E1169`, `W1150`–`W1159`). A new dot command adds its lines here.
struct DotCommandMessages: MessageCatalog {
  let helpUsage = MessageSpec(en: ".help [TOPIC]", zh: ".help [主题]")
  let helpLine = MessageSpec(
    en: "this help, a verb/clause with examples, or a message code",
    zh: "这份帮助、某个动词或子句的示例，或某个消息代码的解释")
  let tablesLine = MessageSpec(en: "the tables with their row counts", zh: "所有表和各表的行数")
  let schemaUsage = MessageSpec(en: ".schema [TABLE]", zh: ".schema [表名]")
  let schemaLine = MessageSpec(
    en: "the columns of every table, or describe one table", zh: "每张表的列，或描述某一张表")
  let loadUsage = MessageSpec(en: ".load PATH…", zh: ".load 路径…")
  let loadLine = MessageSpec(
    en: "open another data folder or data files", zh: "打开另一个数据文件夹或数据文件")
  let reportLine = MessageSpec(
    en: "the load report of the data (warnings, encodings)", zh: "数据的加载报告（警告、编码）")
  let formatUsage = MessageSpec(en: ".format {0}", zh: ".format {0}")
  let formatLine = MessageSpec(en: "answers as {0}", zh: "答案的格式：{0}")
  let maxRowsUsage = MessageSpec(
    en: ".maxrows N (0 or off: show every row)", zh: ".maxrows 行数（0 或 off：显示所有行）")
  let maxRowsShortUsage = MessageSpec(en: ".maxrows N", zh: ".maxrows 行数")
  let maxRowsLine = MessageSpec(
    en: "show at most N rows of an answer (0 or off: all)", zh: "每个答案最多显示 N 行（0 或 off：全部）")
  let timerLine = MessageSpec(en: "print how long each answer took", zh: "显示每个答案用了多长时间")
  let labelsLine = MessageSpec(
    en: "show codes by their Chinese labels (micro → 微党课)", zh: "用中文标签显示代码（micro → 微党课）")
  let thousandsLine = MessageSpec(
    en: "group the digits of counts, sums and averages by thousands (24,437)",
    zh: "计数、合计和平均数按千位加逗号（24,437）")
  let outputUsage = MessageSpec(
    en: ".output FILE [--force], or .output to go back to the screen",
    zh: ".output 文件 [--force]；只写 .output 则回到屏幕输出")
  let outputShortUsage = MessageSpec(en: ".output FILE [--force]", zh: ".output 文件 [--force]")
  let outputLine = MessageSpec(
    en: "write answers to FILE (every row, its extension's format); .output alone: back to "
      + "the screen",
    zh: "把答案写进文件（全部行，格式按扩展名）；只写 .output：回到屏幕")
  let onceUsage = MessageSpec(en: ".once FILE [--force]", zh: ".once 文件 [--force]")
  let onceLine = MessageSpec(
    en: "write only the next answer to FILE, in the format of its extension (.csv, .xlsx …)",
    zh: "只把下一个答案写进文件，格式按扩展名（.csv、.xlsx 等）")
  let runUsage = MessageSpec(en: ".run FILE [name=value…]", zh: ".run 文件 [名称=值…]")
  let runLine = MessageSpec(
    en: "run a script of statements and commands, with parameters", zh: "运行语句和命令的脚本，可以带参数")
  let printUsage = MessageSpec(en: ".print TEXT…", zh: ".print 文字…")
  let printLine = MessageSpec(
    en: "write TEXT where the answers go (a heading in a report script)",
    zh: "把文字写到答案输出的地方（例如报告脚本里的小标题）")
  let setUsage = MessageSpec(en: ".set NAME VALUE", zh: ".set 名称 值")
  let setLine = MessageSpec(
    en: "set the parameter $NAME; .set alone lists them", zh: "设置参数 $名称；只写 .set 列出所有参数")
  let exampleUsage = MessageSpec(en: ".example [N]", zh: ".example [编号]")
  let exampleLine = MessageSpec(
    en: "list the worked examples, or run example N", zh: "列出示例，或者运行第 N 个示例")
  let langLine = MessageSpec(en: "messages and help in Chinese or English", zh: "消息和帮助用中文还是英文")
  let versionLine = MessageSpec(en: "the version of dangke", zh: "dangke 的版本号")
  let quitLine = MessageSpec(en: "leave (Ctrl-D too)", zh: "退出（Ctrl-D 也可以）")

  let promptOnly = MessageSpec(
    "W1151", en: "{0} only works at the prompt; a script goes on without it",
    zh: "{0} 只能在提示符下使用；脚本跳过它继续运行",
    explain: (
      en: "Dot commands work in scripts (`dangke run`, `-c`, piped statements) as at the "
        + "prompt, except those that need a person at a terminal; such a line is skipped.",
      zh: "点命令在脚本里（`dangke run`、`-c`、从管道读入的语句）和在提示符下一样可用，"
        + "只有需要有人在终端前操作的命令除外；脚本会跳过这样的行。"
    ), example: "printf '.edit\\ncount sessions\\n' | dangke")
}

let dotCommandMessages = DotCommandMessages()
