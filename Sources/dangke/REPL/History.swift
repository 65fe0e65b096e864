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

/// libedit's in-memory history (what Up and Ctrl-R search), loaded from and saved to a file
/// after every entry. libedit's history is process-wide: make one of these at a time.
final class History {
  let path: String?
  let policy: HistoryPolicy

  /// Clears libedit's history, caps it, and loads `path` if the file exists.
  init(path: String?, policy: HistoryPolicy = HistoryPolicy()) {
    self.path = path
    self.policy = policy
    using_history()
    clear_history()
    stifle_history(Int32(policy.capacity))
    if let path {
      let folder = (path as NSString).deletingLastPathComponent
      try? FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      if FileManager.default.fileExists(atPath: path) { _ = read_history(path) }
    }
  }

  /// The entries, oldest first.
  var entries: [String] {
    (0..<Int(dangke_history_length())).compactMap { i in
      dangke_history_at(Int32(i)).map { String(cString: $0) }
    }
  }

  /// Adds `text` unless the policy drops it, then saves the file. Returns whether it was added.
  @discardableResult
  func add(_ text: String) -> Bool {
    let newest = dangke_history_last().map { String(cString: $0) }
    guard let entry = policy.entry(for: ConnectionString.redactLine(text), after: newest) else {
      return false
    }
    _ = add_history(entry)
    save()
    return true
  }

  /// Writes the history file (libedit's own format: each entry strvis-encoded on one line).
  func save() {
    guard let path else { return }
    _ = write_history(path)
  }
}
