import Lang

/// The loader's messages: finding the files, reading CSV/TSV, text encodings, and the load
/// warnings (codes E0401–E0424, W0401–W0405). JSON rows and schema.json have their own
/// catalogs beside their readers.
struct LoadMessages: MessageCatalog {
  let folderNotFound = MessageSpec(
    "E0401", en: "folder not found", zh: "找不到这个文件夹",
    explain: (
      en: "The data path names nothing on disk.", zh: "数据路径在磁盘上不存在。"
    ), example: "dangke --data no-such-folder")
  let checkFolderPath = MessageSpec(
    en: "check the path; it should name a folder of .csv, .tsv, .jsonl or .json files",
    zh: "请检查路径；它应该是一个放着 .csv、.tsv、.jsonl 或 .json 文件的文件夹")
  let notAFolder = MessageSpec(
    "E0402", en: "not a folder", zh: "这不是文件夹",
    explain: (
      en: "A data folder was expected, and the path names something else.",
      zh: "这里要的是数据文件夹，而路径指向的是别的东西。"
    ), example: "dangke check /dev/null")
  let giveTheFolder = MessageSpec(
    en: "give the folder that holds the data files, or load the file by itself",
    zh: "请给出存放数据文件的文件夹，或者单独加载这个文件")
  let unterminatedQuote = MessageSpec(
    "E0403", en: "unterminated quoted field", zh: "引号没有闭合",
    explain: (
      en: "A CSV field that starts with \" runs to the end of the file without its closing"
        + " quote. The line and field given are where the field starts.",
      zh: "CSV 里一个以 \" 开头的字段一直到文件结尾都没有闭合的引号。报告的行和字段是这个字段开始的位置。"
    ), example: "id,title\n1,\"党课")
  let closeTheQuote = MessageSpec(
    en: "close the quote with \", and write a quote inside a quoted field as \"\"",
    zh: "请用 \" 闭合引号；引号字段里的引号要写成 \"\"")
  let cannotListFolder = MessageSpec(
    "E0404", en: "cannot list the folder", zh: "无法列出文件夹的内容",
    explain: (
      en: "The folder exists but its entries cannot be read, usually for lack of permission.",
      zh: "文件夹存在，但读不出里面有什么，通常是没有权限。"
    ), example: "dangke --data /root")
  let mayReadFolder = MessageSpec(
    en: "check that you may read the folder", zh: "请确认你有读取这个文件夹的权限")
  let noDataFilesInFolder = MessageSpec(
    "E0405", en: "no data files in this folder", zh: "这个文件夹里没有数据文件",
    explain: (
      en: "A data folder holds .csv, .tsv, .jsonl or .json files, one per table.",
      zh: "数据文件夹里放 .csv、.tsv、.jsonl 或 .json 文件，每个文件一张表。"
    ), example: "dangke --data empty-folder")
  let putDataFiles = MessageSpec(
    en: "put .csv, .tsv, .jsonl or .json files in it (schema.json alone is no data)",
    zh: "请在里面放 .csv、.tsv、.jsonl 或 .json 文件（只有 schema.json 不算数据）")
  let notADataFile = MessageSpec(
    "E0406", en: "not a data file (unknown extension)", zh: "这不是数据文件（不认识的扩展名）",
    explain: (
      en: "Data files end in .csv, .tsv, .jsonl or .json.",
      zh: "数据文件的扩展名是 .csv、.tsv、.jsonl 或 .json。"
    ), example: "dangke --data notes.txt")
  let giveDataFiles = MessageSpec(
    en: "give .csv, .tsv, .jsonl or .json files", zh: "请给出 .csv、.tsv、.jsonl 或 .json 文件")
  let noDataFilesGiven = MessageSpec(
    "E0407", en: "no data files given", zh: "没有给出数据文件",
    explain: (
      en: "The list of data files is empty.", zh: "数据文件的列表是空的。"
    ), example: "dangke check")
  let noDataFilesInSet = MessageSpec(
    "E0408", en: "no data files in this data set", zh: "这个数据集里没有数据文件",
    explain: (
      en: "A data set built in memory holds no table.", zh: "内存里构造的数据集没有任何表。"
    ), example: "Loader.load(.memory(name: \"x\", files: []))")
  let duplicateTable = MessageSpec(
    "E0409", en: "another file, {0}, also makes table {1}", zh: "另一个文件 {0} 也生成表 {1}",
    explain: (
      en: "A table is named after its file (sessions.csv makes sessions); two files give the"
        + " same name, ignoring case and extension.",
      zh: "表名来自文件名（sessions.csv 生成 sessions 表）；有两个文件得出了同一个名字（不分大小写和扩展名）。"
    ), example: "dangke --data sessions.csv sessions.json")
  let oneFilePerTable = MessageSpec(
    en: "keep one file per table name, or rename one of them",
    zh: "每个表名只能对应一个文件；请改掉其中一个的名字")
  let cannotReadFile = MessageSpec(
    "E0410", en: "cannot read the file: {0}", zh: "读不了这个文件：{0}",
    explain: (
      en: "The operating system refused to read the file; the reason follows the colon.",
      zh: "操作系统拒绝读取这个文件；冒号后面是系统给出的原因。"
    ), example: "dangke --data missing.csv")
  let mayReadFile = MessageSpec(
    en: "check that the file exists and that you may read it", zh: "请确认文件存在，并且你有权限读取")
  let textAfterQuote = MessageSpec(
    "E0411", en: "text after the closing quote of a quoted field", zh: "引号字段的结束引号后面还有文字",
    explain: (
      en: "In CSV a quoted field ends at its closing quote; a quote inside it is written \"\".",
      zh: "CSV 的引号字段到结束引号就完了；字段里面的引号要写成 \"\"。"
    ), example: "id,title\n1,\"say \"hi\"\"")
  let doubleTheQuotes = MessageSpec(
    en: "quote the whole field and double every quote inside it, as in \"say \"\"hi\"\"\"",
    zh: "请给整个字段加引号，并把里面的每个引号写两遍，如 \"say \"\"hi\"\"\"")
  let emptyFile = MessageSpec(
    "E0412", en: "the file is empty", zh: "文件是空的",
    explain: (
      en: "A data file needs rows: CSV a header and rows, JSON at least one object.",
      zh: "数据文件里要有数据：CSV 要有表头和数据行，JSON 至少要有一个对象。"
    ), example: "dangke --data empty.csv")
  let addHeaderAndRows = MessageSpec(
    en: "add a header row and rows of data, or remove the file",
    zh: "请加上表头和数据行，或者删掉这个文件")
  let addRows = MessageSpec(en: "add rows of data, or remove the file", zh: "请加上数据，或者删掉这个文件")
  let headerOnly = MessageSpec(
    "E0413", en: "the file has a header but no rows", zh: "文件只有表头，没有数据行",
    explain: (
      en: "A table with no rows answers nothing; it is refused rather than loaded empty.",
      zh: "没有数据行的表回答不了任何问题，所以不加载，直接报错。"
    ), example: "dangke --data header-only.csv")
  let addRowsBelow = MessageSpec(
    en: "add rows of data below the header, or remove the file", zh: "请在表头下面加上数据行，或者删掉这个文件")
  let fieldCount = MessageSpec(
    "E0414", en: "row has {0} but the header has {1}", zh: "这一行有 {0}，而表头有 {1} 个",
    explain: (
      en: "Every row of a CSV/TSV file has as many fields as its header. A field holding the"
        + " delimiter must be quoted.",
      zh: "CSV/TSV 文件的每一行要和表头有同样多的字段。含有分隔符的字段必须加引号。"
    ), example: "id,title\n1,党课,extra")
  let fields = MessageSpec(en: "{0} fields", zh: "{0} 个字段")
  let oneField = MessageSpec(en: "1 field", zh: "1 个字段")
  let quoteDelimiters = MessageSpec(
    en: "quote fields that contain the delimiter (\"a, b\"), or add or remove fields",
    zh: "含有分隔符的字段请加引号（\"a, b\"），或者增删字段")
  let notOfType = MessageSpec(
    "E0415", en: "value \"{0}\" in column {1} is not {2}", zh: "列 {1} 里的值“{0}”不是{2}",
    explain: (
      en: "schema.json declares the column's type, and this value cannot be read as it.",
      zh: "schema.json 规定了这一列的类型，而这个值不能按这个类型读出来。"
    ), example: "\"hours\": {\"type\": \"integer\"} with a value 2.5")
  let anInteger = MessageSpec(en: "an integer", zh: "整数")
  let aDecimal = MessageSpec(en: "a decimal", zh: "小数")
  let aBoolean = MessageSpec(en: "a boolean", zh: "布尔值")
  let aDate = MessageSpec(en: "a date", zh: "日期")
  let aText = MessageSpec(en: "a text", zh: "文本")
  let fixValueOrType = MessageSpec(
    en: "correct the value, or change the type of {0} in schema.json",
    zh: "请改正这个值，或者在 schema.json 里修改 {0} 的类型")
  let unnamedColumn = MessageSpec(
    "E0416", en: "column {0} has no name in the header", zh: "表头里第 {0} 列没有名字",
    explain: (
      en: "Every column is named in the header row; queries use the names.",
      zh: "表头要给每一列起名字，查询靠名字找列。"
    ), example: "id,,title")
  let nameEveryColumn = MessageSpec(
    en: "give every column a name in the header row, or delete the empty column",
    zh: "请在表头给每一列起名字，或者删掉这个空列")
  let duplicateColumn = MessageSpec(
    "E0417", en: "duplicate column name \"{0}\" (also column {1})", zh: "列名“{0}”重复了（第 {1} 列也叫这个名字）",
    explain: (
      en: "Column names are unique in a table, ignoring case.", zh: "同一张表里的列名不能重复（不分大小写）。"
    ), example: "id,title,Title")
  let renameOne = MessageSpec(
    en: "rename one of the two columns in the header row", zh: "请在表头里给其中一列改名")
  let utf16WithoutBOM = MessageSpec(
    "E0418", en: "the file looks like UTF-16 without a byte order mark (every other byte is 0)",
    zh: "这个文件像是没有字节顺序标记（BOM）的 UTF-16（每隔一个字节就是 0）",
    explain: (
      en: "UTF-16 is read only with its byte order mark; save the file as UTF-8 instead.",
      zh: "UTF-16 文件要带字节顺序标记才能读；请改存为 UTF-8。"
    ), example: "a CSV saved as UTF-16LE without BOM")
  let saveAsUTF8 = MessageSpec(
    en: "save it as UTF-8 (in Excel: CSV UTF-8), or as UTF-16 with a byte order mark",
    zh: "请另存为 UTF-8（Excel 里选“CSV UTF-8”），或者带 BOM 的 UTF-16")
  let nulByte = MessageSpec(
    "E0419", en: "a NUL byte (0x00): this is not a text file, or it is damaged",
    zh: "文件里有 NUL 字节（0x00）：这不是文本文件，或者文件已损坏",
    explain: (
      en: "Text files never hold the byte 0; the file is binary or damaged.",
      zh: "文本文件里不会有 0 字节；这个文件是二进制文件，或者已经损坏。"
    ), example: "dangke --data picture.csv")
  let checkTheFile = MessageSpec(
    en: "check that this is the data file you meant; remove the NUL bytes if it is",
    zh: "请确认这是你要的数据文件；如果是，请删掉其中的 NUL 字节")
  let byteOrderMarkInside = MessageSpec(
    "E0420", en: "a byte order mark (U+FEFF) at the start of line {0}, not of the file",
    zh: "第 {0} 行开头有一个字节顺序标记（U+FEFF），它本该只出现在文件开头",
    explain: (
      en: "A byte order mark inside the file usually means two exported files were joined.",
      zh: "文件中间出现字节顺序标记，通常说明两个导出的文件被拼在了一起。"
    ), example: "cat part1.csv part2.csv > all.csv")
  let removeTheMark = MessageSpec(
    en: "the file may be two files joined together: remove the mark (and a repeated header)",
    zh: "这个文件可能是两个文件拼起来的：请删掉这个标记（以及重复的表头）")
  let invalidBytes = MessageSpec(
    "E0421", en: "invalid byte sequence (byte 0x{0}): {1}", zh: "无效的字节序列（字节 0x{0}）：{1}",
    explain: (
      en: "The file is read as UTF-8, else as GB18030 (which includes GBK), unless schema.json"
        + " sets its encoding; these bytes fit neither.",
      zh: "文件先按 UTF-8 读，不行再按 GB18030（包括 GBK）读，除非 schema.json 指定了编码；这些字节哪种都不符合。"
    ), example: "a CSV in Big5")
  let notUTF16 = MessageSpec(en: "not valid UTF-16", zh: "不是有效的 UTF-16")
  let cutShort = MessageSpec(
    en: "not valid UTF-8: the file ends inside a character (was it cut short?)",
    zh: "不是有效的 UTF-8：文件在一个字符的中间结束了（是不是被截断了？）")
  let notUTF8 = MessageSpec(en: "not valid UTF-8", zh: "不是有效的 UTF-8")
  let notUTF8ThoughRest = MessageSpec(
    en: "not valid UTF-8, though the rest of the file is", zh: "不是有效的 UTF-8，而文件的其余部分都是")
  let notGB18030 = MessageSpec(en: "not valid GB18030", zh: "不是有效的 GB18030")
  let neitherEncoding = MessageSpec(
    en: "neither UTF-8 nor GB18030", zh: "既不是 UTF-8 也不是 GB18030")
  let saveOrDeclare = MessageSpec(
    en: "save the file as UTF-8 (or GB18030), or set its \"encoding\" in schema.json",
    zh: "请把文件另存为 UTF-8（或 GB18030），或者在 schema.json 里设置它的 \"encoding\"")
  let unknownEncoding = MessageSpec(
    "E0422", en: "unknown encoding \"{0}\"", zh: "不认识的编码“{0}”",
    explain: (
      en: "schema.json may set \"encoding\" to utf-8 or gb18030 (also read as gbk, gb2312, cp936).",
      zh: "schema.json 的 \"encoding\" 可以是 utf-8 或 gb18030（gbk、gb2312、cp936 也按它读）。"
    ), example: "{\"encoding\": \"big5\"}")
  let unknownTableEncoding = MessageSpec(
    "E0423", en: "unknown encoding \"{0}\" for table {1}", zh: "表 {1} 的编码“{0}”不认识",
    explain: (
      en: "A table's \"encoding\" in schema.json is utf-8 or gb18030.",
      zh: "schema.json 里表的 \"encoding\" 只能是 utf-8 或 gb18030。"
    ), example: "{\"tables\": {\"sessions\": {\"encoding\": \"big5\"}}}")
  let useKnownEncoding = MessageSpec(
    en: "use \"utf-8\" or \"gb18030\" (which also reads GBK)",
    zh: "请用 \"utf-8\" 或 \"gb18030\"（它也能读 GBK）")

