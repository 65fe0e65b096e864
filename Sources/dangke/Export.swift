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

  /// The text format the `--out` file's extension names (`.csv`, `.json`, `.md`, `.txt`),
  /// when `--format` chose none. (A workbook or page is a `DocumentRun`.)
  func formatOfFile(chosen: OutputFormat?) -> OutputFormat? {
    guard chosen == nil, let out, let format = ShellState.format(ofFile: out) else { return nil }
    return format.isDocument ? nil : format
  }
}

/// The `--out` file of a run: an `AnswerFile` (see there for the rules), placed only when
/// the run ends well. Ctrl-C (SIGINT), SIGTERM and SIGHUP remove the temporary file, so the
/// target is either the old file or the whole new one; after SIGKILL the old file is intact
/// and the stray temporary file is removed by the next write into that folder.
final class Export {
  let file: AnswerFile

  /// Checks `options` against the data paths and opens the file; nil without `--out`. A
  /// refused target is printed and ends the process with status 2.
  static func open(_ options: ExportOptions, data: [String]) throws -> Export? {
    guard let path = options.out else { return nil }
    do {
      let file = try AnswerFile.open(path, force: options.force, messages: .out, data: data)
      if let temporary = file.temporary { ExportCleanup.shared.arm(temporary) }
      return Export(file: file)
    } catch {
      ErrorOutput.error(error.message)
      throw StatusExit(status: .usageError)
    }
  }

  private init(file: AnswerFile) {
    self.file = file
  }

  /// Appends answer text to the file.
  func write(_ text: String) {
    file.write(text)
    #if DEBUG
      TestSlowExport.pause()
    #endif
  }

  /// Appends bytes (a whole document: a workbook, a report page).
  func write(bytes: UnsafeBufferPointer<UInt8>) { file.write(bytes) }

  /// Ends the export: puts the whole file in place when `complete`, else removes it and
  /// leaves any old file as it was. A write or rename failure is printed; returns whether the
  /// file was written.
  @discardableResult
  func finish(complete: Bool) -> Bool {
    defer { ExportCleanup.shared.disarm() }
    do {
      if complete {
        try file.place()
        return true
      }
      file.discard()
      if file.temporary != nil { ErrorOutput.error(cliMessages.notWritten(file.target)) }
    } catch {
      ErrorOutput.error(error.message)
    }
    return false
  }
}

/// Runs `body` (which runs the statements and returns the status) with answers going to the
/// `--out` file when there is one; the file is kept only when the run succeeded, or went to
/// the end with `keepGoing`. A document format (`--format xlsx|html`, or `--out` ending in
/// `.xlsx` or `.html`) collects the answers and writes the document when the run ends.
func runExporting(
  _ options: ExportOptions, data: [String], keepGoing: Bool = false,
  document: DocumentRun? = nil,
  _ body: (_ out: ((String) -> Void)?, _ document: DocumentRun?) throws -> ExitStatus
) throws {
  let export = try Export.open(options, data: data)
  let status: ExitStatus
  do {
    status = try body(export.map { e in { e.write($0) } }, document)
    if let document, let export, status == .success || (keepGoing && status == .queryError) {
      let bytes = try document.bytes()
      bytes.withUnsafeBufferPointer { export.write(bytes: $0) }
    }
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

  /// Called from the signal handler, and before the process ends at a failed write to
  /// standard output.
  func removeNow() {
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
