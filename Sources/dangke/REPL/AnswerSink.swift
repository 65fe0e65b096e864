import Foundation
import Lang

/// Where answers go: the screen, or (after `.output FILE`) a file, or for one statement
/// (after `.once FILE`) another file. Both are `AnswerFile`s: written under a temporary name
/// in the same folder. An `.output` file takes its name as its first answer is written (so it
/// can be read while the prompt runs on; every later write goes straight into it); a `.once`
/// file only when its statement succeeded, whole.
final class AnswerSink {
  private var redirect: AnswerFile?
  /// `.output FILE.xlsx` (or `.html`): a document written again after every answer.
  private(set) var document: DocumentOutput?
  /// `.once`: takes the answers of one statement, over `redirect`.
  private var onceRedirect: AnswerFile?
  private let screen: (String) -> Void
  /// How many answer texts were written so far.
  private(set) var writes = 0
  /// Written in front of the next answer text, then dropped: the blank line between two
  /// tables of a script whose statements a dot command parts.
  var separator: String?
  /// Where an `.output` file's failure is told (the answers go back to the screen then).
  var report: (DotCommandError) -> Void = { _ in }

  init(screen: @escaping (String) -> Void) {
    self.screen = screen
  }

  /// Applied to what goes to the screen (not to a file): csv's control characters made
  /// visible on a terminal (`ShellState.showControlsOnTerminal`).
  var screenFilter: ((String) -> String)?

  /// The file answers go to, or nil for the screen.
  var target: String? { redirect?.target }

  /// Whether answers go to the screen (no `.output` or `.once` file).
  var toScreen: Bool { redirect == nil && onceRedirect == nil }

  func write(_ text: String) {
    writes += 1
    var text = text
    // The separator goes out with the answer, in one write rather than two.
    if let separator {
      self.separator = nil
      text = separator + text
    }
    if let once = onceRedirect { return once.write(text) }
    guard let redirect else { return screen(screenFilter?(text) ?? text) }
    redirect.write(text)
    outputWritten(redirect)
  }

  /// Writes a whole document (a workbook's bytes) to the file being written.
  func write(bytes: [UInt8]) {
    guard let current = onceRedirect ?? redirect else { return }
    bytes.withUnsafeBufferPointer { current.write($0) }
    if onceRedirect == nil, let redirect { outputWritten(redirect) }
  }

  /// After a write to the `.output` file: it takes its name with the first answer; a failed
  /// write is told once and the answers go back to the screen.
  private func outputWritten(_ file: AnswerFile) {
    do {
      if file.failure != 0 {
        try file.close()
      } else if !file.placed {
        try file.place(keepOpen: true)
      }
    } catch {
      file.discard()
      redirect = nil
      report(DotCommandError(error.message))
    }
  }

  /// Refuses what `open` would refuse (`.once FILE` checks when it is typed).
  static func check(_ path: String, force: Bool, once: Bool) throws(DotCommandError) {
    do {
      try AnswerFile.check(path, force: force, messages: once ? .once : .output)
    } catch {
      throw DotCommandError(error.message)
    }
  }

  /// Sends answers to `path`. Refuses an existing file unless `force`.
  func open(_ path: String, force: Bool) throws(DotCommandError) {
    try Self.check(path, force: force, once: false)
    try close()
    redirect = try Self.file(path, force: force, messages: .output)
  }

  /// Sends answers to the document `path` (a workbook or a page), written after each one.
  func open(document path: String, force: Bool, format: OutputFormat) throws(DotCommandError) {
    try Self.check(path, force: force, once: false)
    try close()
    document = DocumentOutput(path, force: force, format: format)
  }

  /// After an answer to the document: it is written again; a failed write is told once and
  /// the answers go back to the screen.
  func documentAnswered() {
    guard let document else { return }
    do {
      try document.answered()
    } catch {
      self.document = nil
      report(DotCommandError(error.message))
    }
  }

  /// Sends the answers of one statement to `path` until `closeOnce`.
  func openOnce(_ path: String, force: Bool) throws(DotCommandError) {
    onceRedirect = try Self.file(path, force: force, messages: .once)
  }

  private static func file(
    _ path: String, force: Bool, messages: AnswerFileMessages
  ) throws(DotCommandError) -> AnswerFile {
    do {
      return try AnswerFile.open(path, force: force, messages: messages)
    } catch {
      throw DotCommandError(error.message)
    }
  }

  /// Ends `.once`: the file is put in place when `keep`, else removed (an old file stays as
  /// it was). Returns the path written.
  @discardableResult
  func closeOnce(keep: Bool) throws(DotCommandError) -> String? {
    guard let current = onceRedirect else { return nil }
    onceRedirect = nil
    guard keep else {
      current.discard()
      return nil
    }
    return try Self.finish(current)
  }

  /// Finishes the file being written (an empty one takes its name now) and goes back to the
  /// screen. Returns the path written, or nil when answers were going to the screen.
  @discardableResult
  func close() throws(DotCommandError) -> String? {
    if let current = document {
      document = nil
      do {
        try current.finish()
      } catch {
        throw DotCommandError(error.message)
      }
      return current.target
    }
    guard let current = redirect else { return nil }
    redirect = nil
    return try Self.finish(current)
  }

  private static func finish(_ file: AnswerFile) throws(DotCommandError) -> String {
    do {
      try file.place()
    } catch {
      file.discard()
      throw DotCommandError(error.message)
    }
    return file.target
  }
}
