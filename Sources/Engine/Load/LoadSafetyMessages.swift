import Lang

/// Messages about a data folder that loads but could not be queried safely, or a file that
/// cannot be read safely (codes E1200–E1204).
struct LoadSafetyMessages: MessageCatalog {
  let timeNotDate = MessageSpec(
    "E1200", en: "the time column of {0} is {1}, which holds {2}, not dates",
    zh: "{0} 的时间列是 {1}，但它存的是{2}，不是日期",
    explain: (
      en: "A table's \"time\" in schema.json names the column that `by month`, `by year` and"
        + " the other periods group by, so it must be a column of dates. Name a date column,"
        + " or leave \"time\" out (a table with one date column uses it).",
      zh: "schema.json 里表的 \"time\" 指定 `by month`、`by year` 等时段按哪一列分组，所以必须是"
        + "日期列。请写一个日期列，或者去掉 \"time\"（只有一个日期列的表会自动用它）。"
    ), example: "{\"tables\": {\"sessions\": {\"time\": \"title\"}}}")
  let texts = MessageSpec(en: "text", zh: "文本")
  let wholeNumbers = MessageSpec(en: "whole numbers", zh: "整数")
  let numbers = MessageSpec(en: "numbers", zh: "小数")
  let truthValues = MessageSpec(en: "true/false values", zh: "布尔值")
  let nameADateColumn = MessageSpec(
    en: "write a date column of {0} as \"time\": {1}", zh: "请把 {0} 的日期列写作 \"time\"：{1}")
  let noDateColumn = MessageSpec(
    en: "{0} has no date column; remove \"time\"", zh: "{0} 没有日期列，请去掉 \"time\"")
  let notRegularFile = MessageSpec(
    "E1201", en: "not a regular file ({0}); it was not opened",
    zh: "不是普通文件（{0}），没有打开它",
    explain: (
      en: "A data file must be a regular file. A named pipe (FIFO), a device or a socket"
        + " named like a data file would block the load or never end, so it is refused"
        + " before it is opened.",
      zh: "数据文件必须是普通文件。名字像数据文件的命名管道（FIFO）、设备或套接字会让加载卡住"
        + "或永远读不完，所以在打开之前就拒绝。"
    ), example: "mkfifo data/members.csv")
  let fifo = MessageSpec(en: "a named pipe", zh: "命名管道")
  let device = MessageSpec(en: "a device", zh: "设备")
  let socket = MessageSpec(en: "a socket", zh: "套接字")
  let otherKind = MessageSpec(en: "a special file", zh: "特殊文件")
  let moveItAway = MessageSpec(
    en: "move it out of the data folder, or give the data files one by one",
    zh: "请把它移出数据文件夹，或者逐个给出数据文件")
  let fileChanged = MessageSpec(
    "E1202", en: "the file changed while it was read", zh: "读取时文件被改动了",
    explain: (
      en: "Another program wrote to, shortened or replaced the file while Dangke was reading"
        + " it, so what was read is not one version of the file. Nothing was loaded.",
      zh: "读取过程中有别的程序写入、截短或替换了这个文件，读到的内容不是同一个版本。"
        + "什么也没有加载。"
    ), example: "dangke data (while another program rewrites data/attendance.csv)")
  let loadAgain = MessageSpec(
    en: "wait until the other program has finished writing, then load again",
    zh: "请等别的程序写完再重新加载")
  let loadCancelled = MessageSpec(
    "E1203", en: "load cancelled", zh: "已取消加载",
    explain: (
      en: "Ctrl-C stopped `.load` before it finished; the session still works on the data"
        + " it had before.",
      zh: "按 Ctrl-C 在 `.load` 完成之前停止了它；会话继续使用原来的数据。"
    ), example: ".load city")
}

extension LoadSafetyMessages {
  /// What a column of `type` holds, as the end of `timeNotDate` says it.
  func holds(_ type: ColumnType) -> Message {
    switch type {
    case .text, .date: texts()
    case .integer: wholeNumbers()
    case .decimal: numbers()
    case .boolean: truthValues()
    }
  }
}

let loadSafetyMessages = LoadSafetyMessages()

extension LoadError {
  /// "load cancelled" (E1203), for a load that Ctrl-C stopped.
  public static func cancelled(_ file: String) -> LoadError {
    LoadError(file: file, loadSafetyMessages.loadCancelled())
  }

  /// Whether this is the error of a load that Ctrl-C stopped.
  public var isCancelled: Bool { code == loadSafetyMessages.loadCancelled.code }
}
