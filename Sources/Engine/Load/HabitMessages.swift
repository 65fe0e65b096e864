import Lang

/// The loader's words about the habits of office files and the folders they sit in: spaces
/// around values, words for "no value", total and title rows, lock files, a doubtful encoding,
/// names the schema makes ambiguous, and the one line that says a load had warnings (codes
/// E1260–E1261, W1260–W1269).
struct HabitMessages: MessageCatalog {
  let trimmed = MessageSpec(
    "W1260", en: "column {0}: {1} had spaces at the start or end, which were removed",
    zh: "列 {0}：有 {1}首尾带空格，空格已去掉",
    explain: (
      en: "Spaces (also the ideographic space and the no-break space) at either end of a value"
        + " are removed, so that \"micro \" and \" micro\" are one value, micro. The report"
        + " counts the values of each column that had them.",
      zh: "值首尾的空格（包括全角空格和不换行空格）会被去掉，这样“micro ”和“ micro”是同一个值 micro。"
        + "加载报告按列统计有多少个值带了这样的空格。"
    ), example: "type\nmicro \n micro")
  let oneValue = MessageSpec(en: "1 value", zh: "1 个值")
  let values = MessageSpec(en: "{0} values", zh: "{0} 个值")
  let markers = MessageSpec(
    "W1261", en: "column {0}: {1} read as missing ({2}), so the column stays {3}",
    zh: "列 {0}：有 {1}按缺失值读取（{2}），这一列仍是{3}",
    explain: (
      en: "Office files write NULL, N/A, #N/A, - or 无 where a value is missing. In a column of"
        + " numbers, dates or booleans these words are read as missing values, so the column"
        + " keeps its type; a text column keeps them as text. schema.json can list the"
        + " markers itself with \"missing\".",
      zh: "办公软件导出的文件常在没有值的地方写 NULL、N/A、#N/A、- 或“无”。在数字、日期或布尔值的列里，"
        + "这些词按缺失值读取，列的类型不变；文本列则把它们当作文本保留。schema.json 可以用 \"missing\" 自己列出这些标记。"
    ), example: "hours\n2.5\nN/A\n3")
  let oneCell = MessageSpec(en: "1 cell", zh: "1 个单元格")
  let cells = MessageSpec(en: "{0} cells", zh: "{0} 个单元格")
  let totalRow = MessageSpec(
    "W1262",
    en: "{0} is a total row (\"{1}\"), left out; set \"total\": \"keep\" for table {2} in"
      + " schema.json to keep it",
    zh: "{0}是合计行（“{1}”），已略去；如要保留，请在 schema.json 里给表 {2} 设置 \"total\": \"keep\"",
    explain: (
      en: "A last row that starts with 合计, 总计, 小计, 共计 or Total sums the rows above it: loaded,"
        + " it would turn the id column into text and double every sum. It is left out unless"
        + " schema.json keeps it.",
      zh: "以合计、总计、小计、共计或 Total 开头的最后一行是上面各行的汇总：如果照常加载，id 列会变成文本，"
        + "每个求和都会翻倍。所以除非 schema.json 要求保留，这一行不加载。"
    ), example: "id,hours\n1,2\n2,3\n合计,5")
  let line = MessageSpec(en: "line {0}", zh: "第 {0} 行")
  let row = MessageSpec(en: "row {0}", zh: "第 {0} 行")
  let titleRow = MessageSpec(
    "W1263", en: "line {0} is a title (\"{1}\"), skipped; the header is line {2}",
    zh: "第 {0} 行是标题（“{1}”），已跳过；表头在第 {2} 行",
    explain: (
      en: "A row with one filled cell above the real header is a title the sheet was given"
        + " (康健街道党校培训记录); it is skipped, and the next row is the header.",
      zh: "真正的表头上面只有一个单元格有内容的行，是表格的标题（如“康健街道党校培训记录”）；它会被跳过，下一行才是表头。"
    ), example: "康健街道党校培训记录\nid,title,date\n1,党课,2016-11-24")
  let lockFile = MessageSpec(
    "W1264",
    en: "skipped {0}: it is the lock file {1} keeps while the file is open, not data",
    zh: "跳过了 {0}：这是 {1} 打开文件时留下的锁文件，不是数据",
    explain: (
      en: "Excel and WPS keep ~$name beside a file they have open, LibreOffice .~lock.name#;"
        + " these hold no data and are skipped.",
      zh: "Excel 和 WPS 打开文件时会在旁边放一个 ~$文件名，LibreOffice 放 .~lock.文件名#；它们不含数据，加载时跳过。"
    ), example: "dangke data/*.csv  (with data/~$members.csv)")
  let excel = MessageSpec(en: "Excel or WPS", zh: "Excel 或 WPS")
  let libreOffice = MessageSpec(en: "LibreOffice", zh: "LibreOffice")
  let readOther = MessageSpec(
    "W1265",
    en: "the file is valid {0}, but its text reads like {1}, so it was read as {1}; set"
      + " \"encoding\" for table {2} in schema.json to say which",
    zh: "这个文件按 {0} 读也没有错，但内容更像 {1}，所以按 {1} 读取；请在 schema.json 里给表 {2} 设置 \"encoding\"，说明用哪一种",
    explain: (
      en: "A short GBK file can also be valid UTF-8 by chance, and then reads as nonsense."
        + " Dangke reads a sample both ways and keeps the one whose characters are the usual"
        + " Chinese ones; as the choice is a guess, it says so.",
      zh: "很短的 GBK 文件有时碰巧也是有效的 UTF-8，按 UTF-8 读出来就是乱码。Dangke 会用两种编码各读一段样本，"
        + "选读出常用汉字的那一种；因为这是推测，所以会提示。"
    ), example: "a GBK CSV whose bytes are also valid UTF-8")
  let declaredDoubtful = MessageSpec(
    "W1266",
    en: "schema.json says {0} for this file, but its text reads like {1}; check \"encoding\""
      + " for table {2} in schema.json",
    zh: "schema.json 说这个文件是 {0}，但内容更像 {1}；请检查 schema.json 里表 {2} 的 \"encoding\"",
    explain: (
      en: "The file was read in the encoding schema.json gives, but read the other way its"
        + " characters are far more usual Chinese: the setting is probably wrong.",
      zh: "文件按 schema.json 指定的编码读取了，但换一种编码读，出来的字常用得多：这个设置多半写错了。"
    ), example: "{\"encoding\": \"gb18030\"} over a UTF-8 file")
  let codesShareLabel = MessageSpec(
    "W1267", en: "codes {1} of column {0} have the same label \"{2}\": a query's \"{2}\" means {3}",
    zh: "列 {0} 的代码 {1} 用了同一个标签“{2}”：查询里的“{2}”指 {3}",
    explain: (
      en: "The \"codes\" of a column in schema.json give each code a label a query can use;"
        + " two codes with one label cannot both be meant by it, and the first in sort order"
        + " is. Give each code its own label.",
      zh: "schema.json 里列的 \"codes\" 给每个代码一个查询里能用的标签；两个代码共用一个标签时，"
        + "这个标签只能指其中一个（按排序的第一个）。请给每个代码不同的标签。"
    ), example: "\"codes\": {\"micro\": \"微党课\", \"mini\": \"微党课\"}")
  let hiddenColumn = MessageSpec(
    "W1268",
    en: "column {0} of table {1} cannot be named: {0} in a query is the path to column {2} of"
      + " table {3}",
    zh: "表 {1} 的列 {0} 没法在查询里写出来：查询里的 {0} 是指向表 {3} 的列 {2} 的路径",
    explain: (
      en: "A dot in a query follows a reference (org.name is the name of the member's org), so"
        + " a header that contains the same dotted words is hidden by the path. Rename the"
        + " column.",
      zh: "查询里的点表示沿着引用走（org.name 是成员所在组织的名称），所以表头里写成同样带点的列名会被这条路径挡住。请给这一列改名。"
    ), example: "members.csv with columns org and org.name")
  let badTotal = MessageSpec(
    "E1261", en: "\"total\" of table {0} is \"{1}\"; it can be \"keep\" or \"drop\"",
    zh: "表 {0} 的 \"total\" 是“{1}”；只能是 \"keep\" 或 \"drop\"",
    explain: (
      en: "A table's \"total\" in schema.json says what becomes of a total row at the bottom of"
        + " its file: \"drop\" (the default) leaves it out, \"keep\" loads it as a row.",
      zh: "schema.json 里表的 \"total\" 说明文件末尾的合计行怎么处理：\"drop\"（默认）略去，\"keep\" 当作一行加载。"
    ), example: "{\"tables\": {\"sessions\": {\"total\": \"yes\"}}}")
  let keepOrDrop = MessageSpec(
    en: "write \"total\": \"keep\" to load the total row, or leave \"total\" out",
    zh: "要加载合计行请写 \"total\": \"keep\"，否则不写 \"total\"")
  let loadWarnings = MessageSpec(
    "W1269", en: "{0} — dangke check {1}", zh: "{0}——详见 dangke check {1}",
    explain: (
      en: "The data loaded, but with warnings (values trimmed, cells read as missing, a total"
        + " row left out, …) that may change an answer. `dangke check DIR` (or `.report` at"
        + " the prompt) lists them; -c, piped statements and `run` say how many on stderr.",
      zh: "数据加载好了，但有警告（去掉了空格、按缺失值读取的单元格、略去的合计行……），可能影响答案。"
        + "`dangke check 目录`（或在提示符下输入 `.report`）会把它们全部列出来；-c、管道输入的语句和 `run`"
        + " 会在 stderr 上说明有几条。"
    ), example: "dangke data -c 'count members'")
  let oneLoadWarning = MessageSpec(en: "1 load warning", zh: "加载时有 1 条警告")
  let manyLoadWarnings = MessageSpec(en: "{0} load warnings", zh: "加载时有 {0} 条警告")
  let fileNotFound = MessageSpec(
    "E1260", en: "file not found", zh: "找不到这个文件",
    explain: (
      en: "A data file named on the command line does not exist; the nearest name in its"
        + " folder is suggested.",
      zh: "命令行上给出的数据文件不存在；会提示同一文件夹里最接近的名字。"
    ), example: "dangke sesions.csv -c 'count sessions'")
}

/// The habits catalog.
let habitMessages = HabitMessages()
