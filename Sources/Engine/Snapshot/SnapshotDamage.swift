import Lang
import Synchronization

/// Damage found in a snapshot's columns when they are read on first use, after the file was
/// opened. A column whose bytes do not match their checksum is not used: its reader notes
/// the damage here and hands out placeholder values of the right length (zeros, empty
/// references), which no answer may show. `Session.run` compares `count` before and after
/// a statement and turns new damage into an error instead of the answer.
enum SnapshotDamage {
  private struct Log {
    var count = 0
    var last: (file: String, column: String)?
  }

  private static let log = Mutex(Log())

  /// How many times damage was found since the program started.
  static var count: Int { log.withLock { $0.count } }

  /// Notes that `column` (`attendance.member`) of the snapshot `file` is damaged.
  static func record(file: String, column: String) {
    log.withLock { log in
      log.count += 1
      log.last = (file, column)
    }
  }

  /// The damaged column found last, when damage was found since `count` was `before`.
  static func found(since before: Int) -> (file: String, column: String)? {
    log.withLock { $0.count == before ? nil : $0.last }
  }

  /// The error for damage found since `count` was `before`, or nil when there was none.
  static func error(since before: Int, at span: Span) -> Diagnostic? {
    guard let (file, column) = found(since: before) else { return nil }
    return .error(
      snapshotDamageMessages.columnDamaged(file, column), at: span,
      notes: [snapshotMessages.recreate(file)])
  }
}

/// The message of damage found on first read (E1402); its hint is the snapshot's `recreate`.
struct SnapshotDamageMessages: MessageCatalog {
  let columnDamaged = MessageSpec(
    "E1402",
    en: "the snapshot {0} is corrupt: the values of column {1} do not match their checksum",
    zh: "快照 {0} 已损坏：列 {1} 的数据与校验和不符",
    explain: (
      en: "So that a snapshot opens at once, each large column is checked against its own "
        + "checksum when a query first reads it. A query that needs a damaged column stops "
        + "with this error instead of answering; queries that do not need it still answer.",
      zh: "为了让快照一打开就能用，每个大的列在查询第一次读到它时，才和它自己的校验和比对。"
        + "用到损坏列的查询会报这个错误而不给出结果；用不到它的查询照常回答。"
    ), example: "a snapshot with one byte of a column changed")
}

let snapshotDamageMessages = SnapshotDamageMessages()
