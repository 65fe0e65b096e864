import Foundation

/// Writing to standard output and error. A closed pipe (`dangke … | head -3`) ends the
/// process quietly with status 0, as the shells of sqlite3 and DuckDB do; any other failed
/// write to standard output (a full disk, `/dev/full`) ends it at once with E1220 on
/// standard error and status 2, the status of an answer file that cannot be written.
enum Console {
  static func out(_ text: String) { write(STDOUT_FILENO, text) }
  static func err(_ text: String) { write(STDERR_FILENO, text) }

  /// Ignores SIGPIPE so a closed pipe shows up as EPIPE, handled in `write`.
  static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }

  private static func write(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buf in
        Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE {
          ExportCleanup.shared.removeNow()
          exit(0)
        }
        if fd == STDOUT_FILENO { failed(errno) }
        return
      }
      offset += n
    }
    bytes.removeAll()
  }

  /// Standard output cannot be written: say so, remove an unfinished `--out` file, and end.
  private static func failed(_ code: Int32) -> Never {
    ErrorOutput.error(fileMessages.standardOutputFailed(String(cString: strerror(code))))
    ExportCleanup.shared.removeNow()
    exit(ExitStatus.usageError.rawValue)
  }
}
