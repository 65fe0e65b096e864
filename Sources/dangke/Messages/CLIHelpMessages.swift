import Lang

/// The texts of `--help`: each command's abstract and discussion, each option's help, and
/// the headings swift-argument-parser prints (translated when the language is Chinese).
struct CLIHelpMessages: MessageCatalog {
  let rootAbstract = MessageSpec(
    en: "Explore the training records of a community Party school (党课).",
    zh: "查询社区党校的党课培训记录。")
  let rootDiscussion = MessageSpec(
    en: """
      With no arguments, opens the prompt on the built-in Kangjian sample.
      Exit codes: 0 success, 1 query error, 2 usage error, 3 data error.
      The language follows the locale (LANG=zh_CN.UTF-8: Chinese); --lang zh|en overrides it.
      """,
    zh: """
      不带参数时，在内置的康健样例数据上打开提示符。
      退出状态：0 成功，1 查询出错，2 用法有误，3 数据出错。
      界面语言跟随区域设置（LANG=zh_CN.UTF-8 时为中文）；--lang zh|en 可以指定。
      """)
  let openAbstract = MessageSpec(
    en: "Open the prompt (the default), or run one query with -c.",
    zh: "打开提示符（默认），或用 -c 运行一条查询。")
  let runAbstract = MessageSpec(
    en: "Run a script of statements (a .dk file).", zh: "运行一个语句脚本（.dk 文件）。")
  let checkAbstract = MessageSpec(
    en: "Print the load report of a data folder, or check a script without running it.",
    zh: "打印数据文件夹的加载报告，或者只检查脚本而不运行。")
  let generateAbstract = MessageSpec(
    en: "Write the Kangjian data set (or a larger one) as CSV files with a schema.",
    zh: "把康健数据集（或更大的数据集）写成 CSV 文件和结构说明。")
  let snapshotAbstract = MessageSpec(
    en: "Save the loaded data as one binary snapshot file; open it with: dangke FILE.",
    zh: "把加载好的数据存成一个二进制快照文件；用 dangke 文件名 打开。")
  let snapshotDiscussion = MessageSpec(
    en: "A snapshot written by another dangke version, damaged, or older than the data files it "
      + "was made from is refused: re-create it.",
    zh: "其他版本的 dangke 写的快照、损坏的快照，或者比原始数据文件旧的快照都会被拒绝：请重新生成。")

  let importAbstract = MessageSpec(
    en: "Copy a data folder or snapshot into a PostgreSQL database (one transaction).",
    zh: "把数据文件夹或快照复制到 PostgreSQL 数据库里（在一个事务中完成）。")
  let importDiscussion = MessageSpec(
    en: """
      Makes typed tables with primary keys, indexes on reference columns, foreign keys where
      every value matches, and labels as COMMENT ON. A failure leaves the database unchanged;
      an existing table is replaced only with --replace. Open the result with: dangke --data URL
      """,
    zh: """
      建立带类型的表、主键、引用列上的索引，在每个值都对得上时建立外键，并把中文标签写成 COMMENT ON。
      中途出错时数据库保持原样；已有的表只有加 --replace 才会被替换。用 dangke --data URL 打开结果。
      """)
  let importSource = MessageSpec(
    en: "A data folder, data files or a snapshot (default: the built-in sample).",
    zh: "数据文件夹、数据文件或快照（默认：内置样例）。")
  let importInto = MessageSpec(
    en: "The database: postgresql://user@host:port/db or a conninfo string.",
    zh: "目标数据库：postgresql://用户@主机:端口/库名，或 conninfo 连接串。")
  let importReplace = MessageSpec(
    en: "Replace tables that already exist in the database.", zh: "替换数据库里已经存在的表。")
  let statementTimeout = MessageSpec(
    en: "On a PostgreSQL server: stop a statement after this many seconds (default: no limit).",
    zh: "在 PostgreSQL 服务器上：语句运行超过这么多秒就停止（默认不限）。")

