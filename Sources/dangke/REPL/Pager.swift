import Foundation
import Glibc

/// A pager process reading an answer on its standard input: `$PAGER` (run by `/bin/sh`), or
/// `less` when PAGER is unset. As git does, `LESS` defaults to `-S -R -F -X` (long lines chopped,
/// colours kept, quit at once when the text fits, no screen clearing) and `LESSCHARSET` to
/// `utf-8`, so Chinese shows under any locale.
final class Pager {
  private let pid: pid_t
  private var fd: Int32
  /// Set when the pager quit before taking everything (the user pressed q).
  private(set) var closed = false

  /// The command to run, or nil when no pager can be used (PAGER unset and no `less`).
  static func command(environment: [String: String]) -> String? {
    if let pager = environment["PAGER"], !pager.allSatisfy(\.isWhitespace) { return pager }
    let path = environment["PATH"] ?? "/usr/bin:/bin"
    let found = path.split(separator: ":").contains {
      access("\($0)/less", X_OK) == 0
    }
    return found ? "less" : nil
  }

  /// The pager's environment: this process's, with LESS and LESSCHARSET when unset.
  static func environment(_ environment: [String: String]) -> [String: String] {
    var environment = environment
    if environment["LESS"] == nil { environment["LESS"] = "-S -R -F -X" }
    if environment["LESSCHARSET"] == nil { environment["LESSCHARSET"] = "utf-8" }
    return environment
  }

  /// Starts `command`; nil when it cannot be started.
  init?(command: String, environment: [String: String]) {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return nil }
    // Only the pager's standard input may stay open in it (else it never sees the end).
    for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
    let words: [String] = ["/bin/sh", "-c", command]
    let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    let pairs = Self.environment(environment).map { "\($0.key)=\($0.value)" }
    let variables: [UnsafeMutablePointer<CChar>?] = pairs.map { strdup($0) } + [nil]
    defer { for pointer in arguments + variables { free(pointer) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, "/bin/sh", &actions, nil, arguments, variables)
    close(pipeEnds[0])
    guard status == 0 else {
      close(pipeEnds[1])
      return nil
    }
    pid = child
    fd = pipeEnds[1]
  }

  /// Sends `text` to the pager; stops when it quit, or at Ctrl-C (`interrupted`).
  func write(_ text: String, interrupted: () -> Bool) {
    guard !closed else { return }
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n > 0 {
          offset += n
        } else if n < 0, errno == EINTR {
          if interrupted() { return }
        } else {
          closed = true  // EPIPE: the pager quit
          return
        }
      }
    }
  }

  /// Ends the input and waits for the pager to quit (the user reads to the end or presses q).
  func finish() {
    if fd >= 0 {
      close(fd)
      fd = -1
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
  }
}

/// The terminal's size on standard output, or nil when it is not a terminal.
func terminalSize() -> (rows: Int, columns: Int)? {
  guard isatty(STDOUT_FILENO) == 1 else { return nil }
  var size = winsize()
  guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
  return (Int(size.ws_row), Int(size.ws_col))
}
