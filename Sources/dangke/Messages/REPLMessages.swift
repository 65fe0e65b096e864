import Lang

/// What the prompt says: dot-command errors (`E1100`–`E1199`), warnings (`W1100`–`W1199`),
/// usage lines, the banner and short replies.
struct REPLMessages: MessageCatalog {
  let unknownCommand = MessageSpec(
    "E1100", en: "unknown command '{0}'", zh: "没有“{0}”这个命令",
    explain: (
      en: "A line that starts with a dot is a command of the prompt (.help, .tables, .load …), "
        + "not a statement. `.help commands` lists them.",
      zh: "以点开头的一行是提示符的命令（.help、.tables、.load 等），不是查询语句。"
        + "`.help commands` 列出所有命令。"
    ), example: ".tabels")
  let usage = MessageSpec(
    "E1101", en: "usage: {0}", zh: "用法：{0}",
    explain: (
      en: "The command was given too many, too few or wrong arguments; the message shows "
        + "how it is written.",
      zh: "命令的参数多了、少了或者不对；消息里给出了正确的写法。"
    ), example: ".timer maybe")
  let noHelp = MessageSpec(
    "E1102", en: "no help on '{0}'", zh: "没有关于“{0}”的帮助",
    explain: (
      en: "`.help TOPIC` knows the verbs, the clauses, the commands and the message codes. "
        + "`.help` alone lists them.",
      zh: "`.help 主题` 认识各个动词、子句、命令和消息代码。只输入 `.help` 可以看到列表。"
    ), example: ".help cuont")
  let noTable = MessageSpec(
    "E1103", en: "no table '{0}'", zh: "没有“{0}”这张表",
    explain: (
      en: "`.schema TABLE` describes one table of the data; `.tables` lists them.",
      zh: "`.schema 表名` 描述数据里的一张表；`.tables` 列出所有表。"
    ), example: ".schema sesions")
  let dataUnchanged = MessageSpec(
    "E1104", en: "the data stay as they were", zh: "数据保持不变",
    explain: (
      en: "`.load` could not load the new data (the message above says why), so the prompt "
        + "goes on with the data it had.",
      zh: "`.load` 没能加载新数据（原因见上面的消息），提示符继续使用原来的数据。"
    ), example: ".load no/such/folder")
  let unknownFormat = MessageSpec(
    "E1105", en: "unknown format '{0}'", zh: "没有“{0}”这种格式",
    explain: (
      en: "`.format` takes one of the output formats the message lists.",
      zh: "`.format` 后面要写消息里列出的一种输出格式。"
    ), example: ".format cvs")
  let exampleRange = MessageSpec(
    "E1106", en: "there are {0} examples (.example lists them)",
    zh: "一共只有 {0} 个示例（.example 可以列出）",
    explain: (
      en: "`.example N` runs worked example N; `.example` lists them with their numbers.",
      zh: "`.example 编号` 运行第几个示例；`.example` 列出全部示例和编号。"
    ), example: ".example 99")
  let cannotReadScript = MessageSpec(
    "E1107", en: "cannot read script '{0}'", zh: "读不了脚本“{0}”",
    explain: (
      en: "`.run FILE` runs a script file; it does not exist, is a folder or may not be read.",
      zh: "`.run 文件` 运行一个脚本文件；这个文件不存在、是文件夹，或者没有读取权限。"
    ), example: ".run no-such-script.dk")
  let outputIsFolder = MessageSpec(
    "E1108", en: "'{0}' is a folder", zh: "“{0}”是个文件夹",
    explain: (
      en: "`.output FILE` names the file the answers go to, not a folder.",
      zh: "`.output 文件` 指的是接收答案的文件，不能是文件夹。"
    ), example: ".output /tmp")
  let cannotWriteIn = MessageSpec(
    "E1110", en: "cannot write in '{0}': {1}", zh: "无法在“{0}”里写文件：{1}",
    explain: (
      en: "The answers are written under a temporary name in the file's folder, which must "
        + "exist and be writable.",
      zh: "答案先以临时文件名写在目标文件所在的文件夹里，这个文件夹必须存在并且可写。"
    ), example: ".output no/such/folder/answers.txt")
  let cannotWrite = MessageSpec(
    "E1111", en: "cannot write '{0}': {1}", zh: "写不了“{0}”：{1}",
    explain: (
      en: "Writing the answer file, or putting the finished file in place, failed (a full "
        + "disk, a lost permission); the temporary file is removed and an old file of that name "
        + "stays as it was. After a failed write to an `.output` file, answers go to the "
        + "screen again.",
      zh: "写答案文件时出错，或者把写好的文件换到目标名字时出错（磁盘满了、权限变了等）；临时文件已经"
        + "删除，同名的旧文件保持原样。`.output` 的文件写入失败后，答案重新显示在屏幕上。"
    ))
  let unclosedQuote = MessageSpec(
    "E1112", en: "unclosed quote", zh: "引号没有配对",
    explain: (
      en: "In a command, \"double quotes\" keep blanks inside one argument; the closing quote "
        + "is missing.",
      zh: "在命令里，用\"双引号\"可以把含空格的内容当成一个参数；这里缺了后一个引号。"
    ), example: ".load \"my data")
  let emptyCommand = MessageSpec(
    "E1113", en: "empty command", zh: "命令是空的",
    explain: (en: "A lone dot is not a command.", zh: "单独一个点不是命令。"), example: ".")
  let badParameter = MessageSpec(
    "E1114", en: "parameters are name=value, e.g. month=2016-11 (got '{0}')",
    zh: "参数的写法是 名称=值，例如 month=2016-11（收到的是“{0}”）",
    explain: (
      en: "`.run FILE name=value…` sets parameters for that script only.",
      zh: "`.run 文件 名称=值…` 设置的参数只对这次运行的脚本有效。"
    ), example: ".run report.dk month")
  let unknownLanguage = MessageSpec(
    "E1115", en: "unknown language '{0}'; use zh or en", zh: "不认识的语言“{0}”；请用 zh 或 en",
    explain: (
      en: "`.lang zh` switches messages and help to Chinese, `.lang en` to English; "
        + "`.lang` alone shows the current one.",
      zh: "`.lang zh` 把消息和帮助切换成中文，`.lang en` 切换成英文；只输入 `.lang` 显示当前语言。"
    ), example: ".lang fr")
  let unknownCode = MessageSpec(
    "E1116", en: "no message has the code '{0}'", zh: "没有代码为“{0}”的消息",
    explain: (
      en: "Every error and warning shows its code in brackets (error[E0201]); `.help CODE` "
        + "explains that code with an example.",
      zh: "每条错误和警告都在方括号里带有代码（错误[E0201]）；`.help 代码` 解释这个代码并给出例子。"
    ), example: ".help E9999")
  let initUnreadable = MessageSpec(
    "W1100", en: "the init file '{0}' cannot be read: {1}", zh: "读不了初始化文件“{0}”：{1}",
    explain: (
      en: "At its start the prompt runs the statements and commands of "
        + "$XDG_CONFIG_HOME/dangke/init.dk (~/.config/dangke/init.dk), as sqlite3 runs "
        + "~/.sqliterc. `dangke --no-init` skips it.",
      zh: "提示符启动时会运行 $XDG_CONFIG_HOME/dangke/init.dk（即 ~/.config/dangke/init.dk）"
        + "里的语句和命令，就像 sqlite3 运行 ~/.sqliterc 一样。`dangke --no-init` 可以跳过它。"
    ), example: "chmod 000 ~/.config/dangke/init.dk; dangke")

