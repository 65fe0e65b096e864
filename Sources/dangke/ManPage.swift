import ArgumentParser
import Lang

/// `dangke --generate-man-page`: the manual page (roff), made from the same help texts as
/// `--help` and `dangke help COMMAND`. The English one is committed as docs/dangke.1 and a
/// test keeps it equal to the generated one.
enum ManPage {
  static func render() -> String {
    let top = HelpOutput.sections(HelpOutput.topLevel())
    var out = ".\\\" -*- coding: UTF-8 -*-\n"
    out += ".TH DANGKE 1 \"\" \"\(DangkeVersion.line)\" \"User Commands\"\n"
    out += ".SH NAME\ndangke \\- " + escape(cliHelpMessages.rootAbstract().description) + "\n"
    out += ".SH SYNOPSIS\n"
    for line in section(top, HelpOutput.usageHeading) {
      out += synopsis(line.trimmingCharacters(in: .whitespaces)) + "\n"
    }
    out += ".SH DESCRIPTION\n"
    for line in section(top, HelpOutput.overviewHeading).dropFirst() where !line.isEmpty {
      out += escape(line.trimmingCharacters(in: .whitespaces)) + "\n.br\n"
    }
    out += ".SH OPTIONS\n"
    out += items(
      section(top, HelpOutput.argumentsHeading) + section(top, HelpOutput.optionsHeading))
    out += ".SH COMMANDS\n"
    let commands: [any ParsableCommand.Type] = [
      Run.self, Check.self, Generate.self, SnapshotCommand.self,
    ]
    for command in commands {
      let help = HelpOutput.sections(Dangke.helpMessage(for: command, columns: 100))
      let usage = section(help, HelpOutput.usageHeading).first ?? ""
      out += ".SS \"" + escape(usage.trimmingCharacters(in: .whitespaces)) + "\"\n"
      for line in section(help, HelpOutput.overviewHeading) where !line.isEmpty {
        out += escape(line.trimmingCharacters(in: .whitespaces)) + "\n.br\n"
      }
      out += items(section(help, HelpOutput.argumentsHeading))
      out += items(section(help, HelpOutput.optionsHeading).filter { !$0.contains("--help") })
    }
    out += ".SH FILES\n" + escape(cliHelpMessages.manFiles().description) + "\n"
    out += ".SH ENVIRONMENT\n" + escape(cliHelpMessages.manEnvironment().description) + "\n"
    out += ".SH SEE ALSO\n" + escape(cliHelpMessages.manSeeAlso().description) + "\n"
    return out
  }

  private static func section(_ sections: [HelpOutput.Section], _ heading: String) -> [String] {
    sections.first { $0.heading == heading }?.lines ?? []
  }

  /// `dangke [<data> ...] [-c <query>]` with the command in bold.
  private static func synopsis(_ usage: String) -> String {
    guard usage.hasPrefix("dangke") else { return escape(usage) }
    return ".B dangke\n"
      + escape(String(usage.dropFirst("dangke".count)).trimmingCharacters(in: .whitespaces))
      + "\n.br"
  }

  /// Help lines `  -c <query>    Run this query and exit.` (continued on deeper-indented
  /// lines) as `.TP` paragraphs.
  private static func items(_ lines: [String]) -> String {
    var entries: [(name: String, text: String)] = []
    for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let indent = line.prefix(while: { $0 == " " }).count
      let body = line.dropFirst(indent)
      if indent <= 2 {
        if let gap = body.range(of: "  ") {
          entries.append(
            (
              String(body[..<gap.lowerBound]),
              body[gap.upperBound...].trimmingCharacters(in: .whitespaces)
            ))
        } else {
          entries.append((String(body), ""))
        }
      } else if !entries.isEmpty {
        let joined = entries[entries.count - 1].text
        entries[entries.count - 1].text = joined.isEmpty ? String(body) : joined + " " + body
      }
    }
    return entries.map { entry in
      ".TP\n\\fB" + escape(entry.name) + "\\fR\n" + escape(entry.text) + "\n"
    }.joined()
  }

  /// Text safe in roff: backslashes doubled, hyphens as `\-`, no control character at the
  /// start of a line.
  static func escape(_ text: String) -> String {
    var out = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(
      of: "-", with: "\\-")
    if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
    return out
  }
}
