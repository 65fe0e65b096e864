import Engine
import Lang

/// The one line `-c`, piped statements and `run` print on stderr when the data loaded with
/// warnings, which only `dangke check` and `.report` show in full (code W1269).
struct LoadNoticeMessages: MessageCatalog {
  let loadWarnings = MessageSpec(
    "W1269", en: "{0} — dangke check {1}", zh: "{0}——详见 dangke check {1}",
    explain: (
      en: "The data loaded, but with warnings (values trimmed, cells read as missing, a total"
        + " row left out, …) that may change an answer. `dangke check DIR` (or `.report` at"
        + " the prompt) lists them.",
      zh: "数据加载好了，但有警告（去掉了空格、按缺失值读取的单元格、略去的合计行……），可能影响答案。"
        + "`dangke check 目录`（或在提示符下输入 `.report`）会把它们全部列出来。"
    ), example: "dangke data -c 'count members'")
  let oneWarning = MessageSpec(en: "1 load warning", zh: "加载时有 1 条警告")
  let warnings = MessageSpec(en: "{0} load warnings", zh: "加载时有 {0} 条警告")
}

let loadNoticeMessages = LoadNoticeMessages()

/// Says on stderr, in one line, how many warnings loading `data` gave, and how to see them;
/// nothing when there are none.
func noteLoadWarnings(_ store: Store, data: [String]) {
  let count = store.report.warnings.count
  guard count > 0 else { return }
  let m = loadNoticeMessages
  let paths = data.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
  ErrorOutput.warning(m.loadWarnings(count == 1 ? m.oneWarning() : m.warnings(count), paths))
}
