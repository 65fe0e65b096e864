import Lang

/// Messages of statement editing at the prompt: `.edit`, Ctrl-D on a continuation line, the
/// banner without line editing, and value counts that could not follow the conditions.
struct PromptEditMessages: MessageCatalog {
  let editUsage = MessageSpec(en: ".edit", zh: ".edit")
  let editLine = MessageSpec(
    en: "edit the unfinished (or the last) statement in $VISUAL or $EDITOR, then run it",
    zh: "在 $VISUAL 或 $EDITOR 编辑器里修改未写完的（或上一条）语句，保存后运行")
  let editorFailed = MessageSpec(
    "E1320", en: "the editor '{0}' exited with status {1}; nothing was run",
    zh: "编辑器“{0}”以状态 {1} 退出；没有运行任何语句",
    explain: (
      en: "`.edit` writes the unfinished statement (or the last one) to a file, opens it in "
        + "$VISUAL, else $EDITOR, else vi, and runs what was saved once the editor exits with "
        + "status 0. Another status (vi's `:cq`, an editor that could not start) means "
        + "nothing is run; an unfinished statement stays as it was.",
      zh: "`.edit` 把未写完的语句（或上一条语句）写进一个文件，用 $VISUAL（没有则用 $EDITOR，"
        + "再没有则用 vi）打开，编辑器以状态 0 退出后运行保存的内容。其他状态（vi 的 `:cq`、"
        + "编辑器无法启动）表示不运行任何语句；未写完的语句保持原样。"
    ), example: "EDITOR=false dangke")
  let editorUnavailable = MessageSpec(
    "E1321", en: "could not open the statement in an editor: {0}",
    zh: "无法在编辑器里打开语句：{0}",
    explain: (
      en: "`.edit` needs a temporary file and /bin/sh to start the editor named by $VISUAL or "
        + "$EDITOR (vi when neither is set).",
      zh: "`.edit` 需要一个临时文件，并用 /bin/sh 启动 $VISUAL 或 $EDITOR 指定的编辑器"
        + "（都没有设置时用 vi）。"
    ), example: ".edit")
  let statementKept = MessageSpec(
    en: "(the statement is not finished: type on, .edit it, or drop it with Ctrl-C)",
    zh: "（语句还没写完：接着写、用 .edit 修改，或按 Ctrl-C 放弃）")
  let bannerHelpPlain = MessageSpec(
    en: "Type .help for help, .example for examples; Ctrl-D leaves (no line editing: "
      + "the terminal cannot be reached).",
    zh: "输入 .help 查看帮助，.example 查看示例；Ctrl-D 退出（无法使用终端，没有行编辑）。")
  let conditionsTooSlow = MessageSpec(
    en: "(counts over all {0} rows: the conditions before took longer than 100 ms)",
    zh: "（按全部 {0} 行计数：前面的条件 100 毫秒内没有算完）")
}

let promptEditMessages = PromptEditMessages()
