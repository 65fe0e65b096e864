import Lang

/// The planner's messages (codes E0300–E0399, W0300–W0399): names, types, values and output
/// columns that do not fit the data. Declared here, next to the code that emits them.
struct PlanMessages: MessageCatalog {
  let unknownTable = MessageSpec(
    "E0301", en: "unknown table '{0}'", zh: "没有名为“{0}”的表",
    explain: (
      en: "The statement names a table that the loaded data do not have.",
      zh: "语句里写的表在已载入的数据里不存在。"
    ), example: "count sesions")
  let unknownColumn = MessageSpec(
    "E0302", en: "table '{0}' has no column '{1}'", zh: "表“{0}”没有“{1}”这一列",
    explain: (
      en: "A column (or a part of a dotted path) is not a column of the table it is read from.",
      zh: "写的列（或点号路径中的一段）不是所读的表里的列。"
    ), example: "list titel of sessions")
  let notAReference = MessageSpec(
    "E0303", en: "'{0}' is not a reference, so '.{1}' cannot follow it",
    zh: "“{0}”不是引用列，后面不能接“.{1}”",
    explain: (
      en: "Only a column that refers to another table can be followed with a dot.",
      zh: "只有引用另一张表的列，才能用点号继续往下走。"
    ), example: "count sessions by title.name")
  let unknownFunction = MessageSpec(
    "E0304", en: "unknown function '{0}'", zh: "没有“{0}”这个函数",
    explain: (
      en: "The functions are the time buckets day, week, month, quarter and year.",
      zh: "可用的函数是时间分段：day、week、month、quarter 和 year。"
    ), example: "count sessions by monht(date)")
  let bucketTakesDateColumn = MessageSpec(
    "E0305", en: "{0}(…) takes a date column", zh: "{0}(…) 的参数要是日期列",
    explain: (
      en: "A time bucket groups the values of a date column.", zh: "时间分段按日期列的值分组。"
    ), example: "count sessions by month(2016)")
  let bucketTakesDate = MessageSpec(
    "E0306", en: "{0}(…) takes a date, but '{1}' is {2}", zh: "{0}(…) 要的是日期，而“{1}”是{2}",
    explain: (en: "A time bucket groups dates only.", zh: "时间分段只能用于日期。"),
    example: "count sessions by month(hours)")
  let expectedColumn = MessageSpec(
    "E0307", en: "expected a column here", zh: "这里应该写一列",
    explain: (
      en: "Keys, fields and measures take a column or a path such as member.org.name.",
      zh: "分组、列出和统计的对象要写列名或路径，比如 member.org.name。"
    ), example: "count sessions by 2016")
  let parameterWithoutValue = MessageSpec(
    "E0308", en: "parameter ${0} has no value", zh: "参数 ${0} 没有给值",
    explain: (
      en: "A $parameter gets its value from --set NAME=VALUE or `.set NAME VALUE` at the prompt.",
      zh: "$参数的值用 --set 名称=值 给出，在提示符下用 `.set 名称 值`。"
    ), example: "count sessions where date in $month")
  let giveParameter = MessageSpec(
    en: "give it with --set {0}=… (or `.set {0} …` at the prompt)",
    zh: "用 --set {0}=… 给它一个值（在提示符下用 `.set {0} …`）")
  let didYouMeanParameter = MessageSpec(en: "did you mean ${0}?", zh: "是不是 ${0}？")
  let expectedValue = MessageSpec(
    "E0309", en: "expected a value here, such as 2016, 2016-11 or \"text\"",
    zh: "这里应该写一个值，比如 2016、2016-11 或 \"文字\"",
    explain: (en: "A comparison needs a value on one side.", zh: "比较的一边要是一个值。"),
    example: "count sessions where date in type")
  let relatedNoReference = MessageSpec(
    "E0310", en: "no column of '{0}' refers to '{1}'", zh: "“{0}”里没有引用“{1}”的列",
    explain: (
      en:
        "Related rows (count(attendance), has attendance) need a column of the other table that refers to this one.",
      zh: "相关行（count(attendance)、has attendance）要求另一张表有一列引用这张表。"
    ), example: "count experts where has attendance")
  let relatedManyReferences = MessageSpec(
    "E0311", en: "several columns of '{0}' refer to '{1}'", zh: "“{0}”里有好几列引用“{1}”",
    explain: (
      en:
        "Related rows are found through exactly one reference column; with several it is not clear which.",
      zh: "相关行只能通过一列引用来找；有好几列时不知道该用哪一列。"
    ), example: "count members where has plans")
  let relatedOneReference = MessageSpec(
    en: "related rows need exactly one reference from the other table to this one",
    zh: "相关行要求另一张表恰好有一列引用这张表")
  let cannotAggregate = MessageSpec(
    "E0312", en: "cannot take the {0} of {1}: it is {2}", zh: "不能对{1}求 {0}：它是{2}",
    explain: (
      en: "sum, avg, median and stddev take numbers; min and max also take dates and text.",
      zh: "sum、avg、median 和 stddev 只能用于数字；min 和 max 还能用于日期和文本。"
    ), example: "sum title of sessions")
  let worksOnNumbers = MessageSpec(en: "{0} works on numbers", zh: "{0} 只能用于数字")
  let countRowsInstead = MessageSpec(
    en: "{0} works on numbers; to count rows use count", zh: "{0} 只能用于数字；数行数请用 count")
  let unknownFormat = MessageSpec(
    "E0313", en: "unknown format '{0}'", zh: "没有“{0}”这种格式",
    explain: (
      en: "`as` names one of the output formats.", zh: "`as` 后面要写一种输出格式。"
    ), example: "count sessions as excel")
  let formatsAre = MessageSpec(en: "formats: {0}", zh: "可用的格式：{0}")
  let crosstabOneMeasure = MessageSpec(
    "E0314", en: "a crosstab ('across') shows one measure", zh: "交叉表（across）只能显示一个统计量",
    explain: (
      en: "Each cell of a crosstab holds one number, so it takes one of count, sum, avg …",
      zh: "交叉表的每一格只放一个数，所以只能用 count、sum、avg 等中的一个。"
    ), example: "count, sum hours of attendance by member.category across session.type")
  let askOneMeasure = MessageSpec(
    en: "ask for one of count, sum, avg … with across", zh: "用 across 时只写 count、sum、avg 等中的一个")
  let crosstabNoMeasureColumn = MessageSpec(
    "E0315", en: "a crosstab has one column per value of '{0}', not a '{1}' column",
    zh: "交叉表按“{0}”的每个值各占一列，没有“{1}”这一列",
    explain: (
      en:
        "order by and having name columns of the answer; a crosstab spreads its measure over columns.",
      zh: "order by 和 having 要写答案里的列；交叉表把统计量分散到了各列。"
    ), example: "count sessions by year across type order by count")
  let orderByRowKey = MessageSpec(
    en: "order or filter by a row key, or leave out 'across'", zh: "按行的分组列排序或筛选，或者去掉 across")
  let crosstabNoTop = MessageSpec(
    "E0316", en: "top picks rows by their measure, which a crosstab spreads over columns",
    zh: "top 按统计量挑行，而交叉表把统计量分散到了各列",
    explain: (en: "top and across cannot be used together.", zh: "top 和 across 不能一起用。"),
    example: "count sessions by year across type top 3")
  let leaveOutAcross = MessageSpec(en: "leave out 'across' to use top", zh: "要用 top 就去掉 across")
  let listNoTop = MessageSpec(
    "E0317", en: "top picks the largest groups of count, sum, avg …; a list shows rows",
    zh: "top 用来挑 count、sum、avg 等最大的几组；list 列出的是行",
    explain: (en: "To show the first rows of a list, use limit.", zh: "要显示列表的前几行，请用 limit。"),
    example: "list sessions top 5")
  let useLimit = MessageSpec(
    en: "write `limit {0}` to show the first rows", zh: "写 `limit {0}` 显示前几行")
  let listNoGroups = MessageSpec(
    "E0318", en: "list shows rows; 'by' and 'across' go with count, sum, avg …",
    zh: "list 列出的是行；by 和 across 要和 count、sum、avg 等一起用",
    explain: (en: "Grouping needs a measure.", zh: "分组需要一个统计量。"),
    example: "list sessions by type")
  let countToGroup = MessageSpec(
    en: "write `count {0} by …` to group", zh: "要分组请写 `count {0} by …`")
  let rateNeedsCondition = MessageSpec(
    "E0319", en: "rate needs a condition", zh: "rate 后面要写一个条件",
    explain: (
      en: "rate is the share of rows for which a condition holds.", zh: "rate 是满足条件的行所占的比例。"
    ), example: "rate of plans")
  let rateExample = MessageSpec(en: "e.g. `rate status=done`", zh: "比如 `rate status=done`")
  let needsColumn = MessageSpec(
    "E0320", en: "{0} needs a column", zh: "{0} 后面要写一列",
    explain: (
      en: "sum, avg, min, max, median and stddev aggregate a column.",
      zh: "sum、avg、min、max、median 和 stddev 要对某一列求值。"
    ),
    example: "sum of attendance")
  let noTimeColumn = MessageSpec(
    "E0321", en: "table '{0}' has no time column for 'by {1}'", zh: "表“{0}”没有可用于“by {1}”的时间列",
    explain: (
      en:
        "`by month` alone groups by the table's time column; a table without one needs the date named.",
      zh: "单写 `by month` 按表的时间列分组；没有时间列的表要写明用哪个日期。"
    ), example: "count members by month")
  let nameTheDate = MessageSpec(
    en: "name the date: `by {0}(session.date)`", zh: "写明日期：`by {0}(session.date)`")
  let havingNeedsMeasures = MessageSpec(
    "E0322", en: "having goes with count, sum, avg …; use where for rows",
    zh: "having 要和 count、sum、avg 等一起用；筛选行请用 where",
    explain: (
      en: "having filters the rows of an answer; where filters the rows of a table.",
      zh: "having 筛选答案的行，where 筛选表的行。"
    ),
    example: "list sessions having hours > 2")
  let nameOutputColumn = MessageSpec(
    "E0323", en: "order by and having name an output column", zh: "order by 和 having 要写答案里的列名",
    explain: (
      en: "They work on the answer's columns: keys and measures.", zh: "它们作用于答案的列：分组列和统计量。"
    ),
    example: "count sessions by type order by 2016")
  let noOutputColumn = MessageSpec(
    "E0324", en: "the answer has no column '{0}'", zh: "答案里没有“{0}”这一列",
    explain: (
      en: "order by and having name a column of the answer, as its header shows it.",
      zh: "order by 和 having 要写答案里的列，以表头为准。"
    ), example: "count sessions by type order by sum")
  let columnsAre = MessageSpec(en: "its columns are: {0}", zh: "它的列有：{0}")
  let havingCompares = MessageSpec(
    "E0325", en: "having compares answer columns, e.g. `having sum < 32`",
    zh: "having 用来比较答案的列，比如 `having sum < 32`",
    explain: (
      en: "having takes comparisons of answer columns with values.", zh: "having 里写答案列和值的比较。"
    ),
    example: "count sessions by type having type ~ \"m\"")
  let periodNeeded = MessageSpec(
    "E0326", en: "'in' needs a period such as 2016, 2016-11 or 2016-Q4, not {0}",
    zh: "in 后面要写时段，比如 2016、2016-11 或 2016-Q4，而不是{0}",
    explain: (
      en: "`date in …` takes a year, a month, a quarter or a $parameter holding one.",
      zh: "`date in …` 后面写年、月、季度，或存着它们的 $参数。"
    ),
    example: "count sessions where date in micro")
  let valueNotCondition = MessageSpec(
    "E0327", en: "this is a value, not a condition", zh: "这是一个值，不是条件",
    explain: (en: "where, having and rate need a comparison.", zh: "where、having 和 rate 需要一个比较。"),
    example: "count sessions where type")
  let compareIt = MessageSpec(
    en: "compare it with something, e.g. `type = micro` or `hours > 2`",
    zh: "拿它和别的比较，比如 `type = micro` 或 `hours > 2`")
  let compareColumnWithValue = MessageSpec(
    "E0328", en: "compare a column with a value", zh: "请拿一列和一个值比较",
    explain: (en: "Two constants can only be tested for equality.", zh: "两个常量之间只能判断是否相等。"),
    example: "count sessions where 1 < 2")
  let hoursExample = MessageSpec(en: "e.g. `hours > 2`", zh: "比如 `hours > 2`")
  let cannotCompareHere = MessageSpec(
    "E0329", en: "cannot compare {0} here", zh: "这里不能比较{0}",
    explain: (en: "This value cannot be compared.", zh: "这个值不能比较。"),
    example: "count sessions where type = 1")
  let typeMismatch = MessageSpec(
    "E0330", en: "cannot compare {0} ({1}) with {2}", zh: "不能拿{0}（{1}）和{2}比较",
    explain: (
      en: "A column compares with values of its own type: numbers with numbers, dates with dates.",
      zh: "列只能和同类型的值比较：数字和数字比，日期和日期比。"
    ), example: "count sessions where date > micro")
  let quoteNumber = MessageSpec(
    en: "to compare as text, quote the number: \"{0}\"", zh: "要按文本比较，请给数字加引号：\"{0}\"")
  let writeDate = MessageSpec(
    en: "write a date like 2016-01-01, or a period after in: `date in 2016`",
    zh: "日期写成 2016-01-01 这样，或在 in 后面写时段：`date in 2016`")
  let booleanEquality = MessageSpec(
    "E0331", en: "true and false can only be compared with = or !=",
    zh: "true 和 false 只能用 = 或 != 比较",
    explain: (en: "Truth values have no order.", zh: "是非值没有大小之分。"),
    example: "count members where active > true")
  let neverHasValue = MessageSpec(
    "W0301", en: "'{0}' never has the value '{1}'", zh: "“{0}”里从来没有“{1}”这个值",
    explain: (
      en:
        "The value compared with does not occur in the column, so the comparison is never true: often a typo.",
      zh: "比较的值在这一列里一次也没出现过，所以条件永远不成立，多半是写错了。"
    ), example: "count sessions where type = mirco")
  let valuesAre = MessageSpec(en: "its values are: {0}", zh: "它的值有：{0}")
  let containsNeedsText = MessageSpec(
    "E0332", en: "~ searches text, but {0} is {1}", zh: "~ 用来查找文本，而{0}是{1}",
    explain: (en: "`~` finds text inside a text column.", zh: "`~` 在文本列里查找文字。"),
    example: "count sessions where hours ~ \"2\"")
  let useCompare = MessageSpec(
    en: "use = or < > to compare numbers and dates", zh: "数字和日期请用 = 或 < > 比较")
  let periodNeedsDate = MessageSpec(
    "E0333", en: "'in' with a period needs a date column, but this is {0}",
    zh: "in 加时段要用于日期列，而这里是{0}",
    explain: (en: "A period (2016, 2016-11) holds dates.", zh: "时段（2016、2016-11）由日期组成。"),
    example: "count sessions where hours in 2016")
  let listInstead = MessageSpec(
    en: "for a list of values write in (a, b)", zh: "要写多个值，请用 in (a, b)")
  let cannotComparePair = MessageSpec(
    "E0334", en: "cannot compare {0} ({1}) with {2} ({3})", zh: "不能拿{0}（{1}）和{2}（{3}）比较",
    explain: (en: "Two columns compare when their types agree.", zh: "两列类型相同才能比较。"),
    example: "count plans where deadline > category")
  let sameTypes = MessageSpec(
    en: "numbers compare with numbers, dates with dates, text with text",
    zh: "数字和数字比，日期和日期比，文本和文本比")
  let notANumber = MessageSpec(
    "E0335", en: "'{0}' is not a number", zh: "“{0}”不是数字",
    explain: (en: "A decimal number is written like 1.5.", zh: "小数写成 1.5 这样。"),
    example: "count sessions where hours > 1.5.2")
  let noSuchDate = MessageSpec(
    "E0336", en: "there is no date {0}", zh: "没有 {0} 这一天",
    explain: (en: "The date does not exist in the calendar.", zh: "日历上没有这一天。"),
    example: "count sessions where date = 2016-02-30")
  let checkMonthDay = MessageSpec(en: "check the month and day", zh: "请检查月份和日子")
  let noSuchMonth = MessageSpec(
    "E0337", en: "there is no month {0} in {1}", zh: "{1} 年没有 {0} 月",
    explain: (en: "Months run 01 to 12.", zh: "月份从 01 到 12。"),
    example: "count sessions where date in $month")
  let monthsRun = MessageSpec(en: "months run 01 to 12", zh: "月份从 01 到 12")
  let noSuchQuarter = MessageSpec(
    "E0338", en: "there is no quarter Q{0}", zh: "没有第 {0} 季度",
    explain: (en: "Quarters run Q1 to Q4.", zh: "季度从 Q1 到 Q4。"),
    example: "count sessions where date in $quarter")
  let quartersRun = MessageSpec(en: "quarters run Q1 to Q4", zh: "季度从 Q1 到 Q4")
  let alreadyATable = MessageSpec(
    "E0339", en: "'{0}' is already a table", zh: "“{0}”已经是一张表的名字",
    explain: (en: "A let name must differ from the tables' names.", zh: "let 起的名字不能和表名相同。"),
    example: "let sessions = sessions where type = micro")
  let chooseAnotherName = MessageSpec(
    en: "choose another name for the let", zh: "给 let 换一个名字")
  let showTablesLists = MessageSpec(en: "`show tables` lists the tables", zh: "`show tables` 列出所有表")
  let describeLists = MessageSpec(
    en: "`describe {0}` lists its columns", zh: "`describe {0}` 列出它的所有列")
  let followReference = MessageSpec(
    en: "only a column that refers to another table can be followed with '.'",
    zh: "只有引用另一张表的列，才能用“.”继续往下走")
  let functionsAre = MessageSpec(
    en: "functions are day, week, month, quarter and year",
    zh: "可用的函数有 day、week、month、quarter 和 year")
  let cancelled = MessageSpec(
    "E0340", en: "query cancelled", zh: "查询已取消",
    explain: (en: "Ctrl-C stopped the query; nothing was changed.", zh: "按 Ctrl-C 停止了查询，什么也没有改动。"),
    example: "count attendance by member, session")
  let crosstabTooWide = MessageSpec(
    "E0341", en: "this crosstab has {0} columns; {1} allows at most {2} in a query",
    zh: "这个交叉表有 {0} 列，而 {1} 一个查询最多允许 {2} 列",
    explain: (en: "The SQL form of a crosstab has one column per value.", zh: "交叉表的 SQL 写法每个值占一列。"),
    example: "sql count attendance by session across member")
  let fewerValues = MessageSpec(
    en: "cross by a column with fewer values", zh: "换一个取值少一些的列做交叉")
  let noRelatedMedian = MessageSpec(
    "E0342", en: "sql has no {0} form for median(…) of related rows", zh: "{0} 没有相关行 median(…) 的写法",
    explain: (en: "This dialect has no median function.", zh: "这种 SQL 方言没有求中位数的函数。"),
    example: "sql list name, median(attendance.hours) of members")
  let periodTooLong = MessageSpec(
    "W0302",
    en:
      "the period has {0} buckets of {1}: only those between the first and the last with rows are shown",
    zh: "这个时段按 {1} 分有 {0} 段：只显示有数据的第一段到最后一段之间",
    explain: (
      en:
        "When where bounds the date, every bucket of that period appears; a period of more than 100,000 buckets is not filled whole.",
      zh: "where 限定了日期时，时段里的每一段都会显示；超过 100,000 段的时段不会全部补齐。"
    ), example: "count sessions where date between 0001-01-01 and 2016-12-31 by day")
  let narrowThePeriod = MessageSpec(
    en: "name a shorter period, e.g. `date in 2016`", zh: "请写一个短一些的时段，比如 `date in 2016`")
  let runInDangke = MessageSpec(
    en: "run the query in Dangke, or use avg(…)", zh: "请直接在党课里运行这个查询，或改用 avg(…)")

