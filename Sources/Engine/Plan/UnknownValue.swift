import Lang

/// A text value a comparison names that its column never has (a typo, most often). They are
/// collected while a statement is planned and said in one warning per column at the end:
/// W0301 for one value, W1200 for several, with a few of them and how many more, so that an
/// `in (…)` list of thousands of unknown values gives one warning, not thousands.
struct UnknownValue {
  var column: String
  var value: String
  var span: Span
  /// The column's values, for the hint.
  var strings: [String]

  /// How many unknown values one warning quotes.
  static let quoted = 3

  static func warnings(_ unknown: [UnknownValue]) -> [Diagnostic] {
    var order: [String] = []
    var byColumn: [String: [UnknownValue]] = [:]
    for u in unknown {
      if byColumn[u.column] == nil { order.append(u.column) }
      if byColumn[u.column]?.contains(where: { $0.value == u.value }) == true { continue }
      byColumn[u.column, default: []].append(u)
    }
    return order.map { column in
      let values = byColumn[column]!
      let first = values[0]
      if values.count == 1 {
        return .warning(
          planMessages.neverHasValue(column, first.value), at: first.span,
          notes: [
            Suggest.closest(to: first.value, among: first.strings).map {
              commonMessages.didYouMean($0)
            } ?? planMessages.valuesAre(first.strings.prefix(12).joined(separator: ", "))
          ])
      }
      let shown = values.prefix(quoted).map(\.value)
      let m = unknownValueMessages
      let list = Message(
        en: shown.map { "'\($0)'" }.joined(separator: ", "),
        zh: shown.map { "“\($0)”" }.joined(separator: "、"))
      let text =
        values.count > quoted
        ? m.neverHasValuesAndMore(column, values.count, list, values.count - quoted)
        : m.neverHasValues(column, values.count, list)
      return .warning(
        text, at: first.span,
        notes: [planMessages.valuesAre(first.strings.prefix(12).joined(separator: ", "))])
    }
  }
}

/// The warning about several unknown values (codes W1200, W1201).
struct UnknownValueMessages: MessageCatalog {
  let neverHasValuesAndMore = MessageSpec(
    "W1200", en: "'{0}' never has these {1} values: {2} and {3} more",
    zh: "“{0}”里从来没有这 {1} 个值：{2}，另有 {3} 个",
    explain: (
      en: "Several values compared with (in a list `in (…)`, or in comparisons joined by `or`)"
        + " do not occur in the column, so those comparisons are never true. One warning names"
        + " a few of them and says how many there are.",
      zh: "比较的好几个值（`in (…)` 列表里的，或用 `or` 连起来的比较里的）在这一列里一次也没"
        + "出现过，这些比较永远不成立。一条警告列出其中几个，并说明一共有多少个。"
    ), example: "count sessions where type in (mirco, lecure, forum, visti)")
  let neverHasValues = MessageSpec(
    "W1201", en: "'{0}' never has these {1} values: {2}", zh: "“{0}”里从来没有这 {1} 个值：{2}",
    explain: (
      en: "A few values compared with do not occur in the column, so those comparisons are"
        + " never true: often typos. (With more than three, W1200 names three of them.)",
      zh: "比较的几个值在这一列里一次也没出现过，这些比较永远不成立，多半是写错了。"
        + "（超过三个时，W1200 只列出其中三个。）"
    ), example: "count sessions where type in (mirco, lecure)")
}

let unknownValueMessages = UnknownValueMessages()
