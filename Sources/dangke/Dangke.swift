import ArgumentParser
import Engine

/// `dangke`: the prompt, one query, or a script; `run`, `check` and `generate` as subcommands.
struct Dangke: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dangke",
    abstract: "Explore the training records of a community Party school (党课).",
    discussion: """
      With no arguments, opens the prompt on the built-in Kangjian sample.
      Exit codes: 0 success, 1 query error, 2 usage error, 3 data error.
      """,
    subcommands: [Open.self, Run.self, Check.self, Generate.self, SnapshotCommand.self],
    defaultSubcommand: Open.self)
}

/// Thrown to end the process with a documented status after messages were written.
struct StatusExit: Error {
  var status: ExitStatus
}

/// Options every data-reading command shares.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "Answer format: table, csv, json, markdown, chart, html or xlsx (xlsx needs --out).")
  var format: OutputFormat?

  @Option(name: .customLong("set"), help: "Set a parameter: --set month=2016-11 (repeatable).")
  var parameters: [String] = []

  @Flag(name: .long, help: "Show sensitive columns (phone numbers) unmasked.")
  var reveal = false

  @Flag(name: .long, help: "Show codes by their Chinese labels from the schema (micro → 微党课).")
  var labels = false

  @Flag(name: .long, help: "Start CSV output with a UTF-8 byte-order mark, for Excel.")
  var bom = false

  /// `k=v` pairs as a dictionary; a malformed one is a usage error.
  func parameterValues() throws -> [String: String] {
    var values: [String: String] = [:]
    for p in parameters {
      guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
        throw ValidationError("--set takes NAME=VALUE, e.g. --set month=2016-11 (got '\(p)')")
      }
      var name = String(p[..<eq])
      if name.hasPrefix("$") { name.removeFirst() }
      values[name] = String(p[p.index(after: eq)...])
    }
    return values
  }
}

extension OutputFormat: ExpressibleByArgument {}
