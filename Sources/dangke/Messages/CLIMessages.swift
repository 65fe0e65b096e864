import Lang

/// What the command line says: usage errors (`E0650`–`E0699`), answer files, scripts.
struct CLIMessages: MessageCatalog {
  let badSet = MessageSpec(
    "E0650", en: "--set takes NAME=VALUE, e.g. --set month=2016-11 (got '{0}')",
    zh: "--set 的写法是 名称=值，例如 --set month=2016-11（收到的是“{0}”）",
    explain: (
      en: "A parameter given on the command line needs a name, an equals sign and a value.",
      zh: "命令行上给参数赋值时，要写名称、等号和值，三者缺一不可。"
    ), example: "dangke --set month -c 'count sessions where date in $month'")
  let outNeedsStatements = MessageSpec(
    "E0651", en: "--out needs -c or statements on standard input; at the prompt use .output FILE",
    zh: "--out 要和 -c 或标准输入上的语句一起用；在提示符下请用 .output 文件名",
    explain: (
      en: "--out writes the answers of a run to a file. The interactive prompt is not a run: "
        + "there, `.output FILE` sends the answers to a file.",
      zh: "--out 把一次运行的答案写进文件。交互提示符不算一次运行，在提示符下请用 `.output 文件名`。"
    ), example: "dangke --out answers.txt")
  let cannotReadScript = MessageSpec(
    "E0652", en: "cannot read script '{0}'", zh: "读不了脚本“{0}”",
    explain: (
      en: "The script file does not exist, is a folder, or may not be read.",
      zh: "脚本文件不存在、是个文件夹，或者没有读取权限。"
    ), example: "dangke run no-such-script.dk")
  let outIsFolder = MessageSpec(
    "E0653", en: "'{0}' is a folder; give --out a file name",
    zh: "“{0}”是个文件夹；--out 后面要写文件名",
    explain: (
      en: "--out names the file the answers are written to, not a folder.",
      zh: "--out 指的是要写入答案的文件，不能是文件夹。"
    ), example: "dangke -c 'count sessions' --out /tmp")
  let outNoFolder = MessageSpec(
    "E0654", en: "cannot write '{0}': no folder '{1}'", zh: "写不了“{0}”：没有文件夹“{1}”",
    explain: (
      en: "The folder of the --out file must exist; Dangke does not create folders.",
      zh: "--out 文件所在的文件夹必须已经存在；Dangke 不会替你建文件夹。"
    ), example: "dangke -c 'count sessions' --out no/such/folder/answers.txt")
  let outInsideData = MessageSpec(
    "E0655", en: "will not write '{0}' inside the data folder '{1}'; choose a file outside it",
    zh: "不会把“{0}”写进数据文件夹“{1}”；请换一个文件夹外的文件",
    explain: (
      en: "An answer file inside the data folder would be read as data the next time.",
      zh: "答案文件放在数据文件夹里，下次加载时会被当成数据读进来。"
    ), example: "dangke data -c 'count sessions' --format csv --out data/answers.csv")
  let outExists = MessageSpec(
    "E0656", en: "'{0}' exists; use --force to replace it", zh: "“{0}”已经存在；要覆盖请加 --force",
    explain: (
      en: "Dangke does not replace a file unless asked to.",
      zh: "除非明确要求，Dangke 不会覆盖已有的文件。"
    ), example: "dangke -c 'count sessions' --out README.md")
  let cannotWriteIn = MessageSpec(
    "E0657", en: "cannot write in '{0}': {1}", zh: "无法在“{0}”里写文件：{1}",
    explain: (
      en: "The answer file is first written under a temporary name in the same folder; "
        + "the folder must be writable.",
      zh: "答案先以临时文件名写在同一个文件夹里，所以这个文件夹必须可写。"
    ), example: "dangke -c 'count sessions' --out /proc/answers.txt")
  let cannotWrite = MessageSpec(
    "E0658", en: "cannot write '{0}': {1}", zh: "写不了“{0}”：{1}",
    explain: (
      en: "Writing or renaming the answer file failed (a full disk, a lost permission); "
        + "any old file of that name is left as it was.",
      zh: "写入或改名时出错（磁盘满了、权限变了等）；同名的旧文件保持原样。"
    ), example: "dangke -c 'list members' --out /dev/full/answers.txt")
  let notWritten = MessageSpec(
    "E0659", en: "'{0}' not written: the run stopped at an error",
    zh: "没有写“{0}”：运行因错误中止了",
    explain: (
      en: "An answer file is written whole or not at all; a run that stops at an error "
        + "leaves the old file (or none).",
      zh: "答案文件要么完整写出，要么不写；运行中途出错时，保留原来的文件（或者不生成文件）。"
    ), example: "dangke -c 'count sesions' --out answers.txt")
  let notASnapshot = MessageSpec(
    "E0660", en: "{0} exists and is not a snapshot; not replacing it",
    zh: "{0} 已经存在，而且不是快照文件；不会覆盖它",
    explain: (
      en: "`dangke snapshot --out FILE` replaces an older snapshot, never another kind of file.",
      zh: "`dangke snapshot --out 文件` 只会替换旧的快照，不会覆盖别的文件。"
    ), example: "dangke snapshot --out README.md")
  let usage = MessageSpec(
    "E0661", en: "{0}", zh: "命令行有误：{0}",
    explain: (
      en: "An option is unknown, misspelt, lacks its value, or a value is not one of those "
        + "allowed. `dangke --help` lists the options; `dangke help COMMAND` those of a command.",
      zh: "选项写错了、没有这个选项、缺了值，或者值不在允许的范围内。"
        + "`dangke --help` 列出所有选项；`dangke help 子命令` 列出子命令的选项。"
    ), example: "dangke --no-such-flag")
  let unknownLanguage = MessageSpec(
    "E0662", en: "unknown language '{0}'; use zh or en", zh: "不认识的语言“{0}”；请用 zh 或 en",
    explain: (
      en: "Dangke speaks Chinese (zh) and English (en). Without --lang it follows the locale "
        + "(LC_ALL, LC_MESSAGES, LANG).",
      zh: "Dangke 会说中文（zh）和英文（en）。不加 --lang 时按区域设置（LC_ALL、LC_MESSAGES、LANG）选择。"
    ), example: "dangke --lang fr")

