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
  /// `.thousands on|off`: amounts grouped by thousands in tables, markdown and charts.
  case thousands(Bool)
  /// `.output FILE [--force]`, or `.output` alone: back to the screen.
  case output(path: String?, force: Bool)
  case run(path: String, parameters: [String: String])
  /// `.set NAME VALUE`; `.set` alone lists the parameters.
  case set(name: String, value: String)
  case listParameters
  case example(Int?)
  /// `.lang zh|en`; `.lang` alone shows the language.
  case lang(Language?)
  case version
  case quit

  /// Every command name, as completed and suggested.
  static let names = [
    ".help", ".tables", ".schema", ".load", ".report", ".format", ".maxrows", ".timer",
    ".labels", ".thousands", ".output", ".run", ".set", ".example", ".lang", ".version", ".quit",
    ".exit",
  ]

  /// Whether `line` is a meta command (its first non-blank character is a dot).
  static func isMeta(_ line: String) -> Bool {
    line.drop(while: \.isWhitespace).first == "."
  }

  /// Parses a meta-command line; the error message says what was expected.
  static func parse(_ line: String) throws(MetaCommandError) -> MetaCommand {
    let words = try MetaWords.split(line)
    guard let first = words.first else { throw MetaCommandError(replMessages.emptyCommand()) }
    let name = first.lowercased()
    let args = Array(words.dropFirst())
    switch name {
    case ".help", ".h", ".?":
      try expect(args, atMost: 1, usage: replMessages.helpUsage())
      return .help(topic: args.first?.lowercased())
    case ".tables":
      try expect(args, atMost: 0, usage: Message(verbatim: ".tables"))
      return .tables
    case ".schema":
      try expect(args, atMost: 1, usage: replMessages.schemaUsage())
      return .schema(table: args.first)
    case ".load":
      guard !args.isEmpty else { throw MetaCommandError(usage: replMessages.loadUsage()) }
      return .load(paths: args)
    case ".report":
      try expect(args, atMost: 0, usage: Message(verbatim: ".report"))
      return .report
    case ".format", ".mode":
      return .format(try format(args))
    case ".maxrows":
      return .maxRows(try maxRows(args))
    case ".timer":
      guard args.count == 1, let on = Self.onOff[args[0].lowercased()] else {
        throw MetaCommandError(usage: Message(verbatim: ".timer on|off"))
      }
      return .timer(on)
    case ".labels":
      guard args.count == 1, let on = Self.onOff[args[0].lowercased()] else {
        throw MetaCommandError(usage: Message(verbatim: ".labels on|off"))
      }
      return .labels(on)
    case ".thousands":
      guard args.count == 1, let on = Self.onOff[args[0].lowercased()] else {
        throw MetaCommandError(usage: Message(verbatim: ".thousands on|off"))
      }
      return .thousands(on)
    case ".output":
      return try output(args)
    case ".run":
      return try run(args)
    case ".set":
      if args.isEmpty { return .listParameters }
      guard args.count >= 2 else { throw MetaCommandError(usage: replMessages.setUsage()) }
      var parameter = args[0]
      if parameter.hasPrefix("$") { parameter.removeFirst() }
      return .set(name: parameter, value: args.dropFirst().joined(separator: " "))
    case ".example", ".examples":
      try expect(args, atMost: 1, usage: replMessages.exampleUsage())
      guard let text = args.first else { return .example(nil) }
      guard let n = Int(text), n > 0 else {
        throw MetaCommandError(usage: replMessages.exampleUsage())
      }
      return .example(n)
    case ".lang", ".language":
      try expect(args, atMost: 1, usage: replMessages.langUsage())
      guard let text = args.first else { return .lang(nil) }
      guard let language = Language(name: text) else {
        throw MetaCommandError(replMessages.unknownLanguage(text))
      }
      return .lang(language)
    case ".version":
      try expect(args, atMost: 0, usage: Message(verbatim: ".version"))
      return .version
    case ".quit", ".exit", ".q":
      return .quit
    default:
      var message = replMessages.unknownCommand(first)
      if let near = Suggest.closest(to: name, among: names) {
        message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
      }
      throw MetaCommandError(
        message.joined(replMessages.helpListsCommands(), separator: (" ", "")))
    }
  }

  private static let onOff = ["on": true, "off": false, "yes": true, "no": false]

  private static func expect(_ args: [String], atMost n: Int, usage: Message)
    throws(MetaCommandError)
  {
    if args.count > n { throw MetaCommandError(usage: usage) }
  }

  private static func format(_ args: [String]) throws(MetaCommandError) -> OutputFormat? {
    let names = OutputFormat.allCases.map(\.rawValue)
    try expect(args, atMost: 1, usage: replMessages.formatUsage(names.joined(separator: "|")))
    guard let text = args.first else { return nil }
    if let format = OutputFormat(rawValue: text.lowercased()) { return format }
    var message = replMessages.unknownFormat(text)
    if let near = Suggest.closest(to: text, among: names) {
      message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
    }
    throw MetaCommandError(
      message.joined(replMessages.formatChoices(HelpText.formatList), separator: (" ", "")))
  }

  private static func maxRows(_ args: [String]) throws(MetaCommandError) -> Int?? {
    try expect(args, atMost: 1, usage: replMessages.maxRowsUsage())
    guard let text = args.first else { return .none }
    if text.lowercased() == "off" { return .some(nil) }
    guard let n = Int(text), n >= 0 else {
      throw MetaCommandError(usage: replMessages.maxRowsUsage())
    }
    return .some(n == 0 ? nil : n)
  }

  private static func output(_ args: [String]) throws(MetaCommandError) -> MetaCommand {
    let force = args.contains("--force")
    let rest = args.filter { $0 != "--force" }
    guard rest.count <= 1, !(force && rest.isEmpty) else {
      throw MetaCommandError(usage: replMessages.outputUsage())
    }
    return .output(path: rest.first, force: force)
  }

  private static func run(_ args: [String]) throws(MetaCommandError) -> MetaCommand {
    guard let path = args.first else { throw MetaCommandError(usage: replMessages.runUsage()) }
    var parameters: [String: String] = [:]
    for pair in args.dropFirst() {
      guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
        throw MetaCommandError(replMessages.badParameter(pair))
      }
      var name = String(pair[..<eq])
      if name.hasPrefix("$") { name.removeFirst() }
      parameters[name] = String(pair[pair.index(after: eq)...])
    }
    return .run(path: path, parameters: parameters)
  }
}

/// Why a meta command could not be parsed or run: a catalog message with its code.
struct MetaCommandError: Error, Equatable {
  var text: Message

  init(_ text: Message) { self.text = text }
  init(usage: Message) { self.text = replMessages.usage(usage) }

  /// The message in English (tests compare it).
  var message: String { text.en }

  /// `error[E1100]: …` in the current language, without a newline.
  var rendered: String {
    let language = Language.current
    let code = text.code.map { "[\($0)]" } ?? ""
    let colon = language == .zh ? "：" : ": "
    return Diagnostic.Severity.error.word(language) + code + colon + text.text(language)
  }
}

extension Message {
  /// This message followed by `other`, joined by `separator` (English, Chinese); keeps
  /// this message's code.
  func joined(_ other: Message, separator: (en: String, zh: String)) -> Message {
    Message(code: code, en: en + separator.en + other.en, zh: zh + separator.zh + other.zh)
  }
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
    if quoted { throw MetaCommandError(replMessages.unclosedQuote()) }
    if inWord { words.append(word) }
    return words
  }
}
