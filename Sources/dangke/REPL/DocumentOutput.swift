import Engine
import Foundation
import Glibc
import Lang

/// `.output FILE.xlsx` (or `.html`): a document that grows by one answer at a time. A
/// workbook gets one sheet per answer, named after the statement as `--out` names them; a
/// page one section per answer. The file is written again, whole and atomically (through
/// `AnswerFile`), after every answer: it is there from the first answer on and always holds
/// every answer so far, so it can be opened while the prompt runs on. A FIFO or a device
/// (which cannot be replaced) gets the document once, when `.output` ends.
final class DocumentOutput {
  let target: String
  let run: DocumentRun
  /// `--force`, or the file was written by this `.output` already (it is then replaced).
  private var force: Bool
  private var written = false

  init(_ target: String, force: Bool, format: OutputFormat) {
    self.target = target
    self.force = force
    run = DocumentRun(format: format)
  }

  /// Whether `target` is a FIFO or a device (written through, not replaced).
  private var through: Bool {
    var info = stat()
    guard stat(target, &info) == 0 else { return false }
    return info.st_mode & S_IFMT != S_IFREG
  }

  /// After an answer: the file written again with every answer so far.
  func answered() throws(AnswerFileError) {
    guard !through else { return }
    try write()
  }

  /// When `.output` ends: a FIFO or device gets the document now; a file that has no answer
  /// yet is written too (a workbook with one empty sheet), as an empty `.output` file is.
  func finish() throws(AnswerFileError) {
    if through || !written { try write() }
  }

  private func write() throws(AnswerFileError) {
    let file = try AnswerFile.open(target, force: force, messages: .output)
    let bytes: [UInt8]
    do {
      bytes = try run.bytes()
    } catch {
      file.discard()
      throw AnswerFileError(
        message: replMessages.cannotWrite(target, String(describing: error)))
    }
    bytes.withUnsafeBufferPointer { file.write($0) }
    try file.place()
    written = true
    force = true
  }
}
