import Lang

/// What the answer files (`--out`, `.output`, `.once`), standard output and `generate --out`
/// say when they cannot be written as asked (`E1220`–`E1239`).
struct FileMessages: MessageCatalog {
  let standardOutputFailed = MessageSpec(
    "E1220", en: "cannot write to standard output: {0}", zh: "无法写到标准输出：{0}",
    explain: (
      en: "The answers could not be written where standard output goes (a full disk, "
        + "/dev/full, a lost connection). Dangke stops at once with exit status 2 rather than "
        + "end as if all was written. A closed pipe (`dangke -c 'list members' | head -1`) "
        + "is not an error: the reader has all it wanted, and Dangke ends quietly.",
      zh: "答案写不到标准输出指向的地方（磁盘满了、/dev/full、连接断了）。Dangke 立刻停下，"
        + "退出状态为 2，而不会装作全部写完了。管道另一头关闭（`dangke -c 'list members' | head -1`）"
        + "不算错误：读取的一方已经拿到了想要的内容，Dangke 会安静地结束。"
    ), example: "dangke -c 'list attendance' > /dev/full")
  let notWritable = MessageSpec(
    "E1221", en: "'{0}' is {1}, not a file; answers are not written to it",
    zh: "“{0}”是{1}，不是文件；不会把答案写进去",
    explain: (
      en: "Answers go to a file (written beside it and renamed into place), or straight "
        + "through to a FIFO or a character device such as /dev/null or /dev/stdout. A block "
        + "device (a disk) or a socket is never written to and never replaced by a file.",
      zh: "答案写进普通文件（先写在旁边，再改名到位），或者直接写给命名管道和 /dev/null、"
        + "/dev/stdout 这样的字符设备。块设备（磁盘）和套接字既不会被写入，也不会被文件替换。"
    ), example: "dangke -c 'count orgs' --out /dev/sda --force")
  let blockDevice = MessageSpec(en: "a block device (a disk)", zh: "块设备（磁盘）")
  let socket = MessageSpec(en: "a socket", zh: "套接字")
  let danglingLink = MessageSpec(
    "E1222", en: "'{0}' is a link to '{1}', which does not exist; name the file itself",
    zh: "“{0}”是指向“{1}”的链接，而那个文件不存在；请直接写文件本身的名字",
    explain: (
      en: "A symbolic link is written through: the file it points to is replaced (with "
        + "--force) as any file is, and the link stays a link. A link to nothing is refused, "
        + "so that no file appears in a place the command line does not name.",
      zh: "符号链接会被“穿过”：替换的是它指向的文件（需要 --force，和普通文件一样），链接本身"
        + "保持不变。指向不存在文件的链接会被拒绝，免得在命令行没写到的地方冒出一个文件。"
    ), example: "ln -s missing.csv link.csv; dangke -c 'count orgs' --out link.csv")
  let noReader = MessageSpec(
    "E1223", en: "no program reads the FIFO '{0}'; start the reader first",
    zh: "没有程序在读命名管道“{0}”；请先启动读取它的程序",
    explain: (
      en: "Answers are written straight into a FIFO (a named pipe). Opening one that no "
        + "program reads would wait forever, so Dangke refuses at once.",
      zh: "答案会直接写进命名管道（FIFO）。没有程序读取时打开它会一直等下去，所以 Dangke 直接拒绝。"
    ), example: "mkfifo answers; dangke -c 'count orgs' --out answers")
  let folderNotEmpty = MessageSpec(
    "E1224", en: "the folder '{0}' is not empty; use --force to write the data set into it",
    zh: "文件夹“{0}”不是空的；要把数据集写进去请加 --force",
    explain: (
      en: "`dangke generate --out DIR` writes its tables into DIR, replacing files of the same "
        + "names. Into a folder that holds anything, it writes only with --force, so that a "
        + "folder of real data is not overwritten by a typo.",
      zh: "`dangke generate --out 文件夹` 会把各张表写进这个文件夹，并替换同名文件。文件夹里已经有"
        + "东西时，只有加了 --force 才会写，免得一次手误就覆盖了真实数据。"
    ), example: "dangke generate --out examples")
  let generateIntoFile = MessageSpec(
    "E1225", en: "'{0}' is a file; generate --out names a folder",
    zh: "“{0}”是个文件；generate --out 后面要写文件夹",
    explain: (
      en: "`dangke generate --out DIR` writes one file per table (or a workbook and a schema) "
        + "into the folder DIR, made when missing.",
      zh: "`dangke generate --out 文件夹` 把每张表（或者一个工作簿和模式文件）写进这个文件夹，"
        + "文件夹不存在时会新建。"
    ), example: "dangke generate --out README.md")
  let generateForce = MessageSpec(
    en: "Write into a folder that is not empty (files of the same names are replaced).",
    zh: "写进非空的文件夹（同名文件会被替换）。")
}

let fileMessages = FileMessages()
