import Engine
import Lang

/// One row of the dot-command table (`DotCommand.all`, in `DotCommandTable.swift`), in the
/// manner of DuckDB's shell metadata commands: its names, usage, help line, how its
/// arguments complete and parse, and what it does. `.help`, Tab completion, the unknown
/// command's did-you-mean and scripts all read the table.
struct DotCommand: Sendable {
  /// The name `.help` shows, then the aliases that are completed and suggested too.
  let names: [String]
  /// Further spellings that are accepted but not offered (`.h`, `.q`).
  var hidden: [String] = []
  /// `.help [TOPIC]`: after "usage:" and in `.help commands`.
  let usage: @Sendable () -> Message
  /// The line of `.help commands`.
  let help: @Sendable () -> Message
  /// What Tab offers for the arguments.
  var completion: DotCompletion = .nothing
  /// Whether the command needs a person at a terminal: in a script it is skipped with W1151.
  var promptOnly = false
  /// Whether it only changes a setting the statements after it read (`.set`, `.format`):
  /// `dangke check` runs it too.
  var checkRuns = false
  /// Reads the words after the name into the action to run.
  let bind: @Sendable ([String]) throws(DotCommandError) -> DotAction

  /// A row whose words parse into a value `A` that `run` then acts on. `A` is kept in the
  /// action, so tests can check what a line parses into.
  init<A>(
    _ names: [String], hidden: [String] = [], usage: @escaping @Sendable () -> Message,
    help: @escaping @Sendable () -> Message, completion: DotCompletion = .nothing,
    promptOnly: Bool = false, checkRuns: Bool = false,
    parse: @escaping @Sendable ([String]) throws(DotCommandError) -> A,
    run: @escaping @Sendable (ShellState, A) throws(DotCommandError) -> Void
  ) {
    self.names = names
    self.hidden = hidden
    self.usage = usage
    self.help = help
    self.completion = completion
    self.promptOnly = promptOnly
    self.checkRuns = checkRuns
    self.bind = { (words: [String]) throws(DotCommandError) -> DotAction in
      let value = try parse(words)
      return DotAction(arguments: value) { (state: ShellState) throws(DotCommandError) in
        try run(state, value)
      }
    }
  }

  /// The name `.help` shows.
  var name: String { names[0] }

  /// Whether `word` (lower-cased) names this command.
  func answers(to word: String) -> Bool { names.contains(word) || hidden.contains(word) }
}

/// A parsed dot command, ready to run.
struct DotAction {
  /// What the words parsed into (for tests).
  let arguments: Any
  let run: (ShellState) throws(DotCommandError) -> Void
}

/// What Tab offers after a command's name.
enum DotCompletion: Sendable {
  case nothing
  /// File and folder names; `firstOnly`: for the first argument only.
  case paths(firstOnly: Bool)
  /// Fixed words (formats, on/off, help topics).
  case words(@Sendable () -> [String])
  /// The tables of the data.
  case tables
}

/// A dot-command line found in the table.
struct DotLine {
  let command: DotCommand
  let action: DotAction
}

extension DotCommand {
  /// Whether `line` is a dot command (its first non-blank character is a dot).
  static func isDot(_ line: String) -> Bool {
    line.drop(while: \.isWhitespace).first == "."
  }

  /// Every name that is completed and suggested, in table order.
  static func offeredNames(in table: [DotCommand] = all) -> [String] {
    table.flatMap(\.names)
  }

  /// The row `word` names, or nil.
  static func find(_ word: String, in table: [DotCommand] = all) -> DotCommand? {
    let key = word.lowercased()
    return table.first { $0.answers(to: key) }
  }

  /// Reads a dot-command line: its row and its parsed arguments. The error says what was
  /// expected, with a did-you-mean for a misspelt name.
  static func parse(_ line: String, in table: [DotCommand] = all) throws(DotCommandError)
    -> DotLine
  {
    let words = try DotWords.split(line)
    guard let first = words.first else {
      throw DotCommandError(replMessages.emptyCommand())
    }
    guard let command = find(first, in: table) else {
      var message = replMessages.unknownCommand(first)
      if let near = Suggest.closest(to: first.lowercased(), among: offeredNames(in: table)) {
        message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
      }
      throw DotCommandError(
        message.joined(replMessages.helpListsCommands(), separator: (" ", "")))
    }
    return DotLine(command: command, action: try command.bind(Array(words.dropFirst())))
  }
}

/// Helpers for the rows' `parse`.
enum DotArguments {
  static let onOff = ["on": true, "off": false, "yes": true, "no": false]

  /// Refuses more than `n` words with the row's usage.
  static func atMost(_ n: Int, _ words: [String], usage: () -> Message) throws(DotCommandError) {
    if words.count > n { throw DotCommandError(usage: usage()) }
  }

  /// `on` or `off` (also `yes`/`no`), the only word.
  static func switchValue(_ words: [String], usage: () -> Message) throws(DotCommandError)
    -> Bool
  {
    guard words.count == 1, let on = onOff[words[0].lowercased()] else {
      throw DotCommandError(usage: usage())
    }
    return on
  }

  /// `FILE [--force]`; with `optional`, no file at all is allowed (nil).
  static func file(_ words: [String], optional: Bool, usage: () -> Message)
    throws(DotCommandError) -> FileTarget?
  {
    let force = words.contains("--force")
    let rest = words.filter { $0 != "--force" }
    guard rest.count <= 1, !(force && rest.isEmpty), optional || rest.count == 1 else {
      throw DotCommandError(usage: usage())
    }
    return rest.first.map { FileTarget(path: $0, force: force) }
  }

  /// `name=value` pairs (a leading `$` on the name is dropped).
  static func parameters(_ words: some Sequence<String>) throws(DotCommandError)
    -> [String: String]
  {
    var parameters: [String: String] = [:]
    for pair in words {
      guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
        throw DotCommandError(replMessages.badParameter(pair))
      }
      parameters[withoutDollar(String(pair[..<eq]))] = String(pair[pair.index(after: eq)...])
    }
    return parameters
  }

  static func withoutDollar(_ name: String) -> String {
    name.hasPrefix("$") ? String(name.dropFirst()) : name
  }
}

/// `.output FILE [--force]`, `.once FILE [--force]`.
struct FileTarget: Equatable {
  var path: String
  var force: Bool
}

/// Why a dot command could not be parsed or run: a catalog message with its code.
struct DotCommandError: Error, Equatable {
  var text: Message
  /// The failure was reported already (a script run by `.run` printed its own errors):
  /// nothing more is printed, but a script stops as at any error.
  var reported = false

  init(_ text: Message) { self.text = text }

  static let reported: DotCommandError = {
    var error = DotCommandError(Message(verbatim: ""))
    error.reported = true
    return error
  }()
  init(usage: Message) { self.text = replMessages.usage(usage) }

  /// The message in English (tests compare it).
  var message: String { text.en }

  /// `error[E1100]: …` in the current language, without a newline.
  var rendered: String { ErrorOutput.headline(text, .error) }
}

extension Message {
  /// This message followed by `other`, joined by `separator` (English, Chinese); keeps
  /// this message's code.
  func joined(_ other: Message, separator: (en: String, zh: String)) -> Message {
    Message(code: code, en: en + separator.en + other.en, zh: zh + separator.zh + other.zh)
  }
}

/// Splits a dot-command line into words at blanks; "double quotes" keep blanks in a word.
enum DotWords {
  static func split(_ line: String) throws(DotCommandError) -> [String] {
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
    if quoted { throw DotCommandError(replMessages.unclosedQuote()) }
    if inWord { words.append(word) }
    return words
  }
}
