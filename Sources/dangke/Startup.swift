import ArgumentParser
import Foundation
import Lang

/// `--lang zh|en`, accepted by every command. The language is chosen before the arguments
/// are parsed (`Startup.language`), so that `--help` is already in it; this option only
/// documents it and keeps the parser from refusing it.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(cliHelpMessages.lang().description, valueName: "zh|en"))
  var lang: String?
}

/// A usage error found after parsing (a bad `--set`, `--out` at the prompt): exit status 2.
struct UsageError: Error {
  var message: Message
}

/// What the process decides from its raw arguments before swift-argument-parser runs.
enum Startup {
  /// The value of the last `--lang X` or `--lang=X`, if any.
  static func languageArgument(_ arguments: [String]) -> String? {
    value(of: "--lang", in: arguments)
  }

  /// The language: `--lang` if given and known, else the locale's.
  static func language(_ arguments: [String], environment: [String: String]) -> Language {
    if let name = languageArgument(arguments), let language = Language(name: name) {
      return language
    }
    return Language.fromEnvironment(environment)
  }

  /// Whether errors are to be JSON lines (`--format json`).
  static func wantsJSON(_ arguments: [String]) -> Bool {
    value(of: "--format", in: arguments)?.lowercased() == "json"
  }

  /// The arguments without `--lang X` / `--lang=X`.
  static func withoutLanguage(_ arguments: [String]) -> [String] {
    var out: [String] = []
    var skip = false
    for argument in arguments {
      if skip {
        skip = false
        continue
      }
      if argument == "--lang" {
        skip = true
        continue
      }
      if argument.hasPrefix("--lang=") { continue }
      out.append(argument)
    }
    return out
  }

  private static func value(of option: String, in arguments: [String]) -> String? {
    var found: String?
    var i = 0
    while i < arguments.count {
      let argument = arguments[i]
      if argument == "--" { break }
      if argument == option, i + 1 < arguments.count {
        found = arguments[i + 1]
        i += 1
      } else if argument.hasPrefix(option + "=") {
        found = String(argument.dropFirst(option.count + 1))
      }
      i += 1
    }
    return found
  }
}
