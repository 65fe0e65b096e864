import Foundation
import Lang
import XCTest

@testable import Engine

/// Answers streamed from a server into the renderers (issue #15, item 2): the same bytes as
/// the gathered answer, first rows written before the statement ends, an error in the middle
/// of the rows given as the statement's error with no footer, and Ctrl-C or a pager that quit
/// stopping the statement on the server with the connection ready for the next one.
final class PostgresStreamTests: XCTestCase {
  var database: (name: String, url: String)!
  private var out = ""
  private var err = ""

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_stream")
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute("create table t (id integer primary key, name text, hours numeric(4,1))")
    try admin.execute(
      "insert into t select g, case when g <> 3 then '党员' || (g % 7) end, (g % 9) / 2.0 "
        + "from generate_series(1, 2500) g")
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func runner(_ session: Session) -> StatementRunner {
    StatementRunner(
      session: session, out: { [unowned self] in out += $0 }, err: { [unowned self] in err += $0 })
  }

  private func statement(_ text: String) -> Statement {
    Parser.parse(text).statements[0]
  }

  /// Every streaming format writes the bytes the gathered answer gives: long and short
  /// answers, an empty one, a crosstab, and the prompt's `maxRows` footer.
  func testStreamedAnswersAreTheGatheredBytes() throws {
    let session = Session(server: try PostgresSource(database.url))
    let shell = runner(session)
    for maxRows in [nil, 40] {
      shell.options.maxRows = maxRows
      for query in [
        "list t", "list t where id > 2495", "list t where id < 0", "count t by name",
        "list t where id = 3", "count t by name across hours",
      ] {
        for format in [OutputFormat.table, .markdown, .csv, .json, .line] {
          guard case .table(let table, _) = try session.run(statement(query)).outcome else {
            return XCTFail(query)
          }
          let whole = render(table, as: format, options: shell.options)
          out = ""
          XCTAssertTrue(shell.run(query + " as " + format.rawValue), err)
          XCTAssertEqual(out, whole, "\(query) as \(format) maxRows \(maxRows ?? -1)")
        }
      }
    }
    XCTAssertEqual(err, "")
    out = ""
    shell.options.maxRows = 3
    XCTAssertTrue(shell.run("list t where id < 5"))
    XCTAssertEqual(
      out,
      """
      id  name   hours
      --  -----  -----
       1  党员1    0.5
       2  党员2      1
       3           1.5
      (3 of 4 rows shown)

      """)
  }

  /// `.last` after a streamed answer runs its statement again: every row, the same bytes.
  func testLastRunsAStreamedStatementAgain() throws {
    let shell = runner(Session(server: try PostgresSource(database.url)))
    XCTAssertTrue(shell.run("list t where id > 2400 as csv"))
    let first = out
    out = ""
    let last = try XCTUnwrap(shell.lastAnswer)
    XCTAssertNotNil(last.statement)
    XCTAssertNil(shell.showLast(last, as: .csv, options: shell.options))
    XCTAssertEqual(out, first)
    XCTAssertEqual(first.split(separator: "\n").count, 101)
  }

  /// A slow statement's first rows are written while the server is still working on the rest.
  func testFirstRowsAreWrittenBeforeTheStatementEnds() throws {
    let source = try PostgresSource(database.url)
    let shell = runner(Session(server: source))
    var firstWrite: Date?
    shell.out = { [unowned self] text in
      if firstWrite == nil { firstWrite = Date() }
      out += text
    }
    // 20,000 rows of about 110 bytes; the server sleeps two seconds before row 10,000.
    let rows = try source.stream(
      sql: """
        select g as id, repeat('x', 100) as pad from generate_series(1, 20000) g
        where case when g = 10000 then pg_sleep(2) is not null else true end
        """, at: Span(0, 6))
    let started = Date()
    XCTAssertNil(shell.show(rows, as: .csv, options: shell.options, at: Span(0, 6)))
    let ended = Date()
    let first = try XCTUnwrap(firstWrite)
    XCTAssertGreaterThan(ended.timeIntervalSince(started), 2)
    XCTAssertGreaterThan(ended.timeIntervalSince(first), 1.5)
    XCTAssertEqual(out.split(separator: "\n").count, 20_001)
  }

