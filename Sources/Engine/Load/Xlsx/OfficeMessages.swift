import Lang

/// Messages about office files: reading workbooks (.xlsx) and writing workbooks and HTML
/// reports. Codes E0701–E0799 and W0701–W0799.
public struct OfficeMessages: MessageCatalog {
  let oldFormat = MessageSpec(
    "E0701", en: "'{0}' is an old-format workbook ({1}), which Dangke cannot read",
    zh: "“{0}”是旧格式的工作簿（{1}），Dangke 读不了",
    explain: (
      en: "Dangke reads workbooks in the Office Open XML format (.xlsx) that Excel 2007 and "
        + "later, WPS and LibreOffice write. The old binary formats (.xls of Excel 97–2003, .et "
        + "of WPS) are not read: open the file and save it as .xlsx.",
      zh: "Dangke 读取 Excel 2007 以后、WPS 和 LibreOffice 保存的 .xlsx 工作簿。旧的二进制格式"
        + "（Excel 97–2003 的 .xls、WPS 的 .et）读不了：请打开文件另存为 .xlsx。"
    ),
    example: "dangke --data 花名册.xls")
  let saveAsXlsx = MessageSpec(
    en: "open it in Excel or WPS and save it as an Excel workbook (.xlsx)",
    zh: "请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）")
  let encrypted = MessageSpec(
    "E0702", en: "'{0}' is protected with a password, so its sheets cannot be read",
    zh: "“{0}”设了打开密码，读不了其中的工作表",
    explain: (
      en: "A workbook with an opening password is encrypted as a whole. Open it in Excel or "
        + "WPS with the password, remove the password, and save it as .xlsx.",
      zh: "设了打开密码的工作簿整个是加密的。请在 Excel 或 WPS 里用密码打开，取消密码后另存为 .xlsx。"
    ),
    example: "dangke --data 加密的花名册.xlsx")
  let removePassword = MessageSpec(
    en: "open it with the password in Excel or WPS, remove the password, and save it as .xlsx",
    zh: "请在 Excel 或 WPS 里用密码打开，取消密码后另存为 .xlsx")
  let damaged = MessageSpec(
    "E0703", en: "'{0}' is not a readable workbook: {1}", zh: "“{0}”不是可以读取的工作簿：{1}",
    explain: (
      en: "The file is named like a workbook but is not a complete .xlsx file: it may have been "
        + "cut short while copying, or be another kind of file renamed. Open it in Excel or WPS "
        + "and save it again as .xlsx.",
      zh: "文件名像工作簿，但不是完整的 .xlsx 文件：可能复制时没有复制完，或是别的文件改了扩展名。"
        + "请用 Excel 或 WPS 打开后重新另存为 .xlsx。"
    ),
    example: "dangke --data 损坏的.xlsx")
  let notZip = MessageSpec(en: "it is not a zip archive", zh: "它不是 zip 压缩包")
  let cutShort = MessageSpec(
    en: "it is cut short or damaged (its zip directory cannot be read)",
    zh: "文件不完整或已损坏（读不出 zip 目录）")
  let missingPart = MessageSpec(en: "the part {0} is missing", zh: "缺少部件 {0}")
  let badPart = MessageSpec(en: "the part {0} cannot be read", zh: "部件 {0} 无法读取")
  let emptySheet = MessageSpec(
    "E0704", en: "sheet {0} is empty", zh: "工作表“{0}”是空的",
    explain: (
      en: "Every visible sheet of a workbook is loaded as a table and needs a header row and "
        + "rows of data. Hide a sheet that holds no table, or delete it.",
      zh: "工作簿里每张可见的工作表都作为一张表读入，需要有表头行和数据行。不是表格的工作表请隐藏或删除。"
    ),
    example: "dangke --data 花名册.xlsx")
  let fillOrHide = MessageSpec(
    en: "add a header row and rows of data, or hide or delete the sheet",
    zh: "请加上表头行和数据行，或者隐藏、删除这张工作表")
  let noRows = MessageSpec(
    "E0705", en: "sheet {0} has a header but no rows", zh: "工作表“{0}”只有表头，没有数据行",
    explain: (
      en:
        "The sheet has a header row and nothing under it. A table with no rows answers nothing, so it is refused rather than loaded empty.",
      zh: "这张工作表只有表头行，下面没有数据。没有数据行的表回答不了任何问题，所以不读入，直接报错。"
    ), example: "dangke --data 只有表头.xlsx")
  let noName = MessageSpec(
    "E0706", en: "column {0} has no name in the header row", zh: "第 {0} 列在表头行里没有列名",
    explain: (
      en:
        "Each column of a sheet's data needs a name in the header row: queries refer to columns by these names.",
      zh: "工作表里有数据的每一列都要在表头行里有列名：查询靠这些名字找到列。"
    ), example: "dangke --data 缺列名.xlsx")
  let nameIt = MessageSpec(
    en: "give every column a name in the header row, or delete the empty column",
    zh: "请给表头行的每一列起个名字，或者删掉空列")
  let duplicateName = MessageSpec(
    "E0707", en: "duplicate column name \"{0}\" (also column {1})",
    zh: "列名“{0}”重复了（第 {1} 列也叫这个名字）",
    explain: (
      en:
        "Two columns of one sheet have the same name (letter case aside), so a query could not tell them apart.",
      zh: "同一张工作表里有两列同名（不分大小写），查询就分不清是哪一列。"
    ), example: "dangke --data 重复列名.xlsx")
  let renameOne = MessageSpec(
    en: "rename one of the two columns in the header row", zh: "请在表头行里改掉其中一列的名字")
  let typeMismatch = MessageSpec(
    "E0708", en: "value \"{0}\" in column {1} is not {2}", zh: "“{1}”列的值“{0}”不是{2}",
    explain: (
      en:
        "schema.json declares the column's type, and this cell's value cannot be read as it. The message names the sheet and the cell.",
      zh: "schema.json 规定了这一列的类型，而这个单元格的值不能按这个类型读出来。消息里写明了工作表和单元格。"
    ), example: "\"学时\": {\"type\": \"integer\"} with a cell holding 12.5")
  let fixValue = MessageSpec(
    en: "correct the value, or change the type of {0} in schema.json",
    zh: "请改正这个值，或者在 schema.json 里改掉 {0} 的类型")
  let headerBeyond = MessageSpec(
    "E0709", en: "schema.json puts the header of sheet {0} on row {1}, but the sheet has {2} rows",
    zh: "schema.json 说工作表“{0}”的表头在第 {1} 行，但这张表只有 {2} 行",
    explain: (
      en:
        "A sheet's \"header\" in schema.json is the 1-based row that holds the column names; it must be a row of the sheet that has rows of data under it.",
      zh: "schema.json 里工作表的 \"header\" 是列名所在的行号（从 1 数起），这一行必须在表里，而且下面要有数据行。"
    ), example: "\"统计\": {\"header\": 9} for a sheet of 4 rows")
  let fixHeader = MessageSpec(
    en: "give \"header\" the number of the row that holds the column names",
    zh: "请把 \"header\" 设成列名所在的行号")
  let leapBug = MessageSpec(
    "E0710", en: "the date 1900-02-29 does not exist (Excel counts it by an old mistake)",
    zh: "1900-02-29 这一天并不存在（Excel 沿用了一个老错误才算有这天）",
    explain: (
      en:
        "Excel counts days from 1900 and, for compatibility with Lotus 1-2-3, treats 1900 as a leap year. Day 60 is the 29th of February 1900, which never was; a cell holding it is refused rather than read as another day.",
      zh:
        "Excel 从 1900 年起数日子，为了和 Lotus 1-2-3 兼容，把 1900 年当成闰年。第 60 天就是并不存在的 1900 年 2 月 29 日；单元格里是这一天时直接报错，不会当成别的日期读入。"
    ), example: "a date cell holding 1900-02-29 (serial number 60)")
  let fixDate = MessageSpec(en: "correct the date in the cell", zh: "请改正单元格里的日期")
  public let xlsxNeedsFile = MessageSpec(
    "E0711", en: "a workbook (xlsx) is written to a file: add --out FILE.xlsx",
    zh: "工作簿（xlsx）只能写到文件里：请加上 --out 文件名.xlsx",
    explain: (
      en: "An .xlsx workbook is a binary file, so it cannot be shown at the prompt or written "
        + "to a terminal. Run the script with --out answers.xlsx; every answer becomes a sheet.",
      zh: "xlsx 工作簿是二进制文件，不能显示在提示符下或终端里。请用 --out 答案.xlsx 运行脚本，"
        + "每个答案成为一张工作表。"
    ),
    example: "count sessions by year as xlsx")

