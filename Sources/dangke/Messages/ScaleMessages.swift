import Lang

/// `dangke generate`'s messages about a scale (codes E1430–E1434).
struct ScaleMessages: MessageCatalog {
  let tooBigForWorkbook = MessageSpec(
    "E1430",
    en: "the {0} data set has {1} attendance rows, more than a worksheet holds ({2}); "
      + "write it as CSV files (--format csv)",
    zh: "{0} 规模的数据集有 {1} 条参学记录，一张工作表放不下（最多 {2} 行）；请写成 CSV 文件（--format csv）",
    explain: (
      en: "Excel and WPS sheets hold at most 1,048,576 rows, the header included. The city and "
        + "province data sets have more attendance rows than that, so `--format xlsx` is "
        + "refused before anything is generated; the sample and the district fit.",
      zh: "Excel 和 WPS 的一张工作表最多 1,048,576 行（含表头）。市级和省级数据集的参学记录比这还多，"
        + "所以还没生成就拒绝 `--format xlsx`；样例和区级规模放得下。"
    ), example: "dangke generate --scale city --format xlsx --out city")
}

/// The scale catalog.
let scaleMessages = ScaleMessages()