  // Arithmetic, filtered and named measures, two columns compared (E0350–E0399).
  let arithmeticOnColumn = MessageSpec(
    "E0350", en: "cannot do arithmetic on {0} ({1})", zh: "{0}是{1}，不能做算术",
    explain: (
      en: "`+ - * /` work on numbers: whole numbers, decimals, counts and sums of related"
        + " rows. A date minus a date gives the days between them. Text and true/false values"
        + " cannot be added or divided.",
      zh: "加减乘除只用于数字：整数、小数，以及关联行的计数和合计。日期减日期得到相隔的天数。"
        + "文本和是非值不能做加减乘除。"
    ), example: "avg 2016 - name of members")
  let arithmeticOnValue = MessageSpec(
    "E0351", en: "cannot do arithmetic on {0}", zh: "不能拿{0}做算术",
    explain: (
      en: "A value written in arithmetic must be a number, such as 2016 or 0.5; a date is"
        + " only subtracted from a date column.",
      zh: "算式里写的值必须是数字，比如 2016 或 0.5；日期只能和日期列相减。"
    ), example: "avg born - \"abc\" of members")
  let arithmeticOnNumbers = MessageSpec(
    en: "+ - * / work on numbers; a date minus a date gives days",
    zh: "加减乘除只用于数字；日期减日期得到天数")
  let dateArithmetic = MessageSpec(
    "E0352", en: "a date cannot take '{0}' here", zh: "日期不能在这里用“{0}”",
    explain: (
      en: "The one arithmetic on dates is a date minus a date, which gives the number of days"
        + " between them: `done_on - deadline`. To shift a date, compare with another date"
        + " instead.",
      zh: "日期只能做一种算术：日期减日期，得到相隔的天数，如 `done_on - deadline`。"
        + "要往前或往后推日期，请改为和另一个日期比较。"
    ), example: "list plans where done_on > deadline + 7")
  let dateMinusDate = MessageSpec(
    en: "a date minus a date gives the days between them, as in done_on - deadline",
    zh: "日期减日期得到相隔的天数，如 done_on - deadline")
  let columnOrValue = MessageSpec(
    "E0353", en: "'{0}' is both a column of {1} and a value of {2}",
    zh: "“{0}”既是{1}表的列，又是{2}的取值",
    explain: (
      en: "A bare word on the right of a comparison is a value, unless it names a column of"
        + " the table; when it is both, say which: quote it for the value, or write the"
        + " table's name before it for the column.",
      zh: "比较符右边不加引号的词是取值，如果它是本表的列名就当作列；两样都是时要写清楚："
        + "取值就加引号，列就在前面加表名。"
    ), example: "count tasks where owner = reviewer   # reviewer: a column and an owner")
  let chooseColumnOrValue = MessageSpec(
    en: "write \"{0}\" for the value, or {1}.{0} for the column",
    zh: "取值请写 \"{0}\"，列请写 {1}.{0}")
  let duplicateOutputName = MessageSpec(
    "E0354", en: "two output columns are named '{0}'", zh: "有两列输出都叫“{0}”",
    explain: (
      en: "Each column of an answer needs its own name, so that `order by` and `having` can"
        + " say which one they mean. Name a measure with `name = measure`.",
      zh: "答案的每一列都要有自己的名字，`order by` 和 `having` 才知道指的是哪一列。"
        + "用“名字 = 统计”给统计列起名。"
    ), example: "sum hours of attendance, sum hours of attendance")
  let nameThem = MessageSpec(
    en: "name them with name = measure, as in {0}", zh: "请用“名字 = 统计”给它们起名，如 {0}")
}

/// The planner's catalog.
let planMessages = PlanMessages()

extension ColumnType {
  /// The type's name in a message: `text`, `文本`.
  var word: Message {
    switch self {
    case .integer: Message(en: "integer", zh: "整数")
    case .decimal: Message(en: "decimal", zh: "小数")
    case .boolean: Message(en: "boolean", zh: "是非值")
    case .date: Message(en: "date", zh: "日期")
    case .text: Message(en: "text", zh: "文本")
    }
  }
}

extension Diagnostic {
  /// `did you mean 'x'?` when a name is close to one of `names`, else `otherwise`.
  static func suggestion(_ text: String, among names: [String], otherwise: Message) -> [Message] {
    if let best = Suggest.closest(to: text, among: names) {
      return [commonMessages.didYouMean(best)]
    }
    return [otherwise]
  }
}
