import Foundation
import TestSupport
import XCTest

@testable import Engine

/// The server the PostgreSQL tests run against: `DANGKE_PG_URL` (set by `.ci/run`, or by hand
/// from `scripts/pg-test-cluster.sh start`). Without it these tests skip, saying so.
enum PostgresTestServer {
  static let variable = "DANGKE_PG_URL"

  /// The URL of the server's maintenance database, or an XCTSkip naming the variable.
  static func url() throws -> String {
    guard let url = ProcessInfo.processInfo.environment[variable], !url.isEmpty else {
      throw XCTSkip(
        "PostgreSQL tests skipped: set \(variable) to a server's URL "
          + "(scripts/pg-test-cluster.sh start prints one)")
    }
    return url
  }

  /// `url` with its database replaced by `database`.
  static func url(_ url: String, database: String) -> String {
    let query = url.firstIndex(of: "?").map { String(url[$0...]) } ?? ""
    let base = url.firstIndex(of: "?").map { String(url[..<$0]) } ?? url
    let afterScheme = base.range(of: "://")!.upperBound
    let path = base[afterScheme...].firstIndex(of: "/") ?? base.endIndex
    return String(base[..<path]) + "/" + database + query
  }

  /// A new empty database for one test; dropped by `drop`.
  static func createDatabase(_ prefix: String) throws -> (name: String, url: String) {
    let admin = try url()
    let name = "\(prefix)_\(UInt32.random(in: 0...UInt32.max))"
    let connection = try PostgresConnection(ConnectionString(admin), readOnly: false)
    try connection.execute("create database \(name)")
    return (name, url(admin, database: name))
  }

  static func drop(_ name: String) {
    guard let admin = try? url(),
      let connection = try? PostgresConnection(ConnectionString(admin), readOnly: false)
    else { return }
    _ = try? connection.execute("drop database if exists \(name) with (force)")
  }

  /// Runs a file of SQL with psql, as a person making a database by hand would.
  static func psql(_ url: String, sql: String) throws {
    let r = try ProcessRunner.run("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-c", sql, url])
    XCTAssertEqual(r.status, 0, sql + "\n" + r.stderr)
  }

  static func psql(_ url: String, file: String) throws {
    let r = try ProcessRunner.run("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-f", file, url])
    XCTAssertEqual(r.status, 0, "psql -f \(file)\n" + r.stderr)
  }

  static func fixture(_ name: String) -> String {
    let here = URL(fileURLWithPath: "\(#filePath)").resolvingSymlinksInPath()
    return here.deletingLastPathComponent().deletingLastPathComponent().path
      + "/Fixtures/postgres/" + name
  }
}