  // Hints and replies (no code).
  let didYouMean = MessageSpec(en: "did you mean '{0}'?", zh: "是不是想用“{0}”？")
  let helpListsCommands = MessageSpec(en: "(.help lists the commands)", zh: "（.help 列出所有命令）")
  let helpListsTopics = MessageSpec(en: "(.help lists the topics)", zh: "（.help 列出所有主题）")
  let formatChoices = MessageSpec(en: "({0})", zh: "（{0}）")
  let currentFormat = MessageSpec(en: "format: {0}", zh: "格式：{0}")
  let currentMaxRows = MessageSpec(en: "maxrows: {0}", zh: "最多显示行数：{0}")
  let off = MessageSpec(en: "off", zh: "不限")
  let answersWritten = MessageSpec(en: "answers written to {0}", zh: "答案已写入 {0}")
  let noParameters = MessageSpec(
    en: "no parameters set (.set NAME VALUE)", zh: "还没有设置参数（.set 名称 值）")
  let runTime = MessageSpec(en: "Run time: {0} ms", zh: "用时：{0} 毫秒")
  let currentLanguage = MessageSpec(en: "language: English", zh: "语言：中文")
  let bannerTables = MessageSpec(en: "{0} tables: {1}", zh: "{0} 张表：{1}")
  let bannerHelp = MessageSpec(
    en: "Type .help for help, .example for examples; Tab completes, Ctrl-D leaves.",
    zh: "输入 .help 查看帮助，.example 查看示例；Tab 键补全，Ctrl-D 退出。")
}

let replMessages = REPLMessages()