  let titleRow = MessageSpec(
    "W0701", en: "sheet {0}: row {1} (\"{2}\") is taken as a title; the header is row {3}",
    zh: "工作表“{0}”：第 {1} 行（“{2}”）当作标题，表头在第 {3} 行",
    explain: (
      en:
        "The first row of the sheet holds a single text (a title such as 2016 年党课统计) over a row of column names, so the names are taken from the next row. Set \"header\" for the sheet in schema.json to choose the row yourself.",
      zh:
        "工作表第一行只有一段文字（比如“2016 年党课统计”这样的标题），下面一行才是列名，所以列名从下一行读取。要自己指定表头所在的行，请在 schema.json 里给这张工作表设置 \"header\"。"
    ), example: "dangke --data 带标题的统计表.xlsx")
  let hiddenSheet = MessageSpec(
    "W0702", en: "hidden sheet {0} is not loaded", zh: "隐藏的工作表“{0}”没有读入",
    explain: (
      en:
        "Hidden sheets usually hold workings or lookup lists, not tables to query, so they are skipped. Unhide the sheet to load it.",
      zh: "隐藏的工作表一般放的是中间计算或下拉列表，不是要查询的表，所以跳过不读。要读入请先取消隐藏。"
    ), example: "dangke --data 有隐藏工作表.xlsx")
  let errorCells = MessageSpec(
    "W0703", en: "column {0}: {1} error value(s) such as {2} (first at {3}) read as missing",
    zh: "“{0}”列：{1} 个错误值（如 {2}，第一个在 {3}）当作缺失值",
    explain: (
      en:
        "Cells holding a formula error (#DIV/0!, #N/A, #REF! …) have no value; they are read as missing, like empty cells. Correct the formulas to get their values.",
      zh: "显示公式错误（#DIV/0!、#N/A、#REF! 等）的单元格没有值，和空单元格一样当作缺失值。请改正公式以得到它们的值。"
    ), example: "dangke --data 有公式错误.xlsx")
  let formulaWithoutValue = MessageSpec(
    "W0704",
    en: "column {0}: {1} formula(s) without a saved value (first at {2}) read as missing",
    zh: "“{0}”列：{1} 个公式没有保存计算结果（第一个在 {2}），当作缺失值",
    explain: (
      en:
        "Dangke does not calculate formulas; it reads the value the spreadsheet program saved with each one. A workbook written by another program may hold formulas without values: open it in Excel or WPS and save it.",
      zh: "Dangke 不计算公式，只读取表格软件和公式一起保存的结果。别的程序写出的工作簿可能只有公式没有结果：请用 Excel 或 WPS 打开再保存一次。"
    ), example: "dangke --data 程序生成的.xlsx")
  let blankRows = MessageSpec(
    "W0705", en: "sheet {0}: skipped {1} empty row(s) between the data (first is row {2})",
    zh: "工作表“{0}”：跳过了数据中间的 {1} 个空行（第一个是第 {2} 行）",
    explain: (
      en: "Empty rows between rows of data are skipped; the rows after them are still loaded.",
      zh: "数据中间的空行会被跳过，空行后面的数据照样读入。"
    ), example: "dangke --data 中间有空行.xlsx")
  let noSheets = MessageSpec(
    "E0712", en: "workbook '{0}' has no sheet with data", zh: "工作簿“{0}”里没有一张有数据的工作表",
    explain: (
      en:
        "Every visible sheet that holds cells becomes a table. This workbook has none: its sheets are hidden, blank, or charts.",
      zh: "工作簿里每张有内容的可见工作表都成为一张表。这个工作簿一张也没有：工作表都是隐藏的、空白的，或者是图表。"
    ), example: "dangke --data 空工作簿.xlsx")
  let addData = MessageSpec(
    en: "put a header row and rows of data on a visible sheet",
    zh: "请在一张可见的工作表上填好表头行和数据行")
  let chartSheet = MessageSpec(
    "W0706", en: "sheet {0} is a chart, not a table, and is not loaded",
    zh: "工作表“{0}”是图表，不是表格，没有读入",
    explain: (
      en: "A chart sheet holds a chart and no cells, so there is no table to load.",
      zh: "图表工作表里只有图表，没有单元格，所以没有表可读。"
    ), example: "dangke --data 带图表页.xlsx")
  let blankSheet = MessageSpec(
    "W0707", en: "sheet {0} is blank and is not loaded", zh: "工作表“{0}”是空白的，没有读入",
    explain: (
      en: "A visible sheet without any cell (such as Sheet2 of a new workbook) is skipped.",
      zh: "没有任何内容的可见工作表（比如新建工作簿里的 Sheet2）会被跳过。"
    ), example: "dangke --data 有空白工作表.xlsx")
  let recalculate = MessageSpec(
    en: "open the workbook in Excel or WPS and save it, so the formulas' values are stored",
    zh: "请用 Excel 或 WPS 打开工作簿再保存一次，公式的结果才会存进文件")
}

/// The one instance, used by the workbook reader and writers.
public let officeMessages = OfficeMessages()
