import Foundation
import Glibc
import Lang

/// Where answers go: the screen, or (after `.output FILE`) a file, or for one statement
/// (after `.once FILE`) another file. A file is written under a temporary name in the same
/// folder and renamed into place when output goes back, so a half-written file never sits
/// under the real name.
final class AnswerSink {
  private struct Redirect {
    var fd: Int32
    var temporary: String
    var target: String
  }

  private var redirect: Redirect?
  /// `.once`: takes the answers of one statement, over `redirect`.
  private var onceRedirect: Redirect?
  private let screen: (String) -> Void
  /// How many answer texts were written so far.
  private(set) var writes = 0
  /// Written in front of the next answer text, then dropped: the blank line between two
  /// tables of a script whose statements a dot command parts.
  var separator: String?

  init(screen: @escaping (String) -> Void) {
    self.screen = screen
  }

  /// Applied to what goes to the screen (not to a file): csv's control characters made
  /// visible on a terminal (`ShellState.showControlsOnTerminal`).
  var screenFilter: ((String) -> String)?

  /// The file answers go to, or nil for the screen.
  var target: String? { redirect?.target }

  func write(_ text: String) {
    writes += 1
    if let separator {
      self.separator = nil
      write(separator)
    }
    guard let current = onceRedirect ?? redirect else { return screen(screenFilter?(text) ?? text) }
    var text = text
    text.withUTF8 { Self.write($0, to: current.fd) }
  }

  /// Writes a whole document (a workbook's bytes) to the file being written.
  func write(bytes: [UInt8]) {
    guard let current = onceRedirect ?? redirect else { return }
    bytes.withUnsafeBufferPointer { Self.write($0, to: current.fd) }
  }

  private static func write(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) {
    var offset = 0
    while offset < buffer.count {
      let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0, errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }

  /// Refuses a folder, and an existing file unless `force` (`exists` says so).
  static func check(_ path: String, force: Bool, exists: MessageSpec) throws(DotCommandError) {
    guard FileManager.default.fileExists(atPath: path) else { return }
    if isDirectory(path) { throw DotCommandError(replMessages.outputIsFolder(path)) }
    if !force { throw DotCommandError(exists(path)) }
  }

  /// Sends answers to `path`. Refuses an existing file unless `force`.
  func open(_ path: String, force: Bool) throws(DotCommandError) {
    try Self.check(path, force: force, exists: replMessages.outputExists)
    try close()
    redirect = try Self.temporary(for: path)
  }

  /// Sends the answers of one statement to `path` until `closeOnce`.
  func openOnce(_ path: String, force: Bool) throws(DotCommandError) {
    try Self.check(path, force: force, exists: dotCommandMessages.onceExists)
    onceRedirect = try Self.temporary(for: path)
  }

  /// Ends `.once`: the file is renamed into place when `keep`, else removed (an old file
  /// stays as it was). Returns the path written.
  @discardableResult
  func closeOnce(keep: Bool) throws(DotCommandError) -> String? {
    guard let current = onceRedirect else { return nil }
    onceRedirect = nil
    guard keep else {
      Glibc.close(current.fd)
      unlink(current.temporary)
      return nil
    }
    return try Self.finish(current)
  }

  /// Finishes the file being written (renaming it into place) and goes back to the screen.
  /// Returns the path written, or nil when answers were going to the screen.
  @discardableResult
  func close() throws(DotCommandError) -> String? {
    guard let current = redirect else { return nil }
    redirect = nil
    return try Self.finish(current)
  }

  private static func finish(_ current: Redirect) throws(DotCommandError) -> String {
    Glibc.close(current.fd)
    guard rename(current.temporary, current.target) == 0 else {
      let reason = errorText()
      unlink(current.temporary)
      throw DotCommandError(replMessages.cannotWrite(current.target, reason))
    }
    return current.target
  }

  /// A temporary file beside `path` (`.NAME.dangke-XXXXXX`), readable as a new file is.
  private static func temporary(for path: String) throws(DotCommandError) -> Redirect {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    var template = Array(
      ((folder.isEmpty ? "." : folder) + "/." + name + ".dangke-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw DotCommandError(replMessages.cannotWriteIn(folder.isEmpty ? "." : folder, errorText()))
    }
    fchmod(fd, 0o644 & ~currentUmask())
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    return Redirect(fd: fd, temporary: temporary, target: path)
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}