  let dataArgument = MessageSpec(
    en: "A data folder or data files (default: the built-in Kangjian sample).",
    zh: "数据文件夹或数据文件（默认：内置的康健样例数据）。")
  let dataOption = MessageSpec(
    en: "A data folder or file (same as the positional argument).",
    zh: "数据文件夹或数据文件（和位置参数一样）。")
  let dataForRun = MessageSpec(
    en: "A data folder or file (default: the built-in Kangjian sample).",
    zh: "数据文件夹或数据文件（默认：内置的康健样例数据）。")
  let dataForCheck = MessageSpec(
    en: "The data a script is checked against (default: the sample).",
    zh: "检查脚本时用的数据（默认：样例数据）。")
  let command = MessageSpec(
    en: "Run this query (or dot command) and exit; several -c run in order.",
    zh: "运行这条查询（或点命令）后退出；给出多个 -c 时依次运行。")
  let noInit = MessageSpec(
    en: "Do not run the init file (~/.config/dangke/init.dk) at the prompt's start.",
    zh: "打开提示符时不运行初始化文件（~/.config/dangke/init.dk）。")
  let lang = MessageSpec(
    en: "The language of messages and help: zh or en (default: from the locale).",
    zh: "消息和帮助的语言：zh 或 en（默认跟随区域设置）。")
  let format = MessageSpec(
    en: "Answer format: {0} (xlsx needs --out). With json, errors go to stderr as JSON lines.",
    zh: "答案格式：{0}（xlsx 需要 --out）。用 json 时，错误以 JSON 行写到标准错误。")
  let set = MessageSpec(
    en: "Set a parameter: --set month=2016-11 (repeatable).",
    zh: "给参数赋值：--set month=2016-11（可以写多次）。")
  let reveal = MessageSpec(
    en: "Show sensitive columns (phone numbers) unmasked.", zh: "不遮挡敏感列（电话号码）。")
  let labels = MessageSpec(
    en: "Show codes by their Chinese labels from the schema (micro → 微党课).",
    zh: "按结构说明里的中文标签显示代码（micro → 微党课）。")
  let thousands = MessageSpec(
    en:
      "Group the digits of counts, sums and averages by thousands in tables (24,437); never in csv or json.",
    zh: "表格里的计数、合计和平均数按千位加逗号（24,437）；csv 和 json 从不加。")
  let bom = MessageSpec(
    en: "Start CSV output with a UTF-8 byte-order mark, for Excel.",
    zh: "CSV 输出以 UTF-8 字节顺序标记开头，方便 Excel 打开。")
  let out = MessageSpec(
    en: "Write the answers to this file, in the format of its extension (.csv, .json, .md, "
      + ".xlsx, .html) unless --format says otherwise; whole or not at all (a temporary file, "
      + "then renamed).",
    zh: "把答案写进这个文件，格式按扩展名（.csv、.json、.md、.xlsx、.html），除非 --format 另有指定；"
      + "要么完整写出，要么不写（先写临时文件，再改名）。")
  let force = MessageSpec(
    en: "With --out: replace the file if it exists (a FIFO or a device is written to, never "
      + "replaced).",
    zh: "配合 --out：文件已存在时覆盖它（命名管道和设备只会被写入，不会被替换）。")
  let script = MessageSpec(en: "The script file.", zh: "脚本文件。")
  let keepGoing = MessageSpec(
    en: "Go on after an error instead of stopping.", zh: "出错后继续运行，而不是停下。")
  let checkTarget = MessageSpec(
    en: "A data folder (or data files), or a .dk script.",
    zh: "数据文件夹（或数据文件），或者一个 .dk 脚本。")
  let scale = MessageSpec(
    en: "sample, district, city or province.", zh: "sample、district、city 或 province。")
  let seed = MessageSpec(
    en: "Random seed; the same seed writes the same bytes.",
    zh: "随机种子；种子相同，写出的文件逐字节相同。")
  let generateOut = MessageSpec(
    en: "The folder to write (created if missing).", zh: "要写入的文件夹（不存在时会新建）。")
  let generateFormat = MessageSpec(
    en: "csv (one file per table) or xlsx (one workbook, kangjian.xlsx, one sheet per table).",
    zh: "csv（每张表一个文件）或 xlsx（一个工作簿 kangjian.xlsx，每张表一张工作表）。")
  let snapshotOut = MessageSpec(
    en: "The snapshot file to write (an older snapshot there is replaced).",
    zh: "要写入的快照文件（已有的旧快照会被替换）。")

