import Foundation
import XCTest

@testable import Engine

/// Each failure a person meets on a server, with its exact message; never a password.
final class PostgresErrorTests: XCTestCase {
  private func failure(_ body: () throws -> Void) -> PostgresError? {
    do {
      try body()
      XCTFail("expected an error")
      return nil
    } catch let error as PostgresError {
      return error
    } catch {
      XCTFail("unexpected \(error)")
      return nil
    }
  }

  /// host:port of the test server's URL.
  private func server(_ url: String) -> (host: String, port: String) {
    let authority = url.split(separator: "@").last!.split(separator: "/").first!
    let parts = authority.split(separator: ":")
    return (String(parts[0]), String(parts[1]))
  }

  func testWrongPort() throws {
    let url = try PostgresTestServer.url()
    let (host, _) = server(url)
    let bad = url.replacingOccurrences(of: ":\(server(url).port)/", with: ":1/")
    let error = failure { _ = try PostgresSource(bad) }
    XCTAssertEqual(
      error?.text(.en),
      """
      error[E0801]: cannot reach the PostgreSQL server \(host):1: Connection refused
        hint: check the host and port, and that the server runs: pg_isready -h HOST -p PORT
      """)
    XCTAssertEqual(
      error?.text(.zh),
      """
      错误[E0801]：连不上 PostgreSQL 服务器 \(host):1：Connection refused
        提示：请核对主机和端口，并确认服务器在运行：pg_isready -h 主机 -p 端口
      """)
    XCTAssertEqual(error?.isDataError, true)
  }

  func testWrongPasswordNeverShowsThePassword() throws {
    let url = try PostgresTestServer.url()
    let (host, port) = server(url)
    let bad = "postgresql://postgres:s3cret-wrong@\(host):\(port)/postgres"
    let error = failure { _ = try PostgresSource(bad) }
    XCTAssertEqual(
      error?.text(.en),
      """
      error[E0802]: the server \(host):\(port) refused user 'postgres': wrong password or no permission to log in
        hint: check the password in the URL, in PGPASSWORD or in ~/.pgpass
      """)
    XCTAssertFalse(error!.text(.en).contains("s3cret") || error!.text(.zh).contains("s3cret"))
  }

  func testMissingDatabase() throws {
    let url = try PostgresTestServer.url()
    let (host, port) = server(url)
    let error = failure {
      _ = try PostgresSource(PostgresTestServer.url(url, database: "no_such_db"))
    }
    XCTAssertEqual(
      error?.text(.en),
      """
      error[E0803]: the server \(host):\(port) has no database 'no_such_db'
        hint: create it with: createdb no_such_db
      """)
    XCTAssertFalse(error!.text(.en).contains(url.split(separator: ":")[2].split(separator: "@")[0]))
  }

  func testBadConnectionStringIsRedacted() {
    let error = failure { _ = try PostgresSource("host=localhost password=hunter2 bogus=1") }
    XCTAssertEqual(
      error?.text(.en),
      """
      error[E0809]: 'host=localhost password=*** bogus=1' is not a connection string libpq \
      understands: invalid connection option "bogus"
      """)
  }

  func testAnEmptyDatabaseSaysHowToFillIt() throws {
    let database = try PostgresTestServer.createDatabase("dangke_empty")
    defer { PostgresTestServer.drop(database.name) }
    let error = failure { _ = try PostgresSource(database.url) }
    let redacted = ConnectionString.redact(database.url)
    XCTAssertEqual(
      error?.text(.en),
      """
      error[E0812]: the database \(redacted) has no tables a query can read
        hint: copy data into it with: dangke import DATA --into URL
      """)
  }
}
