import Foundation
import Glibc
import Lang

/// Where answers go: the screen, or (after `.output FILE`) a file. A file is written under a
/// temporary name in the same folder and renamed into place when output goes back to the
/// screen or the REPL ends, so a half-written file never sits under the real name.
final class AnswerSink {
  private struct Redirect {
    var fd: Int32
    var temporary: String
    var target: String
  }

  private var redirect: Redirect?
  private let screen: (String) -> Void

  init(screen: @escaping (String) -> Void) {
    self.screen = screen
  }

  /// The file answers go to, or nil for the screen.
  var target: String? { redirect?.target }

  func write(_ text: String) {
    guard let redirect else { return screen(text) }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { Glibc.write(redirect.fd, $0.baseAddress, $0.count) }
      if n < 0, errno == EINTR { continue }
      if n <= 0 { return }
      bytes = bytes.dropFirst(n)
    }
  }

  /// Sends answers to `path`. Refuses an existing file unless `force`.
  func open(_ path: String, force: Bool) throws(MetaCommandError) {
    if FileManager.default.fileExists(atPath: path) {
      if isDirectory(path) { throw MetaCommandError(replMessages.outputIsFolder(path)) }
      if !force {
        throw MetaCommandError(replMessages.outputExists(path))
      }
    }
    try close()
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    var template = Array(
      ((folder.isEmpty ? "." : folder) + "/." + name + ".dangke-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw MetaCommandError(replMessages.cannotWriteIn(folder.isEmpty ? "." : folder, errorText()))
    }
    fchmod(fd, 0o644 & ~currentUmask())
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    redirect = Redirect(fd: fd, temporary: temporary, target: path)
  }

  /// Finishes the file being written (renaming it into place) and goes back to the screen.
  /// Returns the path written, or nil when answers were going to the screen.
  @discardableResult
  func close() throws(MetaCommandError) -> String? {
    guard let current = redirect else { return nil }
    redirect = nil
    Glibc.close(current.fd)
    guard rename(current.temporary, current.target) == 0 else {
      let reason = errorText()
      unlink(current.temporary)
      throw MetaCommandError(replMessages.cannotWrite(current.target, reason))
    }
    return current.target
  }

  private func errorText() -> String { String(cString: strerror(errno)) }

  private func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}
