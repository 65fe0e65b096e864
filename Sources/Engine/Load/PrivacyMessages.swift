import Lang

/// Messages about personal data (codes W1240–W1249, E1240–E1249 of Engine): load warnings
/// and errors that give the place of a sensitive cell instead of its value, the load report's
/// words for a column guessed to be personal data, and the note of a query warning that does
/// not list a sensitive column's values.
struct PrivacyMessages: MessageCatalog {
  let mixedTypesHidden = MessageSpec(
    "W1240",
    en: "column {0} mixes {1} values ({2}); kept as text. First {3} value on line {4}"
      + " (not shown: the column holds personal data)",
    zh: "列 {0} 里混有{1}（{2}），按文本保存。第一个{3}值在第 {4} 行（属于个人信息，不显示）",
    explain: (
      en: "A column holds values of more than one kind, so it is kept as text. The column is"
        + " sensitive (personal data, by the schema or because its name or values look like"
        + " phone, ID-card or bank-card numbers), so the warning gives the line and column"
        + " instead of quoting the value. Open the file at that line to see it.",
      zh: "这一列里混有不同种类的值，所以按文本保存。这一列是敏感列（schema 这样规定，或者列名、取值看起来像"
        + "手机号、身份证号、银行卡号），所以警告只给出行号和列名，不引用取值。要看这个值，请打开文件看那一行。"
    ), example: "phone\n13812345678\n无")
  let notOfTypeHidden = MessageSpec(
    "E1240",
    en: "the value in column {0} is not {1} (not shown: the column holds personal data)",
    zh: "列 {0} 里的这个值不是{1}（属于个人信息，不显示）",
    explain: (
      en: "schema.json declares the column's type, and the value at the line and field given"
        + " cannot be read as it. The column is sensitive, so the message gives the place, not"
        + " the value.",
      zh: "schema.json 规定了这一列的类型，而给出的那一行、那一个字段里的值不能按这个类型读出来。"
        + "这一列是敏感列，所以只给出位置，不引用取值。"
    ), example: "\"phone\": {\"type\": \"integer\", \"sensitive\": true} with a value 138-1234-5678"
  )
  let duplicateIdHidden = MessageSpec(
    en: "line {0} (first on line {1})", zh: "第 {0} 行（第一次在第 {1} 行）")
  let valueOnLineHidden = MessageSpec(en: "line {0}", zh: "第 {0} 行")

  // The load report's words for a guessed column.
  let guessedByName = MessageSpec(
    en: "sensitive: its name looks like {0}", zh: "敏感：列名看起来是{0}")
  let guessedByValues = MessageSpec(
    en: "sensitive: its values look like {0}", zh: "敏感：取值看起来是{0}")
  let phoneNumbers = MessageSpec(en: "phone numbers", zh: "电话号码")
  let idCardNumbers = MessageSpec(en: "ID-card numbers", zh: "身份证号")
  let bankCardNumbers = MessageSpec(en: "bank-card numbers", zh: "银行卡号")
  let guessedNote = MessageSpec(
    en: "Columns marked \"sensitive:\" are masked in answers (--reveal shows them);"
      + " \"sensitive\": false in schema.json shows a column as it is.",
    zh: "标着“敏感：”的列在答案里打码显示（加 --reveal 显示原值）；在 schema.json 里写 \"sensitive\": false 可以照原样显示这一列。")

  // A query's warning about a sensitive column.
  let valuesNotListed = MessageSpec(
    en: "'{0}' holds personal data: its values are not listed",
    zh: "“{0}”是个人信息，不列出它的取值")
}

let privacyMessages = PrivacyMessages()

extension PersonalData {
  /// `phone numbers`, `身份证号`.
  var words: Message {
    switch self {
    case .phone: privacyMessages.phoneNumbers()
    case .idCard: privacyMessages.idCardNumbers()
    case .bankCard: privacyMessages.bankCardNumbers()
    }
  }
}
