import CLibEdit
import Engine
import Foundation

/// What goes into the history: whole entries, no blanks, no consecutive duplicates, capped.
struct HistoryPolicy: Equatable {
  /// The most entries kept in memory and in the file.
  var capacity = 1000

  /// The entry to store for `text` (a whole statement, possibly several lines), or nil when
  /// nothing should be stored: blank text, or the same entry as the newest one.
  func entry(for text: String, after newest: String?) -> String? {
    var entry = Substring(text)
    while let last = entry.last, last.isWhitespace { entry.removeLast() }
    while let first = entry.first, first.isNewline { entry.removeFirst() }
    guard !entry.allSatisfy(\.isWhitespace) else { return nil }
    let result = String(entry)
    return result == newest ? nil : result
  }

  /// Where the history file lives: `$XDG_STATE_HOME/dangke/history`, by default
  /// `~/.local/state/dangke/history`; nil when neither variable gives an absolute path.
  static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/dangke/history"
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return home + "/.local/state/dangke/history"
    }
    return nil
  }
}

/// libedit's in-memory history (what Up and Ctrl-R search) and the history file, which
/// several prompts share: each entry is merged into the file as it is entered, under a lock,
/// so two prompts open at once keep both their entries. A prompt reads the file when it
/// starts; entries other prompts add later are in the file for the next start (as in bash).
/// libedit's history is process-wide: the newest `add` decides what it holds.
final class History {
  let path: String?
  let policy: HistoryPolicy
  /// This prompt's entries, oldest first: the file as it was at the start, then its own.
  private(set) var entries: [String] = []

  /// Caps libedit's history and loads `path` if the file exists.
  init(path: String?, policy: HistoryPolicy = HistoryPolicy()) {
    self.path = path
    self.policy = policy
    using_history()
    stifle_history(Int32(policy.capacity))
    if let path {
      let folder = (path as NSString).deletingLastPathComponent
      try? FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      entries = Self.locked(path) { Self.readFile(path) }
    }
    install(entries)
  }

  /// Adds `text` unless the policy drops it, and merges it into the file: the file's entries
  /// as they are now (other prompts' included), then this one. Returns whether it was added.
  @discardableResult
  func add(_ text: String) -> Bool {
    guard let entry = policy.entry(for: ConnectionString.redactLine(text), after: entries.last)
    else { return false }
    entries.append(entry)
    if entries.count > policy.capacity { entries.removeFirst(entries.count - policy.capacity) }
    if let path {
      Self.locked(path) {
        var merged = Self.readFile(path)
        if merged.last != entry { merged.append(entry) }
        install(merged)
        _ = write_history(path)
      }
    }
    install(entries)
    return true
  }

  /// Makes `list` libedit's history (the newest `capacity` of it).
  private func install(_ list: [String]) {
    clear_history()
    for entry in list.suffix(policy.capacity) { _ = add_history(entry) }
  }

  /// The entries of libedit's history file at `path` (libedit's own format: each entry
  /// strvis-encoded on one line), read through libedit's history.
  private static func readFile(_ path: String) -> [String] {
    clear_history()
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    _ = read_history(path)
    return (0..<Int(dangke_history_length())).compactMap { i in
      dangke_history_at(Int32(i)).map { String(cString: $0) }
    }
  }

  /// Runs `body` holding an exclusive lock on the history file (created, private, if missing):
  /// another prompt adding an entry meanwhile waits. Without a lock (a read-only folder), runs
  /// it anyway.
  @discardableResult
  private static func locked<T>(_ path: String, _ body: () -> T) -> T {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return body() }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0, errno == EINTR {}
    defer { flock(fd, LOCK_UN) }
    return body()
  }
}
