import Lang

/// The messages of the .json/.jsonl reader (codes E0425–E0440). Each error's hint shows the
/// shape the file must have (`arrayShape` or `lineShape`).
struct JSONRowMessages: MessageCatalog {
  let notAnArray = MessageSpec(
    "E0425", en: "the file must be a JSON array of objects: [{...}, {...}]",
    zh: "这个文件必须是由对象组成的 JSON 数组：[{...}, {...}]",
    explain: (
      en: "A .json data file is one array of flat objects, one object per row.",
      zh: ".json 数据文件是一个数组，里面每个扁平对象是一行。"
    ), example: "{\"id\": 1}")
  let commaOrBracket = MessageSpec(
    "E0426", en: "expected \",\" or \"]\" after an object", zh: "对象后面应该是“,”或“]”",
    explain: (
      en: "Objects of the array are separated by commas and the array ends with ].",
      zh: "数组里的对象用逗号隔开，数组以 ] 结束。"
    ), example: "[{\"id\": 1} {\"id\": 2}]")
  let textAfterArray = MessageSpec(
    "E0427", en: "unexpected text after the closing \"]\"", zh: "结束的“]”后面还有多余的内容",
    explain: (
      en: "Nothing but white space may follow the array.", zh: "数组后面只能有空白。"
    ), example: "[{\"id\": 1}] x")
  let emptyArray = MessageSpec(
    "E0428", en: "the file has no rows (an empty JSON array)", zh: "文件里没有数据行（是一个空的 JSON 数组）",
    explain: (
      en: "A table needs at least one row.", zh: "一张表至少要有一行数据。"
    ), example: "[]")
  let addObjects = MessageSpec(
    en: "add objects to the array, or remove the file", zh: "请在数组里加上对象，或者删掉这个文件")
  let objectStart = MessageSpec(
    "E0429", en: "expected an object starting with \"{\"", zh: "这里应该是以“{”开头的对象",
    explain: (
      en: "Every row is an object: { \"column\": value, … }.", zh: "每一行都是一个对象：{ \"列名\": 值, … }。"
    ), example: "[1, 2]")
  let quotedKey = MessageSpec(
    "E0430", en: "expected a key in double quotes", zh: "这里应该是双引号括起来的键",
    explain: (
      en: "Keys of a JSON object are strings in double quotes.", zh: "JSON 对象的键是双引号括起来的字符串。"
    ), example: "{id: 1}")
  let keyTwice = MessageSpec(
    "E0431", en: "key \"{0}\" appears twice in one object", zh: "键“{0}”在同一个对象里出现了两次",
    explain: (
      en: "Each column appears at most once in a row.", zh: "每一列在一行里最多出现一次。"
    ), example: "{\"id\": 1, \"id\": 2}")
  let colonAfterKey = MessageSpec(
    "E0432", en: "expected \":\" after a key", zh: "键的后面应该是“:”",
    explain: (en: "A key and its value are joined by a colon.", zh: "键和值之间用冒号连接。"),
    example: "{\"id\" 1}")
  let commaOrBrace = MessageSpec(
    "E0433", en: "expected \",\" or \"}\" after a value", zh: "值的后面应该是“,”或“}”",
    explain: (
      en: "Pairs of an object are separated by commas and the object ends with }.",
      zh: "对象里的键值对用逗号隔开，对象以 } 结束。"
    ), example: "{\"id\": 1 \"name\": \"王\"}")
  let unknownWord = MessageSpec(
    "E0434", en: "unknown value (expected true, false or null)", zh: "不认识的值（应该是 true、false 或 null）",
    explain: (
      en: "An unquoted word in JSON is true, false or null; text goes in double quotes.",
      zh: "JSON 里不加引号的词只能是 true、false 或 null；文字要放在双引号里。"
    ), example: "{\"ok\": yes}")
  let nested = MessageSpec(
    "E0435", en: "nested objects and arrays are not supported; values must be plain",
    zh: "不支持嵌套的对象和数组；值必须是简单值",
    explain: (
      en: "A row is flat: each value is a string, a number, true, false or null.",
      zh: "每一行都是扁平的：值只能是字符串、数字、true、false 或 null。"
    ), example: "{\"tags\": [\"a\"]}")
  let valueExpected = MessageSpec(
    "E0436", en: "expected a value (a string, number, true, false or null)",
    zh: "这里应该是一个值（字符串、数字、true、false 或 null）",
    explain: (
      en: "After a key and its colon comes a value.", zh: "键和冒号后面要跟一个值。"
    ), example: "{\"id\": }")
  let stringPastLine = MessageSpec(
    "E0437", en: "a string runs past the end of the line", zh: "字符串一直延续到了行尾之后",
    explain: (
      en: "A JSON string cannot hold a raw line break; write \\n.",
      zh: "JSON 字符串里不能直接换行；换行请写成 \\n。"
    ), example: "{\"title\": \"党课\n讲座\"}")
  let unterminatedString = MessageSpec(
    "E0438", en: "unterminated string", zh: "字符串没有结束",
    explain: (
      en: "A string opened with \" is not closed before the end of the file.",
      zh: "以 \" 开始的字符串到文件结尾都没有结束。"
    ), example: "{\"title\": \"党课")
  let unknownEscape = MessageSpec(
    "E0439", en: "unknown escape \\{0}", zh: "不认识的转义 \\{0}",
    explain: (
      en: "JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.",
      zh: "JSON 的转义只有 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX。"
    ), example: "{\"title\": \"a\\q\"}")
  let fourHexDigits = MessageSpec(
    "E0440", en: "\\u needs four hex digits", zh: "\\u 后面要有四位十六进制数字",
    explain: (
      en: "\\u is followed by exactly four hexadecimal digits, as in \\u515A.",
      zh: "\\u 后面正好是四位十六进制数字，如 \\u515A。"
    ), example: "{\"title\": \"\\u51\"}")
  let arrayShape = MessageSpec(
    en: "a .json file must be an array of flat objects: [{\"id\": 1, \"name\": \"…\"}, …]",
    zh: ".json 文件必须是由扁平对象组成的数组：[{\"id\": 1, \"name\": \"…\"}, …]")
  let lineShape = MessageSpec(
    en: "each line of a .jsonl file must be one flat object: {\"id\": 1, \"name\": \"…\"}",
    zh: ".jsonl 文件的每一行必须是一个扁平对象：{\"id\": 1, \"name\": \"…\"}")
}

/// The JSON reader's catalog.
let jsonRowMessages = JSONRowMessages()