  /// An error in the middle of the rows (row 500,000 divides by zero) is the statement's
  /// error, and what was written has no footer, no closing `]`: it is not a whole answer.
  func testAnErrorInTheMiddleOfTheRows() throws {
    let source = try PostgresSource(database.url)
    let shell = runner(Session(server: source))
    let query = "list boom"
    // Row 500,000 of a million for the table; row 5,000 for csv and json.
    for (format, bad) in [(OutputFormat.table, 500_000), (.csv, 5_000), (.json, 5_000)] {
      out = ""
      let sql =
        "select g as id, 1000000 / (\(bad) - g) as n from generate_series(1, \(2 * bad)) g"
      let rows = try source.stream(sql: sql, at: Span(0, query.utf8.count))
      let failure = try XCTUnwrap(
        shell.show(rows, as: format, options: shell.options, at: Span(0, 9)))
      XCTAssertEqual(
        DiagnosticRenderer(text: query, language: .en).render(failure),
        """
        error[E0805]: the server reported an error (SQLSTATE 22012): division by zero
         --> line 1, column 1
          |
        1 | list boom
          | ^^^^^^^^^
        """)
      let lines = out.split(separator: "\n")
      XCTAssertEqual(lines.count, (format == .table ? 2 : 1) + bad - 1, "\(format)")
      let last: Substring =
        switch format {
        case .table: "499999  1000000"
        case .csv: "4999,1000000"
        default: #"{"id":4999,"n":1000000"#
        }
      XCTAssertEqual(lines.last, last, "\(format)")
      XCTAssertFalse(out.contains("rows)"))
      XCTAssertFalse(out.hasSuffix("]\n"))
    }
    // The connection is ready for the next statement.
    XCTAssertEqual(try source.run(sql: "select count(*) from t").rows[0], [.integer(2500)])
  }

  /// The server ending the session while the rows of a Dangke query are read: the located
  /// connection message, no footer, and the next statement reconnects.
  func testTheServerEndsTheSessionInTheMiddleOfTheRows() throws {
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute(
      "create table big as select g as id, repeat('y', 200) as pad "
        + "from generate_series(1, 100000) g")
    let source = try PostgresSource(database.url)
    let session = Session(server: source)
    let shell = runner(session)
    let pid = try source.run(sql: "select pg_backend_pid()").rows[0][0]
    var chunks = 0
    shell.out = { [unowned self] text in
      out += text
      chunks += 1
      // After the first chunk, once the server is blocked on a full socket, end its session.
      if chunks == 1 {
        usleep(500_000)
        _ = try? admin.execute("select pg_terminate_backend($1::int)", [pid.label])
      }
    }
    XCTAssertFalse(shell.run("list big as csv"))
    XCTAssertEqual(
      err,
      """
      error[E0806]: the connection to the server \(source.connection.server) was lost: server closed the connection unexpectedly
       --> line 1, column 1
        |
      1 | list big as csv
        | ^^^^^^^^^^^^^^^ the next statement tries to reconnect

      """)
    XCTAssertLessThan(out.split(separator: "\n").count, 100_001)
    err = ""
    out = ""
    shell.out = { [unowned self] in out += $0 }
    XCTAssertTrue(shell.run("count big"))
    XCTAssertEqual(out, " count\n------\n100000\n(1 row)\n")
  }

  /// Ctrl-C while the rows are written: the prompt's "query cancelled" under the statement,
  /// printing stops at once, and the statement no longer runs on the server; the same
  /// connection answers the next statement. A pager that quit stops the rows the same way,
  /// without a message.
  func testCtrlCAndAPagerThatQuitStopTheStatementOnTheServer() throws {
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute(
      "create table big as select g as id, repeat('y', 200) as pad "
        + "from generate_series(1, 300000) g")
    let source = try PostgresSource(database.url)
    let session = Session(server: source)
    let shell = runner(session)
    let pid = try source.run(sql: "select pg_backend_pid()").rows[0][0]
    var cancelledAt = 0
    shell.out = { [unowned self] text in
      out += text
      if cancelledAt == 0, out.utf8.count > 100_000 {
        session.cancellation.cancel()
        cancelledAt = out.utf8.count
      }
    }
    XCTAssertFalse(shell.run("list big as csv"))
    // At most the rest of the row being written when Ctrl-C came (a row is 207 bytes).
    XCTAssertLessThan(out.utf8.count - cancelledAt, 207)
    XCTAssertEqual(
      err,
      """
      error[E0340]: query cancelled
       --> line 1, column 1
        |
      1 | list big as csv
        | ^^^^^^^^^^^^^^^

      """)
    XCTAssertEqual(try source.run(sql: "select pg_backend_pid()").rows[0][0], pid)
    let state = try admin.execute(
      "select state from pg_stat_activity where pid = $1::int", [pid.label])
    XCTAssertEqual(state.rows, [["idle"]])

    err = ""
    out = ""
    let written = Written()
    shell.out = { [unowned self] in
      out += $0
      written.bytes += $0.utf8.count
    }
    shell.options.stop = { written.bytes > 0 }
    XCTAssertTrue(shell.run("list big"))
    XCTAssertEqual(err, "")
    // The first chunk of 64 KiB, then at most the rest of the row being written (a line of
    // the table is 50 bytes: the pad is cut to 40 columns).
    XCTAssertGreaterThanOrEqual(out.utf8.count, 1 << 16)
    XCTAssertLessThan(out.utf8.count, (1 << 16) + 100)
    shell.options.stop = { false }
    out = ""
    XCTAssertTrue(shell.run("count big"))
    XCTAssertEqual(out, " count\n------\n300000\n(1 row)\n")
    XCTAssertEqual(try source.run(sql: "select pg_backend_pid()").rows[0][0], pid)
  }
}

/// Chunks written so far, for a `stop` closure (a pager that quits after the first screen).
private final class Written: @unchecked Sendable {
  var bytes = 0
}
