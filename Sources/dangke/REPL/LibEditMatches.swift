import Lang

/// Turns a `LineCompletion` (a byte range of the line and candidates) into what libedit wants:
/// a replacement for the word it found before the cursor, and the entries to list.
struct LibEditMatches: Equatable {
  /// What replaces libedit's word: the single candidate, or the candidates' common prefix;
  /// nil when nothing fits.
  var replacement: String?
  /// The display texts to list when there are several candidates.
  var listed: [String]
  /// Whether to add a space after a single completion (not after `member.` or a folder).
  var appendSpace: Bool

  /// `wordStart`: the byte offset where libedit's word begins (it replaces from there to the
  /// cursor); the completion may start earlier or later than that.
  init(line: String, wordStart: Int, completion: LineCompletion) {
    let bytes = Array(line.utf8)
    let range = completion.replaced
    var texts: [String] = []
    var listed: [String] = []
    for candidate in completion.candidates {
      guard let text = Self.relative(candidate.text, range: range, wordStart: wordStart, bytes)
      else { continue }
      texts.append(text)
      listed.append(candidate.display)
    }
    self.listed = listed
    switch texts.count {
    case 0:
      replacement = nil
      appendSpace = false
    case 1:
      replacement = texts[0]
      appendSpace = !(texts[0].hasSuffix(".") || texts[0].hasSuffix("/") || texts[0].hasSuffix("("))
    default:
      let typed = String(decoding: bytes[Swift.min(wordStart, bytes.count)...], as: UTF8.self)
      let common = Self.commonPrefix(texts)
      // Never shorten what was typed (libedit deletes the word before inserting).
      replacement = common.utf8.count >= typed.utf8.count ? common : typed
      appendSpace = false
    }
  }

  /// `text` (which replaces `range`) rewritten to replace from `wordStart` to the cursor.
  private static func relative(
    _ text: String, range: Range<Int>, wordStart: Int, _ bytes: [UInt8]
  ) -> String? {
    let start = Swift.min(range.lowerBound, bytes.count)
    if start >= wordStart {
      let kept = String(decoding: bytes[Swift.min(wordStart, bytes.count)..<start], as: UTF8.self)
      return kept + text
    }
    let covered = String(decoding: bytes[start..<Swift.min(wordStart, bytes.count)], as: UTF8.self)
    guard text.hasPrefix(covered) else { return nil }
    return String(text.dropFirst(covered.count))
  }

  /// The longest common prefix, by whole characters.
  static func commonPrefix(_ texts: [String]) -> String {
    guard var prefix = texts.first.map(Array.init) else { return "" }
    for text in texts.dropFirst() {
      let chars = Array(text)
      var n = 0
      while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
      prefix.removeSubrange(n...)
    }
    return String(prefix)
  }

  /// The UTF-8 offset of the cursor that libedit gives as `character` (wide characters).
  /// If counting characters does not put `word` right before it, `character` is taken as a
  /// byte offset (what older libedits pass).
  static func byteOffset(ofCharacter character: Int, in line: String, endingWith word: String)
    -> Int
  {
    let scalars = line.unicodeScalars
    let index =
      scalars.index(scalars.startIndex, offsetBy: character, limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    let offset = line.utf8.distance(from: line.utf8.startIndex, to: index)
    if Array(line.utf8[..<index]).suffix(word.utf8.count).elementsEqual(word.utf8) {
      return offset
    }
    return Swift.min(character, line.utf8.count)
  }
}
