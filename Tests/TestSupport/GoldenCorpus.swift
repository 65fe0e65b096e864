import Foundation

/// Whether the golden suites rewrite their expected outputs instead of comparing them: the one
/// switch for every golden suite (`DANGKE_UPDATE_GOLDEN=1`, set by `scripts/update-golden.sh`).
public enum Golden {
  /// The environment variable that turns updating on.
  public static let updateVariable = "DANGKE_UPDATE_GOLDEN"

  /// Whether this run rewrites expected outputs rather than comparing them.
  public static var updating: Bool {
    ProcessInfo.processInfo.environment[updateVariable] == "1"
  }
}

/// A corpus of golden cases in the style of sqllogictest: one file, or a folder whose files are
/// read in name order (one file a feature). A file is
///
///     # comment lines (the file's plan: what it covers, what is still missing)
///
///     === title
///     input lines
///     ----
///     the expected English text
///     ---- zh
///     the expected Chinese text
///
/// and so on, case after case. Lines before the first `=== ` are the header, kept when the file
/// is rewritten; trailing blank lines of an expected text do not count; `<U+XXXX>` stands for
/// that character (control and invisible characters are written so when rewriting).
public struct GoldenCorpus {
  /// One case, from the file named `file`.
  public struct Case: Sendable {
    /// The file's name (`periods.txt`), for messages.
    public var file: String
    public var title: String
    /// The lines between the title and `----`.
    public var input: [String]
    /// The English text after `----`: its lines joined by newlines, with no final newline.
    public var expected: String
    /// The Chinese text after `---- zh`, likewise.
    public var expectedZh: String

    /// `expected` as a program prints it: every line ended by a newline.
    public var expectedPrinted: String { expected.isEmpty ? "" : expected + "\n" }
    /// `expectedZh` as a program prints it.
    public var expectedZhPrinted: String { expectedZh.isEmpty ? "" : expectedZh + "\n" }
    /// The input lines joined by newlines.
    public var inputText: String { input.joined(separator: "\n") }
    /// `file: title`, to name the case in a failure.
    public var name: String { "\(file): \(title)" }
  }

  /// One file of cases.
  public struct File {
    public var path: String
    public var header: [String] = []
    public var cases: [Case] = []

    public init(path: String) throws {
      self.path = path
      let name = URL(fileURLWithPath: path).lastPathComponent
      let text = try String(contentsOfFile: path, encoding: .utf8)
      var lines = text.components(separatedBy: "\n")[...]
      while let line = lines.first, !line.hasPrefix("=== ") {
        header.append(line)
        lines = lines.dropFirst()
      }
      while let line = lines.first {
        lines = lines.dropFirst()
        var input: [String] = []
        while let next = lines.first, next != "----", !next.hasPrefix("=== ") {
          input.append(GoldenCorpus.decode(next))
          lines = lines.dropFirst()
        }
        if lines.first == "----" { lines = lines.dropFirst() }
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
        cases.append(
          Case(
            file: name, title: String(line.dropFirst(4)), input: input,
            expected: GoldenCorpus.block(expected), expectedZh: GoldenCorpus.block(chinese ?? [])))
      }
    }

    /// The file's text with `actual` English and Chinese texts (one pair a case, in order) in
    /// place of the expected ones.
    public func text(actual: [(en: String, zh: String)]) -> String {
      var out = header
      for (c, text) in zip(cases, actual) {
        out.append("=== " + c.title)
        out += c.input.map(GoldenCorpus.encode)
        out.append("----")
        if let en = GoldenCorpus.trimmed(text.en) { out.append(GoldenCorpus.encode(en)) }
        out.append("---- zh")
        if let zh = GoldenCorpus.trimmed(text.zh) { out.append(GoldenCorpus.encode(zh)) }
        out.append("")
      }
      return out.joined(separator: "\n")
    }
  }

  /// The files, in name order.
  public var files: [File]

  /// Every case of every file, in order.
  public var cases: [Case] { files.flatMap(\.cases) }

  /// Reads a corpus file, or every file of a folder (in name order; names starting with a dot
  /// are skipped).
  public init(path: String) throws {
    files = try Self.paths(path).map { try File(path: $0) }
  }

  /// The path itself when it is a file; when it is a folder, the paths of its files in name
  /// order (names starting with a dot are skipped). For every corpus split by feature.
  public static func paths(_ path: String) throws -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    guard isFolder.boolValue else { return [path] }
    return try FileManager.default.contentsOfDirectory(atPath: path)
      .filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
  }

  /// Runs every case through `actual` (its English and Chinese texts) and compares them with
  /// the expected ones; when `Golden.updating`, rewrites the corpus with them instead.
  /// Returns one report a text that differs, with a line diff (none when updating). With
  /// `printed`, the actual texts are as a program prints them, every line ended by a newline.
  public func check(
    printed: Bool = false, _ actual: (Case) throws -> (en: String, zh: String)
  ) throws -> [String] {
    var texts: [(en: String, zh: String)] = []
    var reports: [String] = []
    for c in cases {
      let text = try actual(c)
      texts.append(text)
      let expected =
        printed ? (c.expectedPrinted, c.expectedZhPrinted) : (c.expected, c.expectedZh)
      for (language, want, got) in [
        ("English", expected.0, text.en), ("Chinese", expected.1, text.zh),
      ] {
        guard
          let diff = LineDiff.unified(
            expected: want, actual: got, expectedLabel: "expected (\(c.file))",
            actualLabel: "actual")
        else { continue }
        reports.append("case '\(c.title)' of \(c.file), in \(language):\n\(diff)")
      }
    }
    if Golden.updating {
      try write(actual: texts)
      return []
    }
    return reports
  }

  /// Rewrites every file with `actual` texts, one pair a case in the order of `cases`. Files
  /// whose text does not change are not written.
  public func write(actual: [(en: String, zh: String)]) throws {
    precondition(actual.count == cases.count, "one actual text a case")
    var rest = actual[...]
    for file in files {
      let text = file.text(actual: Array(rest.prefix(file.cases.count)))
      rest = rest.dropFirst(file.cases.count)
      let old = try? String(contentsOfFile: file.path, encoding: .utf8)
      if text != old { try text.write(toFile: file.path, atomically: true, encoding: .utf8) }
    }
  }

  /// The lines of an expected block without trailing blank lines, joined, decoded.
  static func block(_ lines: [String]) -> String {
    var lines = lines
    while lines.last == "" { lines.removeLast() }
    return decode(lines.joined(separator: "\n"))
  }

  /// The text without its trailing newlines, or nil when nothing is left.
  static func trimmed(_ text: String) -> String? {
    var text = Substring(text)
    while text.last == "\n" { text = text.dropLast() }
    return text.isEmpty ? nil : String(text)
  }

  /// `<U+XXXX>` → the character.
  public static func decode(_ text: String) -> String {
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
  public static func encode(_ text: String) -> String {
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
