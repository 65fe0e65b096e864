import Foundation

/// A file of cases in the golden format of the bad-input corpus: `=== title`, input lines,
/// `----`, expected English lines, `---- zh`, expected Chinese lines; `#` lines before the
/// first case are comments. Every case runs in both languages.
struct CorpusFile {
  struct Case {
    var title: String
    /// The lines between the title and `----`.
    var input: [String]
    /// The text after `----` up to `---- zh`, with its final newline.
    var expected: String
    /// The text after `---- zh` up to the next case, with its final newline.
    var expectedZh: String = ""
  }

  /// `Tests/EngineTests/Fixtures/bad`.
  static let root: String = {
    let here = URL(fileURLWithPath: "\(#filePath)").resolvingSymlinksInPath()
    return here.deletingLastPathComponent().deletingLastPathComponent().path + "/Fixtures/bad"
  }()

  /// Whether to rewrite the expected texts from the actual ones (DANGKE_UPDATE_BAD_INPUT=1).
  static var updating: Bool {
    ProcessInfo.processInfo.environment["DANGKE_UPDATE_BAD_INPUT"] == "1"
  }

  var header: [String] = []
  var cases: [Case] = []

  init(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")[...]
    while let line = lines.first, !line.hasPrefix("=== ") {
      header.append(line)
      lines = lines.dropFirst()
    }
    while let line = lines.first {
      lines = lines.dropFirst()
      var current = Case(title: String(line.dropFirst(4)), input: [], expected: "")
      while let next = lines.first, next != "----" {
        current.input.append(Self.decode(next))
        lines = lines.dropFirst()
      }
      lines = lines.dropFirst()
      var expected: [String] = []
      var chinese: [String]?
      while let next = lines.first, !next.hasPrefix("=== ") {
        if next == "---- zh", chinese == nil {
          chinese = []
        } else if chinese != nil {
          chinese!.append(next)
        } else {
          expected.append(next)
        }
        lines = lines.dropFirst()
      }
      current.expected = Self.block(expected)
      current.expectedZh = Self.block(chinese ?? [])
      cases.append(current)
    }
  }

  private static func block(_ lines: [String]) -> String {
    var lines = lines
    while lines.last == "" { lines.removeLast() }
    return lines.isEmpty ? "" : decode(lines.joined(separator: "\n")) + "\n"
  }

  /// Writes the file back with `actual` English and Chinese texts in place of the expected
  /// ones.
  func write(to path: String, actual: [String], actualZh: [String]) throws {
    var out = header
    for ((c, text), textZh) in zip(zip(cases, actual), actualZh) {
      out.append("=== " + c.title)
      out += c.input.map(Self.encode)
      out.append("----")
      out.append(Self.encode(text))
      out.append("---- zh")
      out.append(Self.encode(textZh))
    }
    try out.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// `<U+XXXX>` → the character.
  static func decode(_ text: String) -> String {
    guard text.contains("<U+") else { return text }
    var result = ""
    var rest = text[...]
    while let open = rest.range(of: "<U+") {
      result += rest[..<open.lowerBound]
      let after = rest[open.upperBound...]
      if let close = after.firstIndex(of: ">"), let value = UInt32(after[..<close], radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        result.unicodeScalars.append(scalar)
        rest = after[after.index(after: close)...]
      } else {
        result += "<U+"
        rest = after
      }
    }
    return result + rest
  }

  /// Control and invisible characters (other than newline and tab) → `<U+XXXX>`.
  static func encode(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let invisible =
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
        || (0x200B...0x200F).contains(scalar.value) || scalar.value == 0xFEFF
      if invisible {
        result += "<U+" + String(format: "%04X", scalar.value) + ">"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
