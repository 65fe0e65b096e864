import Lang

/// Messages about the system libraries Dangke loads on first need instead of at start
/// (E1400–E1401): libpq for PostgreSQL, ICU for pinyin order and search.
struct LibraryMessages: MessageCatalog {
  let noLibPQ = MessageSpec(
    "E1400", en: "cannot connect to PostgreSQL: its client library could not be loaded ({0})",
    zh: "无法连接 PostgreSQL：加载不了它的客户端库（{0}）",
    explain: (
      en: "Dangke loads libpq, PostgreSQL's client library, only when it first connects to a "
        + "server, so that starting the program does not pay for it. Without the library, "
        + "data files and snapshots still work; connecting needs it installed.",
      zh: "Dangke 只在第一次连接服务器时才加载 PostgreSQL 的客户端库 libpq，这样平时启动不用为它花时间。"
        + "没有这个库，数据文件和快照照常可用；要连接服务器就得先装上它。"
    ), example: "dangke --data postgresql://localhost/dangke")
  let installLibPQ = MessageSpec(
    en: "install PostgreSQL's client library {0} (Debian and Ubuntu: apt-get install libpq5)",
    zh: "请安装 PostgreSQL 的客户端库 {0}（Debian 和 Ubuntu：apt-get install libpq5）")
  let noICU = MessageSpec(
    "E1401",
    en: "this answer needs pinyin order or pinyin search, but ICU could not be loaded ({0})",
    zh: "这个查询要按拼音排序或按拼音查找，但加载不了 ICU（{0}）",
    explain: (
      en: "Dangke orders Chinese text by pinyin and finds names by their pinyin with ICU, "
        + "which it loads when a query first needs it. Without ICU such an answer would be in "
        + "the wrong order or miss names, so it is not shown. Install ICU, or order by bytes "
        + "(`order by name bytes`).",
      zh: "Dangke 用 ICU 把中文按拼音排序、按拼音查找姓名，在查询第一次用到时才加载。"
        + "没有 ICU，这样的结果顺序会错、人名会漏，所以不予显示。请安装 ICU，或者按字节排序（`order by name bytes`）。"
    ), example: "count members by org.name")
  let installICU = MessageSpec(
    en: "install ICU's library {0} (on Debian and Ubuntu the package libicu and its version, "
      + "such as libicu72)",
    zh: "请安装 ICU 的库 {0}（Debian 和 Ubuntu 上是 libicu 加版本号的包，例如 libicu72）")
}

let libraryMessages = LibraryMessages()
