import Lang

/// The lines of the answer-display dot commands at the prompt (`.pager`, `.last`,
/// `.maxwidth`) and their errors (`E1300`–`E1319`, `W1300`–`W1319`).
struct PromptOutputMessages: MessageCatalog {
  let pagerUsage = MessageSpec(en: ".pager on|off", zh: ".pager on|off")
  let pagerLine = MessageSpec(
    en: "answers longer than the screen go through a pager ($PAGER, else less)",
    zh: "比屏幕长的答案交给分页程序显示（$PAGER，没有就用 less）")
  let lastUsage = MessageSpec(en: ".last", zh: ".last")
  let lastLine = MessageSpec(
    en: "show the last answer again, every row, without running it again",
    zh: "不重新运行，再显示一遍上一个答案的所有行")
  let maxWidthShortUsage = MessageSpec(en: ".maxwidth N", zh: ".maxwidth 宽度")
  let maxWidthUsage = MessageSpec(
    en: ".maxwidth N (0: no limit; auto: the terminal's width)",
    zh: ".maxwidth 宽度（0：不限；auto：终端的宽度）")
  let maxWidthLine = MessageSpec(
    en: "fit tables into N columns (at the prompt: the terminal's width)",
    zh: "表格限制在 N 列宽以内（提示符下默认是终端宽度）")
  let currentMaxWidth = MessageSpec(en: "maxwidth: {0}", zh: "最大宽度：{0}")
  let terminalWidth = MessageSpec(
    en: "auto (the terminal's width, now {0})", zh: "auto（终端宽度，现在是 {0}）")
  let noLimit = MessageSpec(en: "0 (no limit)", zh: "0（不限）")
  let noLastAnswer = MessageSpec(
    "E1300", en: "there is no answer to show again yet",
    zh: "还没有可以再显示的答案",
    explain: (
      en: "`.last` shows the answer of the last statement again, every row, without running "
        + "it again (through the pager when it is longer than the screen). It needs a "
        + "statement that answered with a table first; `.load` starts afresh.",
      zh: "`.last` 不重新运行语句，把上一个语句的答案的所有行再显示一遍（比屏幕长时交给分页程序）。"
        + "要先有一个以表格回答的语句；`.load` 之后重新开始。"
    ), example: ".last")
}

let promptOutputMessages = PromptOutputMessages()
