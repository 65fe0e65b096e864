import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What kind of file a path names, found with `stat` (which follows a symbolic link to what
/// it names) before the file is opened: a named pipe named `members.csv` would block the load
/// forever, a device would never end.
enum FileKind {
  /// Throws E1201 unless `path` is a regular file (or a folder, or missing: those have their
  /// own errors further on).
  static func requireRegular(_ path: String) throws(LoadError) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFREG || kind == S_IFDIR { return }
    throw notRegular(path, mode: info.st_mode)
  }

  static func notRegular(_ path: String, mode: mode_t) -> LoadError {
    let m = loadSafetyMessages
    let what: Message
    switch mode & S_IFMT {
    case S_IFIFO: what = m.fifo()
    case S_IFCHR, S_IFBLK: what = m.device()
    case S_IFSOCK: what = m.socket()
    default: what = m.otherKind()
    }
    return LoadError(file: path, m.notRegularFile(what), hint: m.moveItAway())
  }
}
