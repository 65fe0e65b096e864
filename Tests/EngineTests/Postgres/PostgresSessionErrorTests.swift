import Foundation
import XCTest

@testable import Engine

/// Failures on an open connection: each a query error (status 1) with its exact message, and
/// the connection usable afterwards.
final class PostgresSessionErrorTests: XCTestCase {
  var database: (name: String, url: String)!

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_errors")
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute("create table t (id integer primary key, name text)")
    try admin.execute("insert into t values (1, 'a'), (2, 'b')")
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func failure(_ body: () throws -> Void) -> PostgresError? {
    do {
      try body()
      XCTFail("expected an error")
    } catch let error as PostgresError {
      return error
    } catch {
      XCTFail("unexpected \(error)")
    }
    return nil
  }

  func testServerErrorWithSQLState() throws {
    let source = try PostgresSource(database.url)
    let error = failure { _ = try source.run(sql: "select 1 / 0") }
    XCTAssertEqual(
      error?.text(.en),
      "error[E0805]: the server reported an error (SQLSTATE 22012): division by zero")
    XCTAssertEqual(
      error?.text(.zh), "错误[E0805]：服务器报告了错误（SQLSTATE 22012）：division by zero")
    XCTAssertEqual(error?.isDataError, false)
    XCTAssertEqual(try source.run(sql: "select count(*) from t").rows[0], [.integer(2)])
  }

  func testSessionIsReadOnly() throws {
    let source = try PostgresSource(database.url)
    let error = failure { _ = try source.run(sql: "insert into t values (3, 'c')") }
    XCTAssertEqual(
      error?.text(.en),
      "error[E0805]: the server reported an error (SQLSTATE 25006): "
        + "cannot execute INSERT in a read-only transaction")
  }

  func testTableDroppedAfterOpening() throws {
    let source = try PostgresSource(database.url)
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute("drop table t")
    let error = failure { _ = try source.run(sql: "select * from \(source.qualifiedName("t"))") }
    XCTAssertEqual(
      error?.text(.en),
      """
      error[E0804]: table 'public.t' is not in the database \(database.name) (any more)
        hint: reopen the database with .load to read its tables again
      """)
  }

  func testServerEndsTheSessionInTheMiddle() throws {
    let source = try PostgresSource(database.url)
    let pid = try source.run(sql: "select pg_backend_pid()").rows[0][0]
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute("select pg_terminate_backend($1::int)", [pid.label])
    let error = failure { _ = try source.run(sql: "select 1") }
    let server = source.connection.server
    XCTAssertEqual(
      error?.text(.en),
      """
      error[E0806]: the connection to the server \(server) was lost: terminating connection due to administrator command
        hint: the next statement tries to reconnect
      """)
    XCTAssertEqual(error?.isDataError, true)
    // The session survives: the next statement reconnects.
    XCTAssertEqual(try source.run(sql: "select count(*) from t").rows[0], [.integer(2)])
  }

  func testCancelStopsTheQueryAndKeepsTheConnection() throws {
    let source = try PostgresSource(database.url)
    let flag = CancellationFlag()
    let started = Date()
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { flag.cancel() }
    let error = failure { _ = try source.run(sql: "select pg_sleep(20)", cancellation: flag) }
    XCTAssertEqual(error?.text(.en), "error[E0807]: query cancelled; the server stopped it")
    XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    XCTAssertEqual(try source.run(sql: "select 41 + 1").rows[0], [.integer(42)])
  }

  func testStatementTimeout() throws {
    let source = try PostgresSource(database.url, statementTimeout: 200)
    let error = failure { _ = try source.run(sql: "select pg_sleep(5)") }
    XCTAssertEqual(
      error?.text(.en),
      "error[E0808]: the query ran longer than the statement timeout (200 ms) and was stopped")
  }
}