  // The words swift-argument-parser prints, as they appear in its help.
  let overviewHeading = MessageSpec(en: "OVERVIEW:", zh: "简介：")
  let usageHeading = MessageSpec(en: "USAGE:", zh: "用法：")
  let argumentsHeading = MessageSpec(en: "ARGUMENTS:", zh: "参数：")
  let optionsHeading = MessageSpec(en: "OPTIONS:", zh: "选项：")
  let subcommandsHeading = MessageSpec(en: "SUBCOMMANDS:", zh: "子命令：")
  let usageWord = MessageSpec(en: "Usage:", zh: "用法：")
  let didYouMean = MessageSpec(en: "Did you mean", zh: "是不是想用 ")
  let helpFlag = MessageSpec(en: "Show help information.", zh: "显示帮助信息。")
  let versionFlag = MessageSpec(en: "Show the version.", zh: "显示版本号。")
  let valuesWord = MessageSpec(en: "(values: ", zh: "(可选值：")
  let defaultWord = MessageSpec(en: "(default: ", zh: "(默认：")
  let seeSubcommandHelp = MessageSpec(
    en: "See 'dangke help <subcommand>' for detailed help.",
    zh: "详细帮助请看 dangke help <子命令>。")
  let manFiles = MessageSpec(
    en: "$XDG_CONFIG_HOME/dangke/init.dk (default ~/.config/dangke/init.dk): statements and "
      + "dot commands the prompt runs at its start (skipped with --no-init). "
      + "$XDG_STATE_HOME/dangke/history (default ~/.local/state/dangke/history): the prompt's history.",
    zh: "$XDG_CONFIG_HOME/dangke/init.dk（默认 ~/.config/dangke/init.dk）：提示符启动时运行的语句和命令"
      + "（用 --no-init 跳过）。$XDG_STATE_HOME/dangke/history（默认 ~/.local/state/dangke/history）：提示符的历史记录。"
  )
  let manEnvironment = MessageSpec(
    en: "LC_ALL, LC_MESSAGES, LANG: the language (Chinese when the first set one starts with zh). "
      + "NO_COLOR: no colour at the prompt. XDG_CONFIG_HOME, XDG_STATE_HOME, HOME: where the init "
      + "file and the history are.",
    zh: "LC_ALL、LC_MESSAGES、LANG：界面语言（第一个有值的以 zh 开头时为中文）。NO_COLOR：提示符不用颜色。"
      + "XDG_CONFIG_HOME、XDG_STATE_HOME、HOME：初始化文件和历史记录的位置。")
  let manSeeAlso = MessageSpec(
    en: "README.md and grammar.md in the source tree; .help at the prompt.",
    zh: "源代码里的 README.md 和 grammar.md；提示符下的 .help。")
  let unknownOption = MessageSpec(en: "Unknown option ", zh: "没有这个选项：")
  let missingArgument = MessageSpec(en: "Missing expected argument ", zh: "缺少参数：")
  let missingValue = MessageSpec(en: "Missing value for option ", zh: "选项缺少值：")
  let unexpectedArgument = MessageSpec(en: "Unexpected argument ", zh: "多余的参数：")
  let completionNote = MessageSpec(
    en: "Shell completion: dangke --generate-completion-script bash|zsh|fish (see README).",
    zh: "命令行补全脚本：dangke --generate-completion-script bash|zsh|fish（见 README）。")
}

let cliHelpMessages = CLIHelpMessages()
