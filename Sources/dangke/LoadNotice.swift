import Engine

/// Says on stderr, in one line, how many warnings loading `data` gave and how to see them
/// (`dangke check DATA`); nothing when there are none. For `-c`, piped statements and `run`,
/// where the load report is otherwise not shown.
func noteLoadWarnings(_ store: Store, data: [String]) {
  let paths = data.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
  if let notice = store.report.notice(checking: paths) { ErrorOutput.warning(notice) }
}
