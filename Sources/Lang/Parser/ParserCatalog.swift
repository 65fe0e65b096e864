/// The parser's messages (codes E0200–E0299), declared next to the code that emits them.
///
/// "Expected …, found …" is one entry (`expected`) whose two parts are phrases: what was
/// expected (`tableAfter`, `conditionAfter`, …) and what was found (`quoted`, `endOfLine`).
struct ParserMessages: MessageCatalog {
  let unknownKeyword = MessageSpec(
    "E0201", en: "unknown keyword '{0}'", zh: "不认识的关键字“{0}”",
    explain: (
      en: "A word where the grammar wants a keyword is close to one, so it is most likely"
        + " misspelled. The hint names the keyword it is closest to.",
      zh: "这个位置要求写关键字，而这个词和某个关键字很像，多半是拼错了。提示里给出最接近的关键字。"
    ), example: "cuont sessions")
  let expected = MessageSpec(
    "E0202", en: "expected {1}, found {0}", zh: "{1}，却遇到了{0}",
    explain: (
      en: "The statement stops making sense at this point: the message says what the grammar"
        + " expects here and what it found instead. grammar.md shows every statement.",
      zh: "语句在这里接不下去了：消息说明这里应该写什么、实际写的是什么。所有语句的写法见 grammar.md。"
    ), example: "count")
  let andOrEnd = MessageSpec(
    "E0203", en: "expected 'and', 'or' or the end of the statement, found {0}",
    zh: "这里只能接“and”“or”或者结束语句，却遇到了{0}",
    explain: (
      en: "A condition is complete and another value follows it. Several values of one"
        + " column are written with `in (…)`; two conditions are joined with `and` or `or`.",
      zh: "条件已经完整，后面却又跟着一个值。一列的多个值请用 `in (…)`；两个条件用 `and` 或 `or` 连接。"
    ), example: "count sessions where type = micro open")
  let severalValues = MessageSpec(
    en: "to allow several values write: {0} in ({1}, {2})", zh: "要允许多个值，请写：{0} in ({1}, {2})")
  let conditionWithoutWhere = MessageSpec(
    "E0204", en: "unexpected condition {0}", zh: "条件{0}前面少了“where”",
    explain: (
      en: "A condition follows the table without `where` in front of it.",
      zh: "表名后面直接写了条件，前面少了 `where`。"
    ), example: "count sessions type = micro")
  let startWithWhere = MessageSpec(
    en: "start a condition with 'where', as in: count sessions where type = micro",
    zh: "条件要以“where”开头，如：count sessions where type = micro")
  let nothingBefore = MessageSpec(
    "E0205", en: "unexpected {0}: there is no condition before it", zh: "{0}前面没有条件",
    explain: (
      en: "`and`, `or` and `not` join conditions, and no condition has started yet.",
      zh: "`and`、`or`、`not` 用来连接条件，可是前面还没有条件。"
    ), example: "count sessions and type = micro")
  let endOfStatement = MessageSpec(
    "E0206", en: "expected the end of the statement, found {0}", zh: "语句应该到这里结束，却遇到了{0}",
    explain: (
      en: "The statement is complete and something follows that is not a clause.",
      zh: "语句已经完整，后面跟的东西却不是子句。"
    ), example: "count sessions 2016")
  let whatMayFollow = MessageSpec(
    en: "what may follow here: where, by, across, with, having, order by, limit, top, as",
    zh: "这里后面只能接：where、by、across、with、having、order by、limit、top、as")
  let expectedStatement = MessageSpec(
    "E0207", en: "expected a statement", zh: "这里应该有一条语句",
    explain: (en: "The text holds no statement.", zh: "这段文字里没有语句。"), example: ";")
  let oneStatementOnly = MessageSpec(
    "E0208", en: "expected one statement, found a second one", zh: "只能写一条语句，这里却有第二条",
    explain: (
      en: "Only one statement is allowed here (for example in `sql …` or a saved query).",
      zh: "这里只允许写一条语句（例如 `sql …` 或保存的查询）。"
    ), example: "count sessions; count members")
  let nestedTooDeeply = MessageSpec(
    "E0209", en: "nested too deeply (more than {0} levels)", zh: "嵌套太深了（超过 {0} 层）",
    explain: (
      en:
        "Parentheses and `not` may nest at most 200 levels, and one chain of arithmetic (`+ - * /`) may have at most 200 operators, as each is one level deeper. A chain of `and` or `or` has no such limit.",
      zh: "括号和 `not` 最多嵌套 200 层；一串算术运算（`+ - * /`）最多 200 个运算符，因为每个运算符都多一层。`and`、`or` 连起来的条件没有这个限制。"
    ), example: "count sessions where ((((((…(type = micro)…))))))")
  let splitCondition = MessageSpec(
    en: "split the condition up or drop some parentheses", zh: "把条件拆开，或者去掉一些括号")
  let unknownStatement = MessageSpec(
    "E0210", en: "a statement cannot start with '{0}'", zh: "语句不能以“{0}”开头",
    explain: (
      en: "Every statement starts with a keyword: count, sum, avg, min, max, median, stddev,"
        + " rate, list, let, show, describe or sql.",
      zh: "每条语句都以关键字开头：count、sum、avg、min、max、median、stddev、rate、list、let、show、describe 或 sql。"
    ), example: "sessions")
  let statementStarts = MessageSpec(
    en:
      "start with count, sum, avg, min, max, median, stddev, rate, list, let, show, describe"
      + " or sql",
    zh: "语句以 count、sum、avg、min、max、median、stddev、rate、list、let、show、describe 或 sql 开头")
  let expectedOf = MessageSpec(
    "E0211", en: "expected 'of' and a table after {0}", zh: "{0}后面要写“of”和表名",
    explain: (
      en: "Metrics and listed columns are followed by `of` and the table they are taken from.",
      zh: "指标和要列出的列后面，要写 `of` 和数据所在的表。"
    ), example: "sum hours")
  let metricWord = MessageSpec(en: "'{0} …'", zh: "“{0} …”")
  let theMetrics = MessageSpec(en: "the metrics", zh: "这些指标")
  let theColumns = MessageSpec(en: "the columns", zh: "这些列")
  let onlyOneWhere = MessageSpec(
    "E0212", en: "only one 'where' is allowed", zh: "只能有一个“where”",
    explain: (
      en: "A query has one `where`; several conditions are joined with `and` or `or`.",
      zh: "一个查询只有一个 `where`；多个条件用 `and` 或 `or` 连起来。"
    ), example: "count sessions where type = micro where date in 2016")
  let joinWithAnd = MessageSpec(
    en: "join conditions with 'and': where type = micro and date in 2016",
    zh: "多个条件请用“and”连起来：where type = micro and date in 2016")
  let clauseTwice = MessageSpec(
    "E0213", en: "'{0}' appears twice", zh: "“{0}”出现了两次",
    explain: (
      en: "Each clause appears at most once; give it several items separated by commas.",
      zh: "每个子句最多出现一次；要写多项，就在同一个子句里用逗号隔开。"
    ), example: "count sessions by type by year(date)")
  let severalItems = MessageSpec(
    en: "give several items after one '{0}', separated by ','",
    zh: "在一个“{0}”后面写多项，用“,”隔开")
  let whereAfterTable = MessageSpec(
    "E0214", en: "'where' must come right after the table name", zh: "“where”必须紧跟在表名后面",
    explain: (
      en: "`where` belongs to the table; the other clauses come after it.",
      zh: "`where` 属于表名，其他子句都写在它后面。"
    ), example: "count sessions by type where hours > 2")
  let moveBefore = MessageSpec(en: "move it before '{0}'", zh: "把它移到“{0}”前面")
  let clauseOrder = MessageSpec(
    "E0215", en: "'{0}' must come before '{1}'", zh: "“{0}”必须写在“{1}”前面",
    explain: (
      en: "Clauses go in a fixed order: where, by, across, having, order by, limit, top, as.",
      zh: "子句有固定的顺序：where、by、across、having、order by、limit、top、as。"
    ), example: "count sessions order by count by type")
  let theOrder = MessageSpec(
    en: "clauses go in this order: where, by, across, having, order by, limit, top, as",
    zh: "子句的顺序是：where、by、across、having、order by、limit、top、as")
  let countOutOfRange = MessageSpec(
    "E0216", en: "'{0}' needs a whole number from 1 up", zh: "“{0}”后面要写不小于 1 的整数",
    explain: (
      en: "`limit` and `top` take a whole number from 1 to 2147483647.",
      zh: "`limit` 和 `top` 后面是 1 到 2147483647 之间的整数。"
    ), example: "list sessions limit 0")
  let dateAfterIn = MessageSpec(
    "E0217", en: "'in' needs a period, not a single day", zh: "“in”后面要写一段时间，不能是某一天",
    explain: (
      en: "`in` takes a year, a month, a quarter or a list; one day is compared with `=`.",
      zh: "`in` 后面写年份、月份、季度或列表；某一天请用 `=` 比较。"
    ), example: "count sessions where date in 2016-11-24")
  let oneDay = MessageSpec(
    en: "use '=' for one day (date = 2016-11-24), or a month: in 2016-11",
    zh: "某一天请用“=”（date = 2016-11-24），或者写月份：in 2016-11")
  let listWithoutParentheses = MessageSpec(
    "E0218", en: "a list after 'in' must be in parentheses", zh: "“in”后面的列表要放在括号里",
    explain: (
      en: "Values after `in` are written in parentheses, even a single one.",
      zh: "`in` 后面的值要放在括号里，只有一个值也一样。"
    ), example: "count sessions where type in micro, open")
  let relatedNeedsColumn = MessageSpec(
    "E0219", en: "{0}(…) of related rows needs a column to {0}",
    zh: "对关联的行做 {0}(…) 时，要写明对哪一列计算",
    explain: (
      en: "Only `count(table)` works on whole rows; the other aggregates need a column:"
        + " `sum(attendance.hours)`.",
      zh: "只有 `count(表)` 直接数行；其他聚合要写明列：`sum(attendance.hours)`。"
    ), example: "list name, sum(attendance) of members")
  let nameColumnAfterTable = MessageSpec(
    en: "name it after the table: {0}({1}.hours)", zh: "在表名后面写出列名：{0}({1}.hours)")
  let stillOpen = MessageSpec(en: "this '(' is still open: {0}", zh: "这个“(”还没有闭合：{0}")
  let metricsAre = MessageSpec(
    en: "metrics are count, sum, avg, min, max, median, stddev, rate",
    zh: "指标有 count、sum、avg、min、max、median、stddev、rate")
  let nameTheColumn = MessageSpec(
    en: "name the column, then 'of' and the table: {0} hours of attendance",
    zh: "先写列名，再写“of”和表名：{0} hours of attendance")
  let formatsAre = MessageSpec(
    en: "formats: {0}", zh: "输出格式有：{0}")

