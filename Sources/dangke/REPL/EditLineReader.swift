import CLibEdit
import Foundation
import Lang
import Synchronization

/// Reads lines with libedit (its readline-compatible API): editing, history with Ctrl-R
/// search, Tab completion, and Chinese input whatever the user's locale.
final class EditLineReader: LineReader {
  let history: History

  /// Sets a UTF-8 LC_CTYPE (libedit drops CJK input otherwise), starts libedit drawing on
  /// `output` (see TerminalInput), installs the Tab hook and loads the history file at
  /// `historyPath` (nil: no file).
  init(historyPath: String?, output: UnsafeMutablePointer<FILE>) {
    _ = dangke_use_utf8_ctype()
    dangke_rl_configure()
    TerminalInput.prepare(output: output)
    _ = rl_initialize()
    dangke_rl_configure()
    TerminalInput.configure()
    Self.insertHighCharactersInSearch()
    dangke_rl_set_completer(attemptCompletion)
    history = History(path: historyPath)
  }

  /// What Tab completes with; set before each prompt (it sees the current session and the
  /// lines already typed of the statement).
  var completer: Completer? {
    get { completionHook.withLock { $0 } }
    set { completionHook.withLock { $0 = newValue } }
  }

  /// The prompt being shown (for the redraw after a resize).
  static var currentPrompt: String { shownPrompt.withLock { $0 } }

  func readLine(prompt: String) -> LineInput {
    _ = Interrupts.shared.take()
    shownPrompt.withLock { $0 = prompt }
    TerminalInput.waitForPipedOutput()
    // Only while a line is read: elsewhere a resize must not interrupt a write (EINTR).
    let resize = ResizeHandler()
    defer { withExtendedLifetime(resize) {} }
    guard let raw = readline(prompt) else {
      TerminalInput.write("\n")
      return Interrupts.shared.take() ? .interrupted : .endOfFile
    }
    defer { free(raw) }
    return .line(String(cString: raw))
  }

  /// libedit's Ctrl-R search looks a typed character up in its key map by the character's low
  /// byte, so `王` (U+738B) hits the entry for 0x8B and ends the search. Binding 0x80–0xFF to
  /// ed-insert makes every non-ASCII character a search character (in normal editing,
  /// characters above 0xFF always insert; these bytes never arrive alone in UTF-8).
  private static func insertHighCharactersInSearch() {
    for byte in 0x80...0xFF {
      _ = rl_parse_and_bind("bind \\\\\(String(byte, radix: 8)) ed-insert")
    }
  }

  func addHistory(_ entry: String) {
    history.add(entry)
  }
}

/// The prompt `readLine` shows.
private let shownPrompt = Mutex("")

/// The completer the C callback reaches (a C function pointer cannot capture context).
private let completionHook = Mutex<Completer?>(nil)

/// The line and cursor an ambiguous Tab left behind: a second Tab on the same line lists the
/// candidates (libedit's own rule is "Tab twice in a row").
private let ambiguousTab = Mutex<AmbiguousTab?>(nil)

private struct AmbiguousTab: Equatable, Sendable {
  var line: String
  var cursor: Int
}

/// libedit's `rl_attempted_completion_function`: `text` is the word before the cursor, which
/// ends at character offset `end`. Returns a malloc'd, NULL-terminated array: the text to put
/// in place of `text` (given twice: libedit then takes it as the one match).
///
/// Several candidates are never handed to libedit: it would list them padded by bytes and
/// sorted by bytes. The first Tab puts in their common prefix (and beeps when that adds
/// nothing); the next Tab on the same line draws the list (CandidateColumns), then has
/// libedit draw the prompt and the line again under it, as its own list does.
private func attemptCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  dangke_rl_set_completion_over(1)
  guard let completer = completionHook.withLock({ $0 }) else { return nil }
  let word = text.map { String(cString: $0) } ?? ""
  var line = dangke_rl_line_buffer().map { String(cString: $0) } ?? word
  var cursor = LibEditMatches.byteOffset(ofCharacter: Int(end), in: line, endingWith: word)
  if !line.utf8.prefix(cursor).reversed().starts(with: word.utf8.reversed()) {
    // rl_line_buffer is a pointer libedit refreshes only on init and resize; if it no
    // longer shows the line, complete the word alone rather than guess.
    line = word
    cursor = word.utf8.count
  }
  let completion = completer.complete(line: line, cursor: cursor)
  let wordStart = cursor - word.utf8.count
  let matches = LibEditMatches(line: line, wordStart: wordStart, completion: completion)
  guard let first = matches.replacement else {
    ambiguousTab.withLock { $0 = nil }
    return nil
  }
  dangke_rl_set_append_character(matches.appendSpace ? 32 : 0)
  if matches.listed.count > 1 {
    let here = AmbiguousTab(line: line, cursor: cursor)
    let bytes = Array(line.utf8)
    let after = AmbiguousTab(
      line: String(decoding: bytes[..<wordStart], as: UTF8.self) + first
        + String(decoding: bytes[cursor...], as: UTF8.self),
      cursor: wordStart + first.utf8.count)
    let again = ambiguousTab.withLock { last in
      defer { last = after }
      return last == here
    }
    if again {
      showCandidates(matches.listed, note: completion.note)
    } else if after == here {
      _ = rl_ding()
    }
  } else {
    ambiguousTab.withLock { $0 = nil }
  }
  return cStringArray([first, first])
}

/// More candidates than this are listed only after the user says yes (libedit's and bash's
/// `completion-query-items`).
let candidateQueryLimit = 100

/// Writes the candidate list under the line being edited, then redraws the prompt and line.
/// A list longer than `candidateQueryLimit` asks first; any key but `y` skips it.
private func showCandidates(_ candidates: [String], note: Message?) {
  dangke_rl_flush()
  TerminalInput.write("\n")
  if candidates.count > candidateQueryLimit {
    TerminalInput.write(completionListMessages.showAll(candidates.count).description)
    var key: UInt8 = 0
    while read(STDIN_FILENO, &key, 1) < 0, errno == EINTR {}
    TerminalInput.write("\n")
    guard key == UInt8(ascii: "y") || key == UInt8(ascii: "Y") || key == UInt8(ascii: " ") else {
      rl_forced_update_display()
      return
    }
  }
  let lines = CandidateColumns.lines(candidates, screenWidth: Int(dangke_rl_screen_width()))
  TerminalInput.write(lines.map { $0 + "\n" }.joined())
  if let note { TerminalInput.write(note.description + "\n") }
  rl_forced_update_display()
}

/// A malloc'd, NULL-terminated array of strdup'd strings: libedit frees both with free().
private func cStringArray(_ entries: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
{
  let raw = malloc((entries.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)!
  let result = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
  for (i, entry) in entries.enumerated() { result[i] = strdup(entry) }
  result[entries.count] = nil
  return result
}
