import ArgumentParser
import Engine
import Foundation
import Lang

/// `dangke import SOURCE --into URL [--replace]`: copies a data folder, data files or a
/// snapshot into a PostgreSQL database in one transaction.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Copy a data folder or snapshot into a PostgreSQL database (one transaction).",
    discussion: """
      Makes typed tables with primary keys, indexes on reference columns, foreign keys where
      every value matches, and labels as COMMENT ON. A failure leaves the database unchanged;
      an existing table is replaced only with --replace. Open the result with: dangke --data URL
      """)

  @Argument(help: "A data folder, data files or a snapshot (default: the built-in sample).")
  var source: [String] = []

  @Option(name: .long, help: "The database: postgresql://user@host:port/db or a conninfo string.")
  var into: String

  @Flag(name: .long, help: "Replace tables that already exist in the database.")
  var replace = false

  func run() throws {
    guard ConnectionString.isPostgres(into) else {
      throw ValidationError(
        "--into takes a PostgreSQL URL (postgresql://user@host:port/db) or conninfo string")
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
