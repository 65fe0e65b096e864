import Engine
import Lang

/// A REPL command starting with a dot (`.help`, `.load data/`): not part of the query language.
enum MetaCommand: Equatable {
  case help(topic: String?)
  case tables
  case schema(table: String?)
  case load(paths: [String])
  case report
  /// `.format` alone shows the current format.
  case format(OutputFormat?)
  /// `.maxrows N`; `.maxrows 0` or `off` is `.maxRows(.some(nil))`; alone it shows the setting.
  case maxRows(Int??)
  case timer(Bool)
  /// `.labels on|off`: codes shown by their Chinese labels.
  case labels(Bool)
  /// `.output FILE [--force]`, or `.output` alone: back to the screen.
  case output(path: String?, force: Bool)
  case run(path: String, parameters: [String: String])
  /// `.set NAME VALUE`; `.set` alone lists the parameters.
  case set(name: String, value: String)
  case listParameters
  case example(Int?)
  case quit

  /// Every command name, as completed and suggested.
  static let names = [
    ".help", ".tables", ".schema", ".load", ".report", ".format", ".maxrows", ".timer",
    ".labels", ".output", ".run", ".set", ".example", ".quit", ".exit",
  ]

  /// Whether `line` is a meta command (its first non-blank character is a dot).
  static func isMeta(_ line: String) -> Bool {
    line.drop(while: \.isWhitespace).first == "."
  }

  /// Parses a meta-command line; the error message says what was expected.
  static func parse(_ line: String) throws(MetaCommandError) -> MetaCommand {
    let words = try MetaWords.split(line)
    guard let first = words.first else { throw MetaCommandError("empty command") }
    let name = first.lowercased()
    let args = Array(words.dropFirst())
    switch name {
    case ".help", ".h", ".?":
      try expect(args, atMost: 1, usage: ".help [topic]")
      return .help(topic: args.first?.lowercased())
    case ".tables":
      try expect(args, atMost: 0, usage: ".tables")
      return .tables
    case ".schema":
      try expect(args, atMost: 1, usage: ".schema [TABLE]")
      return .schema(table: args.first)
    case ".load":
      guard !args.isEmpty else { throw MetaCommandError(usage: ".load PATH…") }
      return .load(paths: args)
    case ".report":
      try expect(args, atMost: 0, usage: ".report")
      return .report
    case ".format", ".mode":
      return .format(try format(args))
    case ".maxrows":
      return .maxRows(try maxRows(args))
    case ".timer":
      guard args.count == 1, let on = Self.onOff[args[0].lowercased()] else {
        throw MetaCommandError(usage: ".timer on|off")
      }
      return .timer(on)
    case ".labels":
      guard args.count == 1, let on = Self.onOff[args[0].lowercased()] else {
        throw MetaCommandError(usage: ".labels on|off")
      }
      return .labels(on)
    case ".output":
      return try output(args)
    case ".run":
      return try run(args)
    case ".set":
      if args.isEmpty { return .listParameters }
      guard args.count >= 2 else { throw MetaCommandError(usage: ".set NAME VALUE") }
      var parameter = args[0]
      if parameter.hasPrefix("$") { parameter.removeFirst() }
      return .set(name: parameter, value: args.dropFirst().joined(separator: " "))
    case ".example", ".examples":
      try expect(args, atMost: 1, usage: ".example [N]")
      guard let text = args.first else { return .example(nil) }
      guard let n = Int(text), n > 0 else { throw MetaCommandError(usage: ".example [N]") }
      return .example(n)
    case ".quit", ".exit", ".q":
      return .quit
    default:
      var message = "unknown command '\(first)'"
      if let near = Suggest.closest(to: name, among: names) {
        message += "; did you mean '\(near)'?"
      }
      throw MetaCommandError(message + " (.help lists the commands)")
    }
  }

  private static let onOff = ["on": true, "off": false, "yes": true, "no": false]

  private static func expect(_ args: [String], atMost n: Int, usage: String)
    throws(MetaCommandError)
  {
    if args.count > n { throw MetaCommandError(usage: usage) }
  }

  private static func format(_ args: [String]) throws(MetaCommandError) -> OutputFormat? {
    try expect(args, atMost: 1, usage: ".format table|csv|json|markdown|chart")
    guard let text = args.first else { return nil }
    if let format = OutputFormat(rawValue: text.lowercased()) { return format }
    var message = "unknown format '\(text)'"
    if let near = Suggest.closest(to: text, among: OutputFormat.allCases.map(\.rawValue)) {
      message += "; did you mean '\(near)'?"
    }
    throw MetaCommandError(message + " (table, csv, json, markdown or chart)")
  }

  private static func maxRows(_ args: [String]) throws(MetaCommandError) -> Int?? {
    try expect(args, atMost: 1, usage: ".maxrows N (0 or off: show every row)")
    guard let text = args.first else { return .none }
    if text.lowercased() == "off" { return .some(nil) }
    guard let n = Int(text), n >= 0 else {
      throw MetaCommandError(usage: ".maxrows N (0 or off: show every row)")
    }
    return .some(n == 0 ? nil : n)
  }

  private static func output(_ args: [String]) throws(MetaCommandError) -> MetaCommand {
    let force = args.contains("--force")
    let rest = args.filter { $0 != "--force" }
    guard rest.count <= 1, !(force && rest.isEmpty) else {
      throw MetaCommandError(usage: ".output FILE [--force], or .output to go back to the screen")
    }
    return .output(path: rest.first, force: force)
  }

  private static func run(_ args: [String]) throws(MetaCommandError) -> MetaCommand {
    guard let path = args.first else { throw MetaCommandError(usage: ".run FILE [name=value…]") }
    var parameters: [String: String] = [:]
    for pair in args.dropFirst() {
      guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
        throw MetaCommandError("parameters are name=value, e.g. month=2016-11 (got '\(pair)')")
      }
      var name = String(pair[..<eq])
      if name.hasPrefix("$") { name.removeFirst() }
      parameters[name] = String(pair[pair.index(after: eq)...])
    }
    return .run(path: path, parameters: parameters)
  }
}

/// Why a meta command could not be parsed or run.
struct MetaCommandError: Error, Equatable {
  var message: String

  init(_ message: String) { self.message = message }
  init(usage: String) { self.message = "usage: \(usage)" }
}

/// Splits a meta-command line into words at blanks; "double quotes" keep blanks in a word.
enum MetaWords {
  static func split(_ line: String) throws(MetaCommandError) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quoted = false
    for ch in line {
      if quoted {
        if ch == "\"" { quoted = false } else { word.append(ch) }
      } else if ch == "\"" {
        quoted = true
        inWord = true
      } else if ch.isWhitespace {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(ch)
        inWord = true
      }
    }
    if quoted { throw MetaCommandError("unclosed quote") }
    if inWord { words.append(word) }
    return words
  }
}
