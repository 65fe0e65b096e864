import Foundation

/// A file of cases in the golden format of the bad-input corpus: `=== title`, input lines,
/// `----`, expected lines; `#` lines before the first case are comments.
struct CorpusFile {
  struct Case {
    var title: String
    /// The lines between the title and `----`.
    var input: [String]
    /// The text after `----` up to the next case, with its final newline.
    var expected: String
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
      while let next = lines.first, !next.hasPrefix("=== ") {
        expected.append(next)
        lines = lines.dropFirst()
      }
      while expected.last == "" { expected.removeLast() }
      current.expected =
        expected.isEmpty ? "" : Self.decode(expected.joined(separator: "\n")) + "\n"
      cases.append(current)
    }
  }

  /// Writes the file back with `actual` texts in place of the expected ones.
  func write(to path: String, actual: [String]) throws {
    var out = header
    for (c, text) in zip(cases, actual) {
      out.append("=== " + c.title)
      out += c.input.map(Self.encode)
      out.append("----")
      out.append(Self.encode(text))
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
