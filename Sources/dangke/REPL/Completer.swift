import Engine
import Foundation
import Lang

/// Completions for the line being edited: the byte range of the line they replace, and the
/// candidates (text to insert, text to list).
struct LineCompletion: Equatable, Sendable {
  var replaced: Range<Int>
  var candidates: [CompletionCandidate]
  /// Shown under the list: the counts are not under the conditions typed so far.
  var note: Message? = nil

  static let none = LineCompletion(replaced: 0..<0, candidates: [])
}

/// Tab completion at the prompt: dot commands and their arguments (as each row of the
/// dot-command table says), and everything else from the Lang completion API over the loaded data.
struct Completer: Sendable {
  let context: StoreCompletionContext
  /// The lines already typed of an unfinished statement (joined with "\n"), or "".
  var pending = ""

  /// Completions for `line` with the cursor at UTF-8 byte offset `cursor`.
  func complete(line: String, cursor: Int) -> LineCompletion {
    if pending.isEmpty, DotCommand.isDot(line) {
      return completeDot(line: line, cursor: cursor)
    }
    let prefix = pending.isEmpty ? "" : pending + "\n"
    let shift = prefix.utf8.count
    let result = Completion.candidates(
      line: prefix + line, cursor: shift + cursor, context: context)
    let start = Swift.max(0, result.replaced.start - shift)
    let end = Swift.max(start, result.replaced.end - shift)
    return LineCompletion(
      replaced: start..<end, candidates: result.candidates, note: context.notes.take())
  }

  /// A dot command's name, or its argument as its row of the table says.
  private func completeDot(line: String, cursor: Int) -> LineCompletion {
    let bytes = Array(line.utf8)
    let upTo = Array(bytes[0..<Swift.min(cursor, bytes.count)])
    var wordStart = upTo.count
    if upTo.count(where: { $0 == UInt8(ascii: "\"") }) % 2 == 1,
      let quote = upTo.lastIndex(of: UInt8(ascii: "\""))
    {
      wordStart = quote  // inside "a quoted word" (a path with blanks)
    } else {
      while wordStart > 0, upTo[wordStart - 1] != UInt8(ascii: " ") { wordStart -= 1 }
    }
    let word = String(decoding: upTo[wordStart...], as: UTF8.self)
    let before = String(decoding: upTo[..<wordStart], as: UTF8.self)
    let earlier = before.split(separator: " ").map { $0.lowercased() }
    let range = wordStart..<upTo.count
    guard let name = earlier.first else {
      return choose(DotCommand.offeredNames(), prefix: word, range: range)
    }
    guard let command = DotCommand.find(name) else { return .none }
    switch command.completion {
    case .nothing:
      return .none
    case .paths(let firstOnly):
      if firstOnly, earlier.count > 1 { return .none }
      return LineCompletion(replaced: range, candidates: Self.paths(prefix: word))
    case .words(let words):
      return choose(words(), prefix: word, range: range)
    case .tables:
      return choose(context.tables(), prefix: word, range: range)
    }
  }

  private func choose(_ options: [String], prefix: String, range: Range<Int>) -> LineCompletion {
    let lowered = prefix.lowercased()
    var seen = Set<String>()
    let candidates =
      options
      .filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
      .map { CompletionCandidate(text: $0) }
    return LineCompletion(replaced: range, candidates: candidates)
  }

  /// File and folder names starting with `prefix` (a path as typed; `~/` is understood).
  /// Folders end with `/`; hidden names only when the prefix asks for them.
  /// A name with a blank is put in double quotes (as `.output "my report.csv"` is typed); a
  /// folder's quote stays open for the next Tab.
  static func paths(prefix typed: String) -> [CompletionCandidate] {
    let quoted = typed.hasPrefix("\"")
    let prefix = quoted ? String(typed.dropFirst()) : typed
    let slash = prefix.lastIndex(of: "/")
    let folderPart = slash.map { String(prefix[...$0]) } ?? ""
    let namePart = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
    var folder = folderPart.isEmpty ? "." : folderPart
    if folder.hasPrefix("~/") || folder == "~" {
      folder = NSHomeDirectory() + folder.dropFirst()
    }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return []
    }
    return
      names
      .filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }
      .sorted()
      .map { name in
        let suffix = isDirectory(folder + "/" + name) ? "/" : ""
        let path = folderPart + name
        guard quoted || path.contains(where: \.isWhitespace) else {
          return CompletionCandidate(text: path + suffix, display: name + suffix)
        }
        let text = "\"" + path + (suffix.isEmpty ? "\"" : suffix)
        return CompletionCandidate(text: text, display: name + suffix)
      }
  }
}
