import Lang

/// The text of a script (a `run` file, `.run FILE`, the init file, standard input, `-c`): a
/// leading UTF-8 byte order mark is skipped (Notepad writes one), and bytes that are not UTF-8
/// are an error naming the line and column, never read as something else.
///
/// A script in GBK (what Notepad or WPS saves on a Chinese Windows) is refused, not decoded:
/// a script is a program, and a guessed encoding could run a different query without a word
/// (a name in `where` that matches nothing). Data files are another matter: the loader
/// decodes GB18030 and reports the encoding it chose.
enum ScriptText {
  /// Where the first byte that is not UTF-8 is, and whether the bytes read as GBK.
  struct NotUTF8: Error {
    var line: Int
    /// 1-based byte column in the line.
    var column: Int
    var byte: UInt8
    var looksLikeGBK: Bool

    /// The message for the script named `name`.
    func message(_ name: String) -> (Message, Message) {
      let hex = String(byte, radix: 16, uppercase: true)
      let m = scriptMessages
      return (
        m.notUTF8(name, line, column, hex.count == 1 ? "0" + hex : hex),
        looksLikeGBK ? m.resaveGBK() : m.resave()
      )
    }
  }

  /// The script's text from its bytes.
  static func decode(_ bytes: [UInt8]) -> Result<String, NotUTF8> {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let bad = firstInvalidUTF8(body) {
      var line = 1
      var lineStart = body.startIndex
      for i in body.startIndex..<bad where body[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      return .failure(
        NotUTF8(
          line: line, column: bad - lineStart + 1, byte: body[bad],
          looksLikeGBK: isGBK(body)))
    }
    var text = String(decoding: body, as: UTF8.self)
    if text.hasPrefix("#!") { text = "#" + text.dropFirst() }
    return .success(text)
  }

  /// `-c TEXT` without a leading byte order mark (a copy from a file that had one).
  static func command(_ text: String) -> String {
    text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
  }

  /// The index of the first byte of `bytes` that does not start a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = bytes[i]
      let length: Int
      switch b {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return i
      }
      guard i + length <= bytes.endIndex else { return i }
      for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      if length == 3 {
        let c = bytes[i + 1]
        if (b == 0xE0 && c < 0xA0) || (b == 0xED && c >= 0xA0) { return i }
      } else if length == 4 {
        let c = bytes[i + 1]
        if (b == 0xF0 && c < 0x90) || (b == 0xF4 && c >= 0x90) { return i }
      }
      i += length
    }
    return nil
  }

  /// Whether every byte above ASCII is part of a GBK / GB18030 character: a lead byte
  /// 0x81-0xFE and a trail byte 0x40-0xFE (not 0x7F), or four bytes with digits in between.
  static func isGBK(_ bytes: ArraySlice<UInt8>) -> Bool {
    var i = bytes.startIndex
    var chinese = 0
    while i < bytes.endIndex {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      guard (0x81...0xFE).contains(b), i + 1 < bytes.endIndex else { return false }
      let t = bytes[i + 1]
      if (0x40...0xFE).contains(t), t != 0x7F {
        i += 2
      } else if (0x30...0x39).contains(t), i + 3 < bytes.endIndex,
        (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3])
      {
        i += 4
      } else {
        return false
      }
      chinese += 1
    }
    return chinese > 0
  }
}

/// The messages of a script's text (code E1245).
struct ScriptMessages: MessageCatalog {
  let notUTF8 = MessageSpec(
    "E1245", en: "{0}:{1}:{2}: the script is not UTF-8 text (byte 0x{3})",
    zh: "{0}:{1}:{2}：脚本不是 UTF-8 文本（字节 0x{3}）",
    explain: (
      en: "Scripts are read as UTF-8 (a byte order mark at the start is fine). The line and"
        + " column (in bytes) say where the first byte that is not UTF-8 is. A script saved"
        + " as GBK is not decoded by guess: a wrong guess would run a different query. Save"
        + " the script again as UTF-8.",
      zh: "脚本按 UTF-8 读取（开头有字节顺序标记也可以）。行号和列号（按字节算）指出第一个不是 UTF-8 的字节在哪里。"
        + "存成 GBK 的脚本不会靠猜来解码：猜错了就会执行另一条查询。请把脚本另存为 UTF-8。"
    ), example: "dangke run report-gbk.dk")
  let resaveGBK = MessageSpec(
    en: "it looks saved as GBK (ANSI on a Chinese Windows); save it again as UTF-8"
      + " (Notepad: File > Save As, Encoding: UTF-8)",
    zh: "它像是存成了 GBK（中文 Windows 的 ANSI）；请另存为 UTF-8（记事本：文件 > 另存为，编码选 UTF-8）")
  let resave = MessageSpec(
    en: "save it again as UTF-8", zh: "请把它另存为 UTF-8")
}

let scriptMessages = ScriptMessages()
