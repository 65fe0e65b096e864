import Foundation

/// A database of its own, for one test, on the PostgreSQL server the tests were given
/// (`DANGKE_PG_URL`, set by `./dk test` and `.ci/run`), dropped after the test.
public struct ScratchDatabase: Sendable {
  /// Why a test is skipped when no server was given.
  public static let skipReason =
    "PostgreSQL tests skipped: set DANGKE_PG_URL to a server's URL "
    + "(scripts/pg-test-cluster.sh start prints one)"

  /// The server's URL, or nil when the tests were given none.
  public static var server: String? {
    guard let url = ProcessInfo.processInfo.environment["DANGKE_PG_URL"], !url.isEmpty else {
      return nil
    }
    return url
  }

  /// The server's URL as given (its own database), to create and drop databases with.
  public let admin: String
  /// The new database's name: `prefix` and a random number.
  public let name: String
  /// The URL of the new database.
  public let url: String

  /// Creates a database named `prefix_NNN` on the server `admin`.
  public init(server admin: String, prefix: String) throws {
    self.admin = admin
    name = "\(prefix)_\(UInt32.random(in: 0...UInt32.max))"
    let slash = admin.range(of: "/", options: .backwards)!.lowerBound
    url = String(admin[..<slash]) + "/" + name
    try Self.psql(admin, "create database \(name)")
  }

  /// Drops the database, closing any connection left to it.
  public func drop() {
    _ = try? Self.psql(admin, "drop database if exists \(name) with (force)")
  }

  /// Runs `sql` with psql on `url` (unaligned, tuples only) and returns what it printed;
  /// throws with psql's message when it fails.
  @discardableResult
  public static func psql(_ url: String, _ sql: String) throws -> String {
    let r = try ProcessRunner.run(
      "psql", ["-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql, url])
    guard r.status == 0 else {
      throw ProcessRunnerError(description: "psql failed: \(sql)\n\(r.stderr)")
    }
    return r.stdout
  }
}
