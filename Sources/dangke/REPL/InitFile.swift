import Foundation
import Lang

/// `~/.config/dangke/init.dk`: statements and dot commands the prompt runs at its start, as
/// sqlite3 runs `~/.sqliterc` and DuckDB `~/.duckdbrc`. `dangke --no-init` skips it.
enum InitFile {
  /// `$XDG_CONFIG_HOME/dangke/init.dk` when XDG_CONFIG_HOME is an absolute path (the XDG
  /// base directory rule), else `$HOME/.config/dangke/init.dk`; nil without either.
  static func path(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/dangke/init.dk"
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return home + "/.config/dangke/init.dk"
    }
    return nil
  }
}

extension REPL {
  /// Runs the init file at `path` if there is one, as a script (`ScriptRunner`): errors
  /// name the file and line and do not stop the rest. A `.quit` in it ends the init file,
  /// not the prompt.
  func runInitFile(_ path: String) {
    guard FileManager.default.fileExists(atPath: path) else { return }
    let fd = open(path, O_RDONLY)
    if fd >= 0 { close(fd) }
    guard fd >= 0, !isDirectory(path), let data = FileManager.default.contents(atPath: path)
    else {
      let reason = String(cString: strerror(isDirectory(path) ? EISDIR : errno))
      ErrorOutput.warning(replMessages.initUnreadable(path, reason))
      return
    }
    let text: String
    switch ScriptText.decode(Array(data)) {
    case .success(let decoded): text = decoded
    case .failure(let bad):
      let (message, hint) = bad.message(path)
      return ErrorOutput.error(message, hint: hint)
    }
    ScriptRunner(state: state, fileName: path, keepGoing: true).run(text)
    state.leaving = false
  }
}
