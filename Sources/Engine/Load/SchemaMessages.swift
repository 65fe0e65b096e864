import Lang

/// The messages about schema.json (codes E0441–E0447).
struct SchemaMessages: MessageCatalog {
  let doesNotMatch = MessageSpec(
    "E0441", en: "does not match the schema format: {0}", zh: "不符合 schema 文件的格式：{0}",
    explain: (
      en: "The schema is valid JSON, but a field has the wrong kind of value. The detail after"
        + " the colon comes from the JSON decoder.",
      zh: "schema 是合法的 JSON，但某个字段的值类型不对。冒号后面的细节来自 JSON 解码器（英文）。"
    ), example: "{\"tables\": {\"sessions\": {\"label\": 3}}}")
  let seeSchemaFields = MessageSpec(
    en: "see Schema.swift for the fields a schema file may have",
    zh: "schema 文件可以有哪些字段，见 Schema.swift")
  let notJSON = MessageSpec(
    "E0442", en: "not valid JSON{0}", zh: "不是合法的 JSON{0}",
    explain: (
      en: "schema.json cannot be read as JSON; the place is where the reader gave up.",
      zh: "schema.json 读不成 JSON；报告的位置是读取停下的地方。"
    ), example: "{\"tables\": {")
  let detail = MessageSpec(en: ": {0}", zh: "：{0}")
  let fixJSON = MessageSpec(
    en: "fix the JSON syntax of the schema file", zh: "请改正 schema 文件的 JSON 语法")
  let notAnObject = MessageSpec(
    "E0443", en: "the schema must be a JSON object", zh: "schema 必须是一个 JSON 对象",
    explain: (
      en: "The schema is one object with \"name\", \"encoding\" and \"tables\".",
      zh: "schema 是一个对象，可以有 \"name\"、\"encoding\" 和 \"tables\"。"
    ), example: "[]")
  let objectShape = MessageSpec(
    en: "write {\"tables\": {\"sessions\": {\"columns\": {…}}}}",
    zh: "请写成 {\"tables\": {\"sessions\": {\"columns\": {…}}}}")
  let unknownType = MessageSpec(
    "E0444", en: "unknown type \"{0}\" at {1}type{2}", zh: "{1}type 处的类型“{0}”不认识{2}",
    explain: (
      en: "A column's \"type\" is one of the types the loader knows.",
      zh: "列的 \"type\" 只能是加载器认识的类型之一。"
    ), example: "{\"tables\": {\"sessions\": {\"columns\": {\"hours\": {\"type\": \"int\"}}}}}")
  let useOneOf = MessageSpec(en: "use one of: {0}", zh: "请用其中之一：{0}")
  let unknownKey = MessageSpec(
    "E0445", en: "unknown key \"{0}\"{1}", zh: "不认识的键“{0}”{1}",
    explain: (
      en: "Every key of schema.json is checked, so that a typo never passes silently.",
      zh: "schema.json 的每个键都会检查，拼错的键不会被悄悄忽略。"
    ), example: "{\"tabels\": {}}")
  let keysAllowed = MessageSpec(
    en: "the keys allowed here are: {0}", zh: "这里可以用的键有：{0}")
  let unknownName = MessageSpec(
    "E0446", en: "unknown {0}: \"{1}\"{2}", zh: "{0}“{1}”不存在{2}",
    explain: (
      en: "The schema names a table or column that the data files do not have.",
      zh: "schema 里提到的表或列在数据文件里不存在。"
    ), example: "{\"tables\": {\"sesions\": {}}}")
  let table = MessageSpec(en: "table", zh: "表")
  let roleColumn = MessageSpec(en: "{0} column of table {1}", zh: "表 {1} 的{0}列")
  let timeRole = MessageSpec(en: "time", zh: "时间")
  let displayRole = MessageSpec(en: "display", zh: "显示")
  let columnInTable = MessageSpec(en: "column in table {0}", zh: "表 {0} 中的列")
  let referencedTable = MessageSpec(en: "table referenced by {0}", zh: "{0} 引用的表")
  let removeIt = MessageSpec(en: "remove it from the schema", zh: "请把它从 schema 里删掉")
  let namesThere = MessageSpec(en: "the names there are: {0}", zh: "那里的名字有：{0}")
  let referenceWithoutId = MessageSpec(
    "E0447", en: "{0}.{1} references table {2}, which has no id column",
    zh: "{0}.{1} 引用了表 {2}，但 {2} 没有 id 列",
    explain: (
      en: "A reference finds rows by the id column of the table it refers to.",
      zh: "引用是靠被引用表的 id 列找到对应行的。"
    ),
    example:
      "{\"tables\": {\"attendance\": {\"columns\": {\"member\": {\"references\": \"places\"}}}}}")
  let addId = MessageSpec(
    en: "add an id column to {0}, or remove the reference", zh: "请给 {0} 加一个 id 列，或者去掉这个引用")
  /// Put after a name that is close to a known one: `; did you mean 'sessions'?`.
  let suggestion = MessageSpec(en: "; {0}", zh: "；{0}")
}

/// The schema file's catalog.
let schemaMessages = SchemaMessages()
