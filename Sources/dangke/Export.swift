import ArgumentParser
import Engine
import Foundation
import Lang
import Synchronization

/// `--out FILE [--force]`: where `-c`, piped statements and `run` write their answers.
struct ExportOptions: ParsableArguments {
  @Option(name: .long, help: catalogHelp(cliHelpMessages.out))
  var out: String?

  @Flag(name: .long, help: catalogHelp(cliHelpMessages.force))
  var force = false
}

/// An answer file written safely: the answers go to a temporary file beside the target
/// (`.NAME.dangke-XXXXXX`), which is renamed over the target only when the run ends well.
/// Ctrl-C (SIGINT), SIGTERM and SIGHUP remove the temporary file, so the target is either
/// the old file or the whole new one; after SIGKILL the old file is intact and a stray
/// temporary file may remain.
final class Export {
  let target: String
  private let temporary: String
  private let fd: Int32
  /// The first write error (`errno`), reported when the run ends.
  private var failure: Int32 = 0

  /// Checks `options` against the data paths and opens the temporary file; nil without
  /// `--out`. A refused target is printed and ends the process with status 2.
  static func open(_ options: ExportOptions, data: [String]) throws -> Export? {
    guard let path = options.out else { return nil }
    if let problem = refusal(path, force: options.force, data: data) {
      ErrorOutput.error(problem)
      throw StatusExit(status: .usageError)
    }
    let folder = folderOf(path)
    var template = Array((folder + "/." + nameOf(path) + ".dangke-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      ErrorOutput.error(cliMessages.cannotWriteIn(folder, String(cString: strerror(errno))))
      throw StatusExit(status: .usageError)
    }
    let mask = umask(0o022)
    umask(mask)
    fchmod(fd, 0o666 & ~mask)
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    let export = Export(target: path, temporary: temporary, fd: fd)
    ExportCleanup.shared.arm(temporary)
    return export
  }

  private init(target: String, temporary: String, fd: Int32) {
    self.target = target
    self.temporary = temporary
    self.fd = fd
  }

  /// Why `path` may not be written, or nil when it may.
  static func refusal(_ path: String, force: Bool, data: [String]) -> Message? {
    if isDirectory(path) { return cliMessages.outIsFolder(path) }
    let folder = folderOf(path)
    guard isDirectory(folder) else { return cliMessages.outNoFolder(path, folder) }
    let real = realPath(folder)
    for source in data {
      let dataFolder = isDirectory(source) ? source : folderOf(source)
      let realData = realPath(dataFolder)
      if real == realData || real.hasPrefix(realData.hasSuffix("/") ? realData : realData + "/") {
        return cliMessages.outInsideData(path, dataFolder)
      }
    }
    if FileManager.default.fileExists(atPath: path), !force {
      return cliMessages.outExists(path)
    }
    return nil
  }

  /// Appends answer text to the temporary file.
  func write(_ text: String) {
    guard failure == 0 else { return }
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += n
      }
    }
    #if DEBUG
      TestSlowExport.pause()
    #endif
  }

  /// Ends the export: renames the whole file into place when `complete`, else removes it
  /// and leaves any old file as it was. A write or rename failure is printed; returns
  /// whether the file was written.
  @discardableResult
  func finish(complete: Bool) -> Bool {
    defer { ExportCleanup.shared.disarm() }
    if complete, failure == 0, fsync(fd) != 0 { failure = errno }
    close(fd)
    if complete, failure == 0, rename(temporary, target) == 0 { return true }
    if complete, failure == 0 { failure = errno }
    unlink(temporary)
    if failure != 0 {
      ErrorOutput.error(cliMessages.cannotWrite(target, String(cString: strerror(failure))))
    } else {
      ErrorOutput.error(cliMessages.notWritten(target))
    }
    return false
  }

  private static func folderOf(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  private static func nameOf(_ path: String) -> String { (path as NSString).lastPathComponent }

  private static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// Runs `body` (which runs the statements and returns the status) with answers going to the
/// `--out` file when there is one; the file is kept only when the run succeeded, or went to
/// the end with `keepGoing`.
func runExporting(
  _ options: ExportOptions, data: [String], keepGoing: Bool = false,
  _ body: (_ out: ((String) -> Void)?) throws -> ExitStatus
) throws {
  let export = try Export.open(options, data: data)
  let status: ExitStatus
  do {
    status = try body(export.map { e in { e.write($0) } })
  } catch {
    export?.finish(complete: false)
    throw error
  }
  if let export {
    let complete = status == .success || (keepGoing && status == .queryError)
    if !export.finish(complete: complete), status == .success {
      throw StatusExit(status: .usageError)
    }
  }
  if status != .success { throw StatusExit(status: status) }
}

/// The temporary file to remove when a signal ends the process mid-export. The handler only
/// reads an atomic pointer to a C string and calls `unlink`, `signal` and `raise`.
final class ExportCleanup: Sendable {
  /// The address of the temporary path (a malloc'ed C string), or 0.
  private let path = Atomic<UInt>(0)

  /// The one instance the C handler reaches (a C function pointer cannot capture).
  static let shared = ExportCleanup()

  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Removes `temporary` if a signal ends the process before `disarm`.
  func arm(_ temporary: String) {
    let copy = strdup(temporary)
    path.store(UInt(bitPattern: copy), ordering: .releasing)
    for s in Self.signals { signal(s, handleExportSignal) }
  }

  /// The export ended: signals act as before.
  func disarm() {
    for s in Self.signals { signal(s, SIG_DFL) }
    // The string is not freed: a handler running on another thread may still read it.
    path.store(0, ordering: .releasing)
  }

  /// Called from the signal handler.
  fileprivate func removeNow() {
    if let p = UnsafePointer<CChar>(bitPattern: path.load(ordering: .acquiring)) { unlink(p) }
  }
}

/// The handler: remove the temporary file, then die of the same signal as without it.
private func handleExportSignal(_ number: Int32) {
  ExportCleanup.shared.removeNow()
  signal(number, SIG_DFL)
  raise(number)
}

#if DEBUG
  /// A hidden hook for the interruption tests: with `DANGKE_TEST_SLOW_EXPORT_MS=N`, every
  /// chunk written to an `--out` file is followed by an N ms pause, so a test can interrupt an
  /// export halfway on data where every export is fast.
  enum TestSlowExport {
    private static let milliseconds =
      ProcessInfo.processInfo.environment["DANGKE_TEST_SLOW_EXPORT_MS"].flatMap { UInt32($0) } ?? 0

    static func pause() {
      if milliseconds > 0 { usleep(milliseconds * 1000) }
    }
  }
#endif
