import Lang

/// Messages of the PostgreSQL data source and of `dangke import` (E0800–E0899, W0800–W0899).
struct PostgresMessages: MessageCatalog {
  let unreachable = MessageSpec(
    "E0801", en: "cannot reach the PostgreSQL server {0}: {1}",
    zh: "连不上 PostgreSQL 服务器 {0}：{1}",
    explain: (
      en: "Nothing answered at the host and port of the connection string: the server is not "
        + "running, the port is wrong, or a firewall is in between.",
      zh: "连接串里的主机和端口没有回应：服务器没有启动、端口写错了，或者中间有防火墙。"
    ),
    example: "dangke --data postgresql://localhost:1/dangke")
  let checkServer = MessageSpec(
    en: "check the host and port, and that the server runs: pg_isready -h HOST -p PORT",
    zh: "请核对主机和端口，并确认服务器在运行：pg_isready -h 主机 -p 端口")
  let authenticationFailed = MessageSpec(
    "E0802", en: "the server {0} refused user '{1}': wrong password or no permission to log in",
    zh: "服务器 {0} 拒绝了用户“{1}”：密码不对，或者没有登录权限",
    explain: (
      en: "The server was reached but did not accept the user and password. libpq reads the "
        + "password from the URL, PGPASSWORD or ~/.pgpass.",
      zh: "服务器能连上，但不接受这个用户名和密码。libpq 会从连接串、PGPASSWORD 或 ~/.pgpass 读取密码。"
    ),
    example: "dangke --data postgresql://dangke:wrong@localhost/dangke")
  let checkPassword = MessageSpec(
    en: "check the password in the URL, in PGPASSWORD or in ~/.pgpass",
    zh: "请核对连接串、PGPASSWORD 或 ~/.pgpass 里的密码")
  let databaseMissing = MessageSpec(
    "E0803", en: "the server {0} has no database '{1}'",
    zh: "服务器 {0} 上没有名为“{1}”的数据库",
    explain: (
      en: "The server answered but the database named in the connection string does not exist.",
      zh: "服务器有回应，但连接串里指定的数据库不存在。"
    ),
    example: "dangke --data postgresql://localhost/nosuchdb")
  let createDatabase = MessageSpec(
    en: "create it with: createdb {0}", zh: "可以这样创建：createdb {0}")
  let tableMissing = MessageSpec(
    "E0804", en: "table '{0}' is not in the database {1} (any more)",
    zh: "数据库 {1} 里（已经）没有表“{0}”",
    explain: (
      en: "The statement named a table the server does not have: it was dropped or renamed "
        + "after the session opened, or it never existed.",
      zh: "语句用到的表在服务器上不存在：可能在会话打开后被删除或改名了，也可能本来就没有。"
    ),
    example: "show tables")
  let reloadCatalog = MessageSpec(
    en: "reopen the database with .load to read its tables again",
    zh: "用 .load 重新打开数据库，重新读取表的列表")
  let serverError = MessageSpec(
    "E0805", en: "the server reported an error (SQLSTATE {0}): {1}",
    zh: "服务器报告了错误（SQLSTATE {0}）：{1}",
    explain: (
      en: "PostgreSQL refused or failed the statement. The SQLSTATE code is PostgreSQL's own; "
        + "its documentation (Appendix A, Error Codes) says what each means.",
      zh: "PostgreSQL 拒绝执行或执行失败。SQLSTATE 是 PostgreSQL 自己的错误代码，"
        + "含义见其文档附录 A“错误代码”。"
    ),
    example: nil)
  let connectionLost = MessageSpec(
    "E0806", en: "the connection to the server {0} was lost: {1}",
    zh: "与服务器 {0} 的连接断开了：{1}",
    explain: (
      en: "The server closed the connection in the middle of the session: it was stopped or "
        + "restarted, or an administrator ended the session. The next statement reconnects.",
      zh: "会话进行中服务器关闭了连接：服务器被停止或重启了，或者管理员结束了这个会话。下一条语句会重新连接。"
    ),
    example: nil)
  let nextReconnects = MessageSpec(
    en: "the next statement tries to reconnect", zh: "下一条语句会尝试重新连接")
  let cancelled = MessageSpec(
    "E0807", en: "query cancelled; the server stopped it",
    zh: "查询已取消，服务器已停止执行",
    explain: (
      en: "Ctrl-C sent the server a cancel request; the session stays open for the next statement.",
      zh: "按 Ctrl-C 会向服务器发出取消请求；会话保持打开，可以接着输入下一条语句。"
    ),
    example: nil)
  let timedOut = MessageSpec(
    "E0808", en: "the query ran longer than the statement timeout ({0}) and was stopped",
    zh: "查询超过了语句超时（{0}），已被停止",
    explain: (
      en: "The server stops a statement that runs longer than the timeout set for the session.",
      zh: "语句运行时间超过会话设定的超时，服务器会停止它。"
    ),
    example: nil)
  let badConnectionString = MessageSpec(
    "E0809", en: "'{0}' is not a connection string libpq understands: {1}",
    zh: "“{0}”不是 libpq 能识别的连接串：{1}",
    explain: (
      en: "A PostgreSQL data source is a URL (postgresql://user@host:port/db?sslmode=require) or "
        + "a libpq conninfo string (host=… dbname=…, service=…).",
      zh: "PostgreSQL 数据源可以写成 URL（postgresql://用户@主机:端口/库?sslmode=require），"
        + "也可以写成 libpq 的 conninfo 串（host=… dbname=…，service=…）。"
    ),
    example: "dangke --data 'postgresql://host:port/db'")
  let tableExists = MessageSpec(
    "E0810", en: "table '{0}' already exists in {1}; add --replace to replace it",
    zh: "{1} 里已经有表“{0}”；要替换它请加 --replace",
    explain: (
      en: "`dangke import` never overwrites a table unless asked to with --replace.",
      zh: "除非加了 --replace，`dangke import` 不会覆盖已有的表。"
    ),
    example: "dangke import examples/data/kangjian --into postgresql:///dangke")
  let importFailed = MessageSpec(
    "E0811", en: "import into {0} failed and nothing was changed: {1}",
    zh: "导入 {0} 失败，数据库没有任何改动：{1}",
    explain: (
      en: "The import runs in one transaction: when anything fails, the database is left as it "
        + "was before the import began.",
      zh: "导入在一个事务里完成：任何一步失败，数据库都会保持导入之前的样子。"
    ),
    example: nil)
  let noTables = MessageSpec(
    "E0812", en: "the database {0} has no tables a query can read",
    zh: "数据库 {0} 里没有可以查询的表",
    explain: (
      en: "Dangke reads the tables of the schemas on the search path (usually `public`).",
      zh: "Dangke 读取搜索路径上各模式（通常是 `public`）里的表。"
    ),
    example: nil)
  let importHint = MessageSpec(
    en: "copy data into it with: dangke import DATA --into URL",
    zh: "可以先导入数据：dangke import 数据 --into URL")
  let serverNotFiles = MessageSpec(
    "E0814", en: "'{0}' is a PostgreSQL server; this command reads data files or a snapshot",
    zh: "“{0}”是 PostgreSQL 服务器；这个命令读取的是数据文件或快照",
    explain: (
      en: "`dangke check`, `dangke snapshot` and `dangke import SOURCE` read data files. Open a "
        + "server with `dangke --data URL`, or copy files into one with `dangke import`.",
      zh: "`dangke check`、`dangke snapshot` 和 `dangke import 数据` 读取数据文件。"
        + "打开服务器请用 `dangke --data URL`，把文件导入服务器请用 `dangke import`。"
    ),
    example: "dangke check postgresql://localhost/dangke")
  let danglingNoForeignKey = MessageSpec(
    "W0801", en: "{0}.{1}: no foreign key to {2} ({3} values match no {2}.id)",
    zh: "{0}.{1}：有 {3} 个值在 {2}.id 里找不到，没有建立到 {2} 的外键",
    explain: (
      en: "A foreign key needs every value to match; the column is copied as it is, with an "
        + "index, and queries still follow the reference.",
      zh: "外键要求每个值都能对上；这一列照原样导入并建了索引，查询仍然可以沿引用取值。"
    ),
    example: nil)
  let progress = MessageSpec(
    en: "import: {0} {1}/{2} rows", zh: "导入：{0} {1}/{2} 行")
  let imported = MessageSpec(
    en: "imported {0} tables, {1} rows into {2}", zh: "已导入 {0} 张表、{1} 行到 {2}")
}

let postgresMessages = PostgresMessages()
