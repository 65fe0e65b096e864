import Engine
import Foundation
import TestSupport
import XCTest

@testable import dangke

/// The prompt on a PostgreSQL server: `.load URL`, and a server that ends the session in the
/// middle (the prompt survives, says so, and the next statement reconnects).
final class PostgresREPLTests: XCTestCase {
  private var out = ""
  private var err = ""
  private var scratch: ScratchDatabase!
  private var admin: String { scratch.admin }
  private var database: String { scratch.name }
  private var url: String { scratch.url }

  override func setUpWithError() throws {
    guard let server = ScratchDatabase.server else { throw XCTSkip(ScratchDatabase.skipReason) }
    scratch = try ScratchDatabase(server: server, prefix: "dangke_repl")
  }

  override func tearDown() {
    scratch?.drop()
  }

  func testLoadAServerAndSurviveItsEndingTheSession() throws {
    let sample = try Loader.load(
      .memory(name: "Kangjian sample", files: Generator(scale: .sample).files()))
    _ = try PostgresImport().run(sample, into: url)
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    let repl = REPL(shell: shell, output: try OutputOptions.parse([])) { [unowned self] in
      self.out += $0
    }
    repl.state.shell.err = { [unowned self] in self.err += $0 }
    XCTAssertTrue(repl.state.perform(".load \(url)"))
    XCTAssertEqual(err, "")
    XCTAssertNotNil(repl.state.shell.session.server)
    out = ""
    repl.state.execute("count sessions where type = micro")
    XCTAssertEqual(out, "count\n-----\n   32\n(1 row)\n")

    let server = repl.state.shell.session.server!.connection.server
    let c = try PostgresConnection(ConnectionString(admin), readOnly: false)
    try c.execute(
      "select pg_terminate_backend(pid) from pg_stat_activity "
        + "where datname = $1 and pid <> pg_backend_pid()", [database])
    out = ""
    repl.state.execute("count sessions")
    XCTAssertEqual(
      err,
      """
      error[E0806]: the connection to the server \(server) was lost: terminating connection due to administrator command
       --> line 1, column 1
        |
      1 | count sessions
        | ^^^^^^^^^^^^^^ the next statement tries to reconnect

      """)
    err = ""
    repl.state.execute("count sessions")
    XCTAssertEqual(out, "count\n-----\n  485\n(1 row)\n")
    XCTAssertEqual(err, "")
  }
}
