import Lang

/// The planner's messages about `with change, yoy, share` (codes E0371–E0375).
struct WindowMessages: MessageCatalog {
  let needsBucket = MessageSpec(
    "E0371",
    en: "'{0}' ({1}) compares each period with an earlier one, but no key is a time bucket",
    zh: "“{0}”（{1}）是拿每一期和之前的某一期比，可是分组里没有时间分段",
    explain: (
      en: "`change` (环比) compares each bucket with the one before it, and `yoy` (同比) with"
        + " the same bucket a year earlier: one of the `by` keys must be a time bucket (`by"
        + " month`, `by quarter(session.date)` …). `share` (占比) works with any key.",
      zh: "`change`（环比）是拿每一期和上一期比，`yoy`（同比）是和上年同期比，所以 `by` 里要有一个时间分段"
        + "（`by month`、`by quarter(session.date)` 等）。`share`（比重）可以配任何分组。"
    ), example: "count sessions by type with change")
  let groupByPeriod = MessageSpec(
    en: "group by a period, as in: {0}", zh: "请按时间分段分组，如：{0}")
  let shareWorksAnywhere = MessageSpec(
    en: "'share' works with any key: {0}", zh: "“share”（比重）可以配任何分组：{0}")
  let noYearByDay = MessageSpec(
    "E0372", en: "'yoy' is not defined for days", zh: "按天分组没有“yoy”（同比）",
    explain: (
      en: "`yoy` compares a bucket with the bucket one year of buckets earlier: the year"
        + " before for `by year` (the same as `change`), 4 quarters, 12 months or 52 weeks"
        + " (the same weekday) before. A year is not a whole number of days, so there is no"
        + " such day; compare weeks or months instead.",
      zh: "`yoy` 是和一年前的同一段比：按年就是上一年（和 `change` 相同），按季度是 4 个季度前，按月是 12 个月前，"
        + "按周是 52 周前（星期相同）。一年不是整数天，所以按天没有同比；请改为按周或按月比。"
    ), example: "count sessions by day with yoy")
  let compareWeeksOrMonths = MessageSpec(
    en: "group by week (52 weeks earlier) or by month: {0}",
    zh: "请按周（比 52 周前）或按月分组：{0}")
  let notWithAcross = MessageSpec(
    "E0373", en: "'with' cannot be used with 'across'", zh: "“with”不能和“across”一起用",
    explain: (
      en: "A crosstab shows one column per value of its `across` key, and `with` adds columns"
        + " beside each measure; together they would give a column per value and comparison."
        + " Group by both keys instead: each series is compared on its own.",
      zh: "交叉表按 `across` 的每个值分出一列，`with` 又要在每个统计值旁边加列，两者合在一起列数会成倍增加。"
        + "请把两个键都写进 `by`：每个序列各自对比。"
    ), example: "count sessions by month across type with change")
  let byBothKeys = MessageSpec(
    en: "group by both keys instead: {0}", zh: "改为两个键都写进 by：{0}")
  let notANumber = MessageSpec(
    "E0374", en: "cannot show '{0}' beside '{1}': its values are not numbers",
    zh: "“{1}”的值不是数值，旁边算不出“{0}”",
    explain: (
      en: "`change`, `yoy` and `share` subtract and divide the values of a measure; a measure"
        + " whose values are dates or text (`min date`, `max title`) has no difference or share.",
      zh: "`change`、`yoy`、`share` 要对统计值做减法和除法；值为日期或文字的统计（`min date`、`max title`）"
        + "算不出差额或比重。"
    ), example: "min date of sessions by month with change")
  let onNumbers = MessageSpec(
    en: "compare a count, a sum or an average", zh: "请对计数、合计或平均值做对比")
  let notOnList = MessageSpec(
    "E0375", en: "'with' compares measures, and a list has none",
    zh: "“with”是对统计值做对比，而列出明细没有统计值",
    explain: (
      en: "`with change, yoy, share` adds columns beside the measures of a grouped answer"
        + " (`count`, `sum hours` …); `list` shows rows, not measures.",
      zh: "`with change, yoy, share` 在分组统计的统计值旁边加列；`list` 只列出明细行，没有统计值。"
    ), example: "list sessions with change")
  let yoyAllEmpty = MessageSpec(
    "W0370", en: "'{0}' will be empty in every row: the period 'where' names is shorter than {1}",
    zh: "“{0}”每一行都会是空的：where 限定的时期不到 {1}",
    explain: (
      en: "A comparison reads the earlier bucket from the answer itself, and `where` bounds the"
        + " answer to a period that holds no bucket that far before another (`date in 2016 by"
        + " month with yoy` has no 2015 to compare with). Take the earlier period in and keep"
        + " the rows to show with `having`: `where date between 2015-01-01 and 2016-12-31 …"
        + " having month >= 2016-01`.",
      zh: "对比用的是答案里更早的那一期，而 where 把答案限定在一个时期内，里面没有那么早的一期"
        + "（`date in 2016 by month with yoy` 没有 2015 年可比）。请把更早的时期也包括进来，再用 `having` 只留下要看的行："
        + "`where date between 2015-01-01 and 2016-12-31 … having month >= 2016-01`。"
    ), example: "count sessions where date in 2016 by month with yoy")
  let widenThePeriod = MessageSpec(
    en: "take the year before in and keep the rows to show with having, as in: {0}",
    zh: "把上一年也包括进来，再用 having 只留下要看的行，如：{0}")
  let countInstead = MessageSpec(
    en: "count by a period instead: {0}", zh: "改为分期统计：{0}")
}

let windowMessages = WindowMessages()
