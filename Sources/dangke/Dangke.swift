import ArgumentParser
import Engine
import Lang

/// `dangke`: the prompt, one query, or a script; `run`, `check` and `generate` as subcommands.
/// Every help text is read from the catalog when the help is made, in `Language.current`.
struct Dangke: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "dangke",
      abstract: cliHelpMessages.rootAbstract().description,
      discussion: cliHelpMessages.rootDiscussion().description,
      version: DangkeVersion.number,
      subcommands: [
        Open.self, Run.self, Check.self, Generate.self, SnapshotCommand.self, ImportCommand.self,
      ],
      defaultSubcommand: Open.self)
  }
}

/// Thrown to end the process with a documented status after messages were written.
struct StatusExit: Error {
  var status: ExitStatus
}

/// An option's help from the catalog, in the current language.
func catalogHelp(_ spec: MessageSpec, _ arguments: Any...) -> ArgumentHelp {
  var text = Language.current == .zh ? spec.zh : spec.en
  for (i, argument) in arguments.enumerated() {
    text = text.replacingOccurrences(of: "{\(i)}", with: "\(argument)")
  }
  return ArgumentHelp(text)
}

/// Options every data-reading command shares.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: catalogHelp(cliHelpMessages.format, HelpText.formatList))
  var format: OutputFormat?

  @Option(name: .customLong("set"), help: catalogHelp(cliHelpMessages.set))
  var parameters: [String] = []

  @Flag(name: .long, help: catalogHelp(cliHelpMessages.reveal))
  var reveal = false

  @Flag(name: .long, help: catalogHelp(cliHelpMessages.labels))
  var labels = false

  @Flag(name: .long, help: catalogHelp(cliHelpMessages.thousands))
  var thousands = false

  @Flag(name: .long, help: catalogHelp(cliHelpMessages.bom))
  var bom = false

  @Option(
    name: .long,
    help: catalogHelp(cliHelpMessages.statementTimeout))
  var statementTimeout: Double?

  /// The statement timeout for libpq's `statement_timeout`, 0 for none.
  var statementTimeoutMilliseconds: Int {
    statementTimeout.map { max(1, Int(($0 * 1000).rounded())) } ?? 0
  }

  /// `k=v` pairs as a dictionary; a malformed one is a usage error.
  func parameterValues() throws -> [String: String] {
    var values: [String: String] = [:]
    for p in parameters {
      guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
        throw UsageError(message: cliMessages.badSet(p))
      }
      var name = String(p[..<eq])
      if name.hasPrefix("$") { name.removeFirst() }
      values[name] = String(p[p.index(after: eq)...])
    }
    return values
  }
}

extension OutputFormat: ExpressibleByArgument {}