  // Warnings: the data loaded, with something to check.
  let dangling = MessageSpec(
    "W0401", en: "{0}.{1}: {2} no id in {3} ({4}); kept as missing references",
    zh: "{0}.{1}：有 {2}在 {3} 里找不到对应的 id（{4}）；这些引用按缺失处理",
    explain: (
      en: "A reference column holds values that are no id of the table it refers to. Those"
        + " rows load, with the reference missing.",
      zh: "引用列里有些值不是被引用表中的 id。这些行照常加载，引用按缺失处理。"
    ), example: "attendance.csv with member 99999 when members has no id 99999")
  let valueMatches = MessageSpec(en: "1 value matches", zh: "1 个值")
  let valuesMatch = MessageSpec(en: "{0} values match", zh: "{0} 个值")
  let valueOnLine = MessageSpec(en: "\"{0}\" on line {1}", zh: "第 {1} 行的“{0}”")
  let duplicateIds = MessageSpec(
    "W0402", en: "{0}: {1} ({2}); references use the first row with each id",
    zh: "{0}：{1}（{2}）；引用时以每个 id 第一次出现的行为准",
    explain: (
      en: "An id appears on more than one row. References to it go to its first row.",
      zh: "同一个 id 出现在多行里。引用它时用第一次出现的那一行。"
    ), example: "members.csv with id 7 on two lines")
  let rowRepeats = MessageSpec(en: "1 row repeats an id", zh: "有 1 行的 id 重复")
  let rowsRepeat = MessageSpec(en: "{0} rows repeat an id", zh: "有 {0} 行的 id 重复")
  let repeatOnLine = MessageSpec(
    en: "\"{0}\" on line {1} (first on line {2})", zh: "第 {1} 行的“{0}”（第一次在第 {2} 行）")
  let nameNotWritable = MessageSpec(
    "W0403", en: "a query cannot write the table name \"{0}\"; the table is named {1}",
    zh: "查询里没法写出表名“{0}”；这张表改名为 {1}",
    explain: (
      en: "A file name that is not a name of the query language (spaces, a leading digit) is"
        + " turned into one; queries use the new name.",
      zh: "文件名不符合查询语言的名称规则（有空格、以数字开头等）时会被改成合规的名字；查询要用新名字。"
    ), example: "dangke --data \"2016 sessions.csv\"")
  let blankLines = MessageSpec(
    "W0404", en: "skipped {0} (first on line {1})", zh: "跳过了 {0}（第一个在第 {1} 行）",
    explain: (
      en: "Blank lines between rows of a CSV/TSV file are skipped.",
      zh: "CSV/TSV 文件数据行之间的空行会被跳过。"
    ), example: "id,title\n1,党课\n\n2,讲座")
  let oneBlankLine = MessageSpec(en: "1 blank line", zh: "1 个空行")
  let manyBlankLines = MessageSpec(en: "{0} blank lines", zh: "{0} 个空行")
  let mixedTypes = MessageSpec(
    "W0405",
    en: "column {0} mixes {1} values ({2}); kept as text. First {3} value: \"{4}\" on line {5}",
    zh: "列 {0} 里混有{1}（{2}），按文本保存。第一个{3}值是第 {5} 行的“{4}”",
    explain: (
      en: "Without a type in schema.json a column's type is inferred; when its values are of"
        + " several kinds it is kept as text, so comparisons are by text.",
      zh: "schema.json 没写类型时，列的类型靠推断；值的种类不一时按文本保存，比较也按文本进行。"
    ), example: "hours: 2, 3, \"two\"")
  let kindNumber = MessageSpec(en: "number", zh: "数字")
  let kindBoolean = MessageSpec(en: "boolean", zh: "布尔")
  let kindDate = MessageSpec(en: "date", zh: "日期")
  let kindText = MessageSpec(en: "text", zh: "文本")
  let kindCount = MessageSpec(en: "{0} {1}", zh: "{0} 个{1}")
  let valuesOf = MessageSpec(en: "{0}", zh: "{0}值")
  let and = MessageSpec(en: "{0} and {1}", zh: "{0}和{1}")
}

/// The loader's catalog.
let loadMessages = LoadMessages()
