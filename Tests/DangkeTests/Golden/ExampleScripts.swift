import Foundation
import TestSupport

/// A report script in examples/ with its expected output beside it.
///
/// The script's first comment line is the exact command that produced the output,
/// `# dangke run examples/NAME.dk --set month=2016-11`; it is run from the repository root
/// and its stdout must equal `NAME.out` byte for byte, with exit status 0.
struct ExampleScript: Equatable {
  /// Path relative to the repository root (`examples/monthly-report.dk`).
  var path: String
  /// The arguments after `dangke` on the command line.
  var arguments: [String]
  /// 1-based line of the command comment.
  var commandLine: Int

  /// The expected output's path relative to the root (`examples/monthly-report.out`).
  var outputPath: String { String(path.dropLast(3)) + ".out" }

  /// Reads the command from a script's text; a missing or malformed one is an error.
  init(path: String, text: String) throws {
    self.path = path
    let lines = LineDiff.lines(text)
    guard
      let index = lines.firstIndex(where: { $0.hasPrefix("#") && !$0.hasPrefix("#!") })
    else {
      throw GoldenError.badCommand(
        file: path, line: 1, reason: "no comment line with the command, e.g. `# dangke run \(path)`"
      )
    }
    commandLine = index + 1
    let words = try ShellWords.split(String(lines[index].dropFirst()))
    guard words.first == "dangke", words.count >= 3, words[1] == "run", words[2] == path else {
      throw GoldenError.badCommand(
        file: path, line: commandLine,
        reason: "the first comment line must be the command `# dangke run \(path) …`")
    }
    arguments = Array(words.dropFirst())
  }

  /// Every `*.dk` file directly in the examples folder, sorted by name.
  static func all(root: URL) throws -> [ExampleScript] {
    let folder = root.appendingPathComponent("examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".dk") }.sorted()
    return try names.map { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      return try ExampleScript(path: "examples/" + name, text: text)
    }
  }
}

/// Splits a command line into words the way a POSIX shell does for simple cases:
/// whitespace separates, '…' and "…" quote, backslash escapes one character.
enum ShellWords {
  struct Unterminated: Error, CustomStringConvertible {
    var description: String { "unterminated quote in the command line" }
  }

  static func split(_ line: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if let q = quote {
        if character == q { quote = nil } else { current.append(character) }
      } else if character == "\\" {
        escaped = true
        inWord = true
      } else if character == "'" || character == "\"" {
        quote = character
        inWord = true
      } else if character.isWhitespace {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if quote != nil || escaped { throw Unterminated() }
    if inWord { words.append(current) }
    return words
  }
}

/// Why an example script cannot be run: its command line is missing or malformed.
enum GoldenError: Error, CustomStringConvertible {
  case badCommand(file: String, line: Int, reason: String)

  var description: String {
    switch self {
    case .badCommand(let file, let line, let reason):
      return "\(file):\(line): \(reason)"
    }
  }
}
