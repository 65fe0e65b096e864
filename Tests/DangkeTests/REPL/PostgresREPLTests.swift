import Engine
import Foundation
import XCTest

@testable import dangke

/// The prompt on a PostgreSQL server: `.load URL`, and a server that ends the session in the
/// middle (the prompt survives, says so, and the next statement reconnects).
final class PostgresREPLTests: XCTestCase {
  private var out = ""
  private var err = ""
  private var database = ""
  private var admin = ""

  override func setUpWithError() throws {
    guard let url = ProcessInfo.processInfo.environment["DANGKE_PG_URL"], !url.isEmpty else {
      throw XCTSkip(
        "PostgreSQL tests skipped: set DANGKE_PG_URL to a server's URL "
          + "(scripts/pg-test-cluster.sh start prints one)")
    }
    admin = url
    database = "dangke_repl_\(UInt32.random(in: 0...UInt32.max))"
    try PostgresConnection(ConnectionString(admin), readOnly: false)
      .execute("create database \(database)")
  }

  override func tearDown() {
    guard !database.isEmpty,
      let c = try? PostgresConnection(ConnectionString(admin), readOnly: false)
    else { return }
    _ = try? c.execute("drop database if exists \(database) with (force)")
  }

  private var url: String {
    String(admin[..<admin.range(of: "/", options: .backwards)!.lowerBound]) + "/" + database
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
