import Lang

/// The sizes past which the executor refuses to build an answer, instead of growing until
/// memory runs out (grammar.md, "Limits").
enum Limits {
  /// Cells of a crosstab (`across`): rows times columns.
  static let crosstabCells = 10_000_000
  /// Buckets one time series is filled over (empty buckets between its first and last).
  static let filledBuckets = 100_000
  /// Rows of an answer with its empty buckets filled in, over all series.
  static let filledRows = 1_000_000
}

/// Messages of answers too large to build (codes E1204, E1205).
struct LimitMessages: MessageCatalog {
  let crosstabTooLarge = MessageSpec(
    "E1204", en: "this crosstab would have {0} rows × {1} columns, more than {2} cells",
    zh: "这个交叉表会有 {0} 行 × {1} 列，超过了 {2} 个格子",
    explain: (
      en: "A crosstab (`across`) has one column per value of the crossed key and one row per"
        + " combination of the others. One of more than 10,000,000 cells is refused before it"
        + " is built: it would not fit on any screen or sheet, and could fill the memory.",
      zh: "交叉表（`across`）交叉的列有几个值就有几列，其余分组有几种组合就有几行。超过"
        + " 10,000,000 个格子的交叉表在生成之前就拒绝：任何屏幕或表格都放不下，还可能占满内存。"
    ), example: "count attendance by member across session")
  let crossFewer = MessageSpec(
    en: "cross by a key with fewer values, or narrow the rows with where",
    zh: "请换一个取值少一些的列做交叉，或者用 where 缩小范围")
  let fillTooLong = MessageSpec(
    "E1205",
    en: "filling in the empty {0}s from {1} to {2} would make {3} rows, more than {4}",
    zh: "补齐从 {1} 到 {2} 之间没有数据的时段（按 {0}）会有 {3} 行，超过了 {4} 行",
    explain: (
      en: "An answer by a period shows every bucket between the first and the last that has"
        + " rows, empty ones too. A series is filled over at most 100,000 buckets, and an"
        + " answer to at most 1,000,000 rows; past that the query is refused. A date far from"
        + " the others (0001-01-01) is often a typo.",
      zh: "按时段分组的答案会显示有数据的第一段到最后一段之间的每一段，包括没有数据的段。"
        + "一个序列最多补齐 100,000 段，一个答案最多 1,000,000 行；超过就拒绝执行。离其他日期"
        + "很远的日期（0001-01-01）多半是录错了。"
    ), example: "count members by day (with one date typed as 0001-01-01)")
  let narrowTheDates = MessageSpec(
    en: "leave the far dates out with where (`where {0} >= 2000-01-01`), or group by a longer"
      + " period", zh: "请用 where 排除很远的日期（`where {0} >= 2000-01-01`），或按更长的时段分组")
}

let limitMessages = LimitMessages()

/// Counts the rows gap filling makes and refuses past `Limits` (E1205) before any is made.
struct FillBudget {
  let key: KeyColumn
  let plan: QueryPlan
  private var total = 0

  init(key: KeyColumn, plan: QueryPlan) {
    self.key = key
    self.plan = plan
  }

  /// Counts one series filled over the codes `lo...hi`.
  mutating func add(_ lo: Int32, _ hi: Int32) throws(Diagnostic) {
    let span = Int(hi) - Int(lo) + 1
    total += span
    guard span > Limits.filledBuckets || total > Limits.filledRows else { return }
    let rows = span > Limits.filledBuckets ? span : total
    let limit = span > Limits.filledBuckets ? Limits.filledBuckets : Limits.filledRows
    func label(_ code: Int32) -> String {
      if case .text(let s) = key.labels(code).first { return s }
      return key.labels(code).first.map { "\($0)" } ?? ""
    }
    var dateName = "date"
    for k in plan.keys where k.bucket != nil {
      if case .bucket(_, let p) = k.expr { dateName = p.dotted }
      break
    }
    throw .error(
      limitMessages.fillTooLong(
        key.bucket?.rawValue ?? "day", label(lo), label(hi), NumberText.grouped(rows),
        NumberText.grouped(limit)),
      at: plan.span, notes: [limitMessages.narrowTheDates(dateName)])
  }
}
