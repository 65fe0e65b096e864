import ArgumentParser
import Lang

/// The help swift-argument-parser writes, arranged and translated: the top-level `--help`
/// shows the default command's options above the subcommands, and in Chinese the headings
/// and the parser's own words are Chinese too.
enum HelpOutput {
  /// One block of a help text: a heading (`OPTIONS:`; empty for the text before the first
  /// heading) and its lines.
  struct Section {
    var heading: String
    var lines: [String]
  }

  /// `dangke --help`: what `dangke` does, how the default command (the prompt, `-c`) is
  /// used with its arguments and options, then the subcommands.
  static func topLevel() -> String {
    let root = sections(Dangke.helpMessage(columns: 100))
    let open = sections(Open.helpMessage(columns: 100))
    let u = usageHeading
    var out: [Section] = []
    if let overview = root.first(where: { $0.heading == overviewHeading }) { out.append(overview) }
    if let usage = open.first(where: { $0.heading == u }) {
      var lines = usage.lines.map(withoutOpen)
      lines.append(String(repeating: " ", count: u.count) + " dangke <subcommand>")
      out.append(Section(heading: u, lines: lines))
    }
    out += open.filter { $0.heading == argumentsHeading }
    var options = open.first(where: { $0.heading == optionsHeading })?.lines ?? []
    for line in root.first(where: { $0.heading == optionsHeading })?.lines ?? []
    where !options.contains(line) {
      options.append(line)
    }
    out.append(Section(heading: optionsHeading, lines: options))
    out += root.filter { $0.heading == subcommandsHeading }
    return render(out).trimmingCharacters(in: .newlines) + "\n\n  "
      + cliHelpMessages.completionNote().description + "\n"
  }

  static var overviewHeading: String { cliHelpMessages.overviewHeading.en }
  static var usageHeading: String { cliHelpMessages.usageHeading.en }
  static var argumentsHeading: String { cliHelpMessages.argumentsHeading.en }
  static var optionsHeading: String { cliHelpMessages.optionsHeading.en }
  static var subcommandsHeading: String { cliHelpMessages.subcommandsHeading.en }

  /// Splits a help text at its headings. A heading shares its line with text for
  /// `OVERVIEW: …` and `USAGE: …`; that text becomes the section's first line.
  static func sections(_ text: String) -> [Section] {
    var result: [Section] = [Section(heading: "", lines: [])]
    for line in text.components(separatedBy: "\n") {
      if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "),
        line[..<colon].allSatisfy({ $0.isUppercase && $0.isLetter }), !line[..<colon].isEmpty
      {
        let heading = String(line[...colon])
        let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        result.append(Section(heading: heading, lines: rest.isEmpty ? [] : [rest]))
      } else {
        result[result.count - 1].lines.append(line)
      }
    }
    return result.map { section in
      var section = section
      while section.lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true {
        section.lines.removeLast()
      }
      return section
    }.filter { !$0.heading.isEmpty || !$0.lines.isEmpty }
  }

  static func render(_ sections: [Section]) -> String {
    sections.map { section in
      guard let first = section.lines.first else { return section.heading }
      if section.heading == overviewHeading || section.heading == usageHeading {
        return ([section.heading + " " + first] + section.lines.dropFirst())
          .joined(separator: "\n")
      }
      return ([section.heading] + section.lines).joined(separator: "\n")
    }.joined(separator: "\n\n") + "\n"
  }

  /// The help text in the current language: headings and the parser's fixed phrases.
  static func translate(_ text: String) -> String {
    guard Language.current == .zh else { return text }
    let m = cliHelpMessages
    var out = text
    for spec in [
      m.overviewHeading, m.usageHeading, m.argumentsHeading, m.optionsHeading,
      m.subcommandsHeading, m.usageWord, m.helpFlag, m.versionFlag, m.seeSubcommandHelp,
    ] {
      out = out.replacingOccurrences(of: spec.en + " ", with: spec.zh)
      out = out.replacingOccurrences(of: spec.en, with: spec.zh)
    }
    out = out.replacingOccurrences(of: m.valuesWord.en, with: m.valuesWord.zh)
    out = out.replacingOccurrences(of: m.defaultWord.en, with: m.defaultWord.zh)
    return out
  }

  /// The message of an error swift-argument-parser reports (its first line, without
  /// `Error: `), with its usage lines after it.
  static func parserError(_ fullMessage: String) -> (message: Message, usage: String) {
    var lines = fullMessage.components(separatedBy: "\n")
    var first = lines.isEmpty ? fullMessage : lines.removeFirst()
    if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
    var zh = first
    for (en, chinese) in parserPhrases where zh.hasPrefix(en) {
      zh = chinese + zh.dropFirst(en.count)
    }
    let near = cliHelpMessages.didYouMean
    zh = zh.replacingOccurrences(of: ". " + near.en + " ", with: "，" + near.zh)
    let spec = cliMessages.usage
    let message = Message(
      code: spec.code, en: first, zh: spec.zh.replacingOccurrences(of: "{0}", with: zh))
    let usage = lines.filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("  See '")
    }.map(withoutOpen).joined(separator: "\n")
    return (message, usage)
  }

  /// A usage line of the default command as the user types it: `dangke [<data> ...]`, not
  /// `dangke open [<data> ...]` (nor `open …`, as the command shows it on its own).
  static func withoutOpen(_ line: String) -> String {
    var line = line.replacingOccurrences(of: "dangke open ", with: "dangke ")
    if line.hasPrefix("open ") { line = "dangke " + line.dropFirst("open ".count) }
    return line
  }

  /// The start of swift-argument-parser's commonest errors, in Chinese.
  static var parserPhrases: [(String, String)] {
    let m = cliHelpMessages
    return [
      (m.unknownOption.en, m.unknownOption.zh),
      (m.missingArgument.en, m.missingArgument.zh),
      (m.missingValue.en, m.missingValue.zh),
      (m.unexpectedArgument.en, m.unexpectedArgument.zh),
    ]
  }
}