  // What was found (the {0} of `expected`).
  let endOfInput = MessageSpec(en: "end of input", zh: "输入的末尾")
  let endOfLine = MessageSpec(en: "end of line", zh: "行尾")
  let quoted = MessageSpec(en: "'{0}'", zh: "“{0}”")

  // What was expected (the {1} of `expected`).
  let tableAfter = MessageSpec(en: "a table after '{0}'", zh: "“{0}”后面要写表名")
  let tableNameAfter = MessageSpec(en: "a table name after '{0}'", zh: "“{0}”后面要写表名")
  let metricAfterComma = MessageSpec(en: "a metric after ','", zh: "“,”后面要写指标")
  let columnAfter = MessageSpec(en: "a column after '{0}'", zh: "“{0}”后面要写列名")
  let byAfterOrder = MessageSpec(en: "'by' after 'order'", zh: "“order”后面要写“by”")
  let formatAfterAs = MessageSpec(en: "a format after 'as'", zh: "“as”后面要写输出格式")
  let wholeNumberAfter = MessageSpec(en: "a whole number after '{0}'", zh: "“{0}”后面要写整数")
  let conditionAfter = MessageSpec(en: "a condition after '{0}'", zh: "“{0}”后面要写条件")
  let periodAfterIn = MessageSpec(en: "a period or '(' after 'in'", zh: "“in”后面要写时间段或“(”")
  let nameAfterLet = MessageSpec(en: "a name after 'let'", zh: "“let”后面要写名称")
  let equalsAfterLet = MessageSpec(en: "'=' after 'let {0}'", zh: "“let {0}”后面要写“=”")
  let tablesAfterShow = MessageSpec(en: "'tables' after 'show'", zh: "“show”后面要写“tables”")
  let queryAfterSQL = MessageSpec(en: "a query after 'sql'", zh: "“sql”后面要写查询")
  let aStatement = MessageSpec(en: "a statement", zh: "这里要写一条语句")
  let endOfValue = MessageSpec(en: "end of the value", zh: "值应该到这里结束")
  let columnOrValueAfter = MessageSpec(
    en: "a column or value after '{0}'", zh: "“{0}”后面要写列名或值")
  let columnOfAfterDot = MessageSpec(
    en: "a column of '{0}' after '.'", zh: "“.”后面要写“{0}”的列名")
  let columnOf = MessageSpec(en: "a column of '{0}'", zh: "这里要写“{0}”的列名")
  let whereOrParenAfter = MessageSpec(
    en: "'where' or ')' after '{0}'", zh: "“{0}”后面要写“where”或“)”")
  let closingParen = MessageSpec(en: "')' to close '('", zh: "与“(”配对的“)”")
  let parenAfterArgument = MessageSpec(
    en: "')' after the argument of '{0}'", zh: "“{0}”的参数后面要写“)”")
  let columnNameAfterDot = MessageSpec(en: "a column name after '.'", zh: "“.”后面要写列名")
  let valueAfter = MessageSpec(en: "a value after '{0}'", zh: "“{0}”后面要写值")
  let inOrBetweenAfterNot = MessageSpec(
    en: "'in' or 'between' after 'not'", zh: "“not”后面要写“in”或“between”")
  let commaOrParenInList = MessageSpec(
    en: "',' or ')' in the list", zh: "列表里要写“,”或“)”")
  let andAfterLow = MessageSpec(
    en: "'and' after the low end of 'between'", zh: "“between”的下限后面要写“and”")
  let emptyAfterIsNot = MessageSpec(
    en: "'empty' after 'is not'", zh: "“is not”后面要写“empty”")
  let emptyAfterIs = MessageSpec(
    en: "'empty' or 'not empty' after 'is'", zh: "“is”后面要写“empty”或“not empty”")
  let closeParenthesis = MessageSpec(
    en: "')' to close the '('", zh: "这里要写“)”来闭合“(”")
}

/// The parser's catalog.
let parserMessages = ParserMessages()