  let intoNeedsServer = MessageSpec(
    "E0663",
    en: "--into takes a PostgreSQL URL (postgresql://user@host:port/db) or conninfo string",
    zh: "--into 后面要写 PostgreSQL 的地址（postgresql://用户@主机:端口/库名）或 conninfo 连接串",
    explain: (
      en:
        "dangke import copies data into a PostgreSQL database named by a URL or a libpq conninfo string.",
      zh: "dangke import 把数据复制到一个 PostgreSQL 数据库里，数据库用 URL 或 libpq 的 conninfo 连接串指定。"
    ), example: "dangke import --into data.db")

  let builtInSample = MessageSpec(
    "W1150",
    en: "no data given: the answers come from the built-in sample (--data DIR reads yours)",
    zh: "没有指定数据：答案来自内置的示例数据（用 --data 目录 读取你自己的数据）",
    explain: (
      en: "`dangke run SCRIPT` and `dangke -c QUERY` without --data (or a data path) answer "
        + "from the small built-in sample, which is handy for trying the language but is "
        + "not your data. When they run from a script or a scheduler (standard input is not "
        + "a terminal) they say so on standard error once, before the first statement.",
      zh: "`dangke run 脚本` 和 `dangke -c 查询` 没有给 --data（或数据路径）时，用的是内置的小型示例"
        + "数据，适合试用查询语言，但不是你的数据。它们在脚本或定时任务里运行时（标准输入不是终端），"
        + "会在第一条语句之前在标准错误上提示一次。"
    ), example: "dangke -c 'count sessions' < /dev/null")

  let seeHelp = MessageSpec(en: "run 'dangke --help' for usage", zh: "用法请看 dangke --help")
  let scriptOk = MessageSpec(en: "{0}: ok", zh: "{0}：没有问题")
}

let cliMessages = CLIMessages()
