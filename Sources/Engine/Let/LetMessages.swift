import Lang

/// Messages about answers named by `let NAME = <query>` (E0360–E0369).
struct LetMessages: MessageCatalog {
  let acrossInLet = MessageSpec(
    "E0360", en: "a let cannot name a crosstab", zh: "let 不能给交叉表起名",
    explain: (
      en:
        "An answer named by `let` is read later like a table, so its columns must be known before it runs; the columns of `across` are the values found in the data. Name the answer with the key in `by` instead, and use `across` in the statement that reads it.",
      zh: "let 起名的结果之后要像表一样读，它的列在运行之前就要确定；而 `across` 的列是数据里的值。请把这个键写进 `by`，在读它的语句里再用 `across`。"
    ),
    example: "let t = count sessions by year across type")
  let acrossToBy = MessageSpec(
    en: "put the key in 'by', and 'across' in the statement that reads the let",
    zh: "把这个键写进 by，在读这个 let 的语句里再用 across")
  let formatInLet = MessageSpec(
    "E0361", en: "a let is not shown, so it takes no '{0}'", zh: "let 不显示结果，不能写“{0}”",
    explain: (
      en:
        "`let NAME = …` names an answer without showing it. Write `as …` on the statement that shows it.",
      zh: "`let 名字 = …` 只给结果起名，不显示它。请把 `as …` 写在显示结果的语句上。"
    ),
    example: "let per = count sessions by year as csv")
  let showWithAs = MessageSpec(
    en: "write 'as' on the statement that shows it: list {0} as csv",
    zh: "把 as 写在显示它的语句上：list {0} as csv")
  let sameColumnName = MessageSpec(
    "E0362", en: "two columns of the answer would both be called '{0}'",
    zh: "这个结果会有两列都叫“{0}”",
    explain: (
      en:
        "A let answer is read like a table, so each column needs its own name. A key's column is named after the last word of its path (`member.org` gives `org`), a measure's as the answer shows it; name a measure with `total = sum hours`.",
      zh:
        "let 起名的结果要像表一样读，每一列都要有自己的名字。键的列名取路径的最后一段（`member.org` 叫 `org`），度量的列名与结果里显示的相同；度量可以这样命名：`total = sum hours`。"
    ),
    example: "let t = count attendance by member.org.name, session.base.name")
  let nameTheMeasure = MessageSpec(
    en:
      "name measures apart (total = sum hours); of two keys keep one: a reference reaches the other's columns",
    zh: "度量可以分别命名（total = sum hours）；两个键只留一个：引用列可以读到另一个的列")
  let readsItself = MessageSpec(
    "E0363", en: "'{0}' cannot be defined by reading '{0}'", zh: "“{0}”不能读它自己来定义",
    explain: (
      en:
        "A let answer may read an earlier let, but not the name it is defining: give the new answer a name of its own.",
      zh: "let 起名的结果可以读前面的 let，但不能读正在定义的这个名字：请给新结果另起一个名字。"
    ),
    example: "let per = count per by year")
  let readByOther = MessageSpec(
    "E0364", en: "'{0}' cannot be redefined: '{1}' reads it", zh: "“{0}”不能重新定义：“{1}”读了它",
    explain: (
      en:
        "Redefining a let answer replaces it, as `CREATE OR REPLACE` does; a let that another let reads stays as it is, so that both keep meaning the same thing. Choose another name.",
      zh: "重新定义一个 let 结果会替换它（像 `CREATE OR REPLACE`）；但别的 let 读过的名字不能替换，这样两者的意思才一致。请换一个名字。"
    ),
    example: "let per = count sessions by year; let p2 = max count of per; let per = count sessions"
  )
}

let letMessages = LetMessages()
