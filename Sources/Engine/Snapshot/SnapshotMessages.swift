import Lang

/// The snapshot's messages (codes E0501–E0512). Nearly all say the same thing to the user:
/// this file cannot be trusted, make it again (`recreate`).
struct SnapshotMessages: MessageCatalog {
  let stale = MessageSpec(
    "E0501", en: "the snapshot is stale: {0} has changed since the snapshot was made",
    zh: "快照已过期：{0} 在快照生成之后改动过",
    explain: (
      en: "A snapshot remembers the size and time of each data file it was made from, and is"
        + " refused when one has changed, so it never answers from old data.",
      zh: "快照记下了生成它的每个数据文件的大小和修改时间；只要有一个变了就不再使用，免得用旧数据回答。"
    ), example: "dangke snapshot data --out data.dks; touch data/sessions.csv; dangke data.dks")
  let recreate = MessageSpec(
    en: "re-create it from the data folder with: dangke snapshot DIR --out {0}",
    zh: "请从数据文件夹重新生成：dangke snapshot DIR --out {0}")
  let wrongVersion = MessageSpec(
    "E0502", en: "snapshot format version {0} is not the version this dangke reads ({1})",
    zh: "快照格式版本是 {0}，而这个 dangke 只能读版本 {1}",
    explain: (
      en: "Snapshots are a cache; a dangke reads only its own format version.",
      zh: "快照只是缓存；每个版本的 dangke 只读自己的快照格式。"
    ), example: "dangke old.dks")
  let notASnapshot = MessageSpec(
    "E0503", en: "not a dangke snapshot (the file does not start with DANGKESN)",
    zh: "这不是 dangke 快照（文件开头不是 DANGKESN）",
    explain: (
      en: "A snapshot file starts with the bytes DANGKESN.", zh: "快照文件以 DANGKESN 这几个字节开头。"
    ), example: "Snapshot.read(\"sessions.csv\")")
  let headerCut = MessageSpec(
    "E0504", en: "the snapshot is truncated: its {0}-byte header is incomplete",
    zh: "快照被截断了：只有 {0} 个字节，连文件头都不完整",
    explain: (
      en: "The file ends inside its header, usually a copy that did not finish.",
      zh: "文件在文件头里就结束了，通常是没有复制完。"
    ), example: "head -c 20 data.dks > cut.dks")
  let payloadShort = MessageSpec(
    "E0505", en: "the snapshot is truncated: {0} payload bytes, the header says {1}",
    zh: "快照被截断了：内容有 {0} 个字节，文件头说应该有 {1} 个",
    explain: (
      en: "The file is shorter than its header says.", zh: "文件比文件头记录的要短。"
    ), example: "truncate -s -100 data.dks")
  let payloadLong = MessageSpec(
    "E0506",
    en: "the snapshot is longer than its header says: {0} payload bytes, the header says {1}",
    zh: "快照比文件头记录的长：内容有 {0} 个字节，文件头说应该有 {1} 个",
    explain: (
      en: "Bytes were added to the end of the file.", zh: "文件末尾多出了字节。"
    ), example: "echo x >> data.dks")
  let malformed = MessageSpec(
    "E0507", en: "the snapshot is corrupt or malformed: {0}", zh: "快照已损坏或格式不对：{0}",
    explain: (
      en: "The structure inside the snapshot does not hold together; the detail says where.",
      zh: "快照内部的结构对不上；后面的细节说明是哪里。"
    ), example: "a snapshot damaged on disk")
  let badChecksum = MessageSpec(
    "E0508", en: "the snapshot is corrupt: its checksum does not match its contents",
    zh: "快照已损坏：校验和与内容不符",
    explain: (
      en: "Every array of a snapshot is checked against a checksum when it is read.",
      zh: "读取快照时，每个数组都要和校验和比对。"
    ), example: "a snapshot with one byte changed")
  let cannotRead = MessageSpec(
    "E0509", en: "cannot read the snapshot: {0}", zh: "读不了快照：{0}",
    explain: (
      en: "The operating system refused to open or read the file; its reason follows.",
      zh: "操作系统拒绝打开或读取这个文件；后面是系统给出的原因。"
    ), example: "Snapshot.read(\"missing.dks\")")
  let checkSnapshotPath = MessageSpec(
    en: "check the path; a snapshot is made with: dangke snapshot DIR --out FILE",
    zh: "请检查路径；快照用这条命令生成：dangke snapshot DIR --out FILE")
  let cannotWrite = MessageSpec(
    "E0510", en: "cannot write the snapshot: {0}", zh: "写不了快照：{0}",
    explain: (
      en: "The snapshot file could not be created or written.", zh: "无法创建或写入快照文件。"
    ), example: "dangke snapshot data --out /no-such-folder/data.dks")
  let folderWritable = MessageSpec(
    en: "check that the folder exists and is writable, and that the disk has room",
    zh: "请确认文件夹存在、可以写入，并且磁盘还有空间")
  let endsInsideArray = MessageSpec(
    "E0511", en: "the snapshot is truncated: it ends inside an array",
    zh: "快照被截断了：文件在一个数组的中间结束了",
    explain: (
      en: "A column read on first use ran past the end of the file.",
      zh: "首次使用时读取某一列，读到了文件末尾之外。"
    ), example: "a snapshot cut short while open")
  let endsBeforePayload = MessageSpec(
    "E0512", en: "the snapshot is truncated: it ends before its payload does",
    zh: "快照被截断了：内容还没读完文件就结束了",
    explain: (
      en: "The file became shorter while it was being read.", zh: "读取的过程中文件变短了。"
    ), example: "a snapshot cut short while it is read")
  // Details of `malformed`.
  let negativeCount = MessageSpec(en: "its contents holds a negative count", zh: "内容里有一个负数的计数")
  let endsEarly = MessageSpec(en: "its contents ends early", zh: "内容提前结束了")
  let unknownColumnType = MessageSpec(
    en: "its contents hold an unknown column type {0}", zh: "内容里有不认识的列类型 {0}")
  let goesOn = MessageSpec(
    en: "its contents go on after the last table", zh: "最后一张表之后还有内容")
  let runsPastEnd = MessageSpec(en: "its contents run past its end", zh: "内容超出了文件的末尾")
  let wrongRowCount = MessageSpec(
    en: "its column {0}.{1} has a wrong number of rows", zh: "列 {0}.{1} 的行数不对")
  let dictionaryOffsets = MessageSpec(
    en: "its text dictionary of column {0} has offsets that do not match its bytes",
    zh: "列 {0} 的文本字典里，偏移量和字节对不上")
}

/// The snapshot's catalog.
let snapshotMessages = SnapshotMessages()
