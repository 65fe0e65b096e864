import ArgumentParser
import Engine
import Foundation
import Lang

/// `dangke import SOURCE --into URL [--replace]`: copies a data folder, data files or a
/// snapshot into a PostgreSQL database in one transaction.
struct ImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: cliHelpMessages.importAbstract().description,
      discussion: cliHelpMessages.importDiscussion().description)
  }

  @Argument(help: catalogHelp(cliHelpMessages.importSource))
  var source: [String] = []

  @Option(name: .long, help: catalogHelp(cliHelpMessages.importInto))
  var into: String

  @Flag(name: .long, help: catalogHelp(cliHelpMessages.importReplace))
  var replace = false

  func run() throws {
    guard ConnectionString.isPostgres(into) else {
      throw UsageError(message: cliMessages.intoNeedsServer())
    }
    let store = try loadStore(source)
    var job = PostgresImport(replace: replace)
    let total = store.tables.reduce(0) { $0 + $1.rowCount }
    if isatty(STDERR_FILENO) != 0, total >= 100_000 {
      var last = Date.distantPast
      job.progress = { p in
        guard p.rows == p.total || Date().timeIntervalSince(last) >= 0.2 else { return }
        last = Date()
        Console.err("\r\u{1B}[K\(PostgresImport.progressLine(p))")
      }
    }
    let summary: PostgresImport.Summary
    do {
      summary = try job.run(store, into: into)
    } catch {
      if isatty(STDERR_FILENO) != 0, total >= 100_000 { Console.err("\r\u{1B}[K") }
      Console.err("\(error)\n")
      throw StatusExit(status: error.isDataError ? .dataError : .queryError)
    }
    if isatty(STDERR_FILENO) != 0, total >= 100_000 { Console.err("\r\u{1B}[K") }
    for warning in summary.warnings {
      let head =
        Language.current == .zh ? "警告[\(warning.code ?? "")]：" : "warning[\(warning.code ?? "")]: "
      Console.err(head + warning.description + "\n")
    }
    Console.out("\(PostgresImport.summaryLine(summary, into: into))\n")
  }
}
