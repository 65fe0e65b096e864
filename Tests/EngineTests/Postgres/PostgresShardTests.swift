import Foundation
import Lang
import TestSupport
import XCTest

@testable import Engine

/// Past one machine (opt-in: DANGKE_PG_SHARDS=1 with DANGKE_PG_URL): `attendance` spread over
/// two more servers as hash partitions of the coordinator's table (postgres_fdw), and every
/// query of the differential corpus answered alike in memory and by the coordinator.
final class PostgresShardTests: XCTestCase {
  func testCorpusAgreesWithAttendanceOnTwoShards() throws {
    guard ProcessInfo.processInfo.environment["DANGKE_PG_SHARDS"] == "1" else {
      throw XCTSkip("sharded run skipped: set DANGKE_PG_SHARDS=1 (and DANGKE_PG_URL) to run it")
    }
    let database = try PostgresTestServer.createDatabase("dangke_shards")
    defer { PostgresTestServer.drop(database.name) }
    let store = try Loader.load(.directory(SQLiteDatabase.sampleFolder.path))
    _ = try PostgresImport().run(store, into: database.url)
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-shards-\(ProcessInfo.processInfo.processIdentifier)").path
    XCTAssertEqual(try script(["start", dir, database.url]), 0)
    defer { _ = try? script(["stop", dir]) }

    let memory = Session(store: store)
    let server = Session(server: try PostgresSource(database.url))
    let partitions = try PostgresConnection(ConnectionString(database.url)).execute(
      """
      select c.relname || ' ' || c.relkind::text from pg_inherits i
        join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'attendance'::regclass order by 1
      """
    ).rows.map { $0[0]! }
    XCTAssertEqual(partitions, ["attendance_p0 f", "attendance_p1 f"])
    var agreed = 0
    var known = 0
    for line in try DifferentialTests.corpus() {
      if line.text.hasPrefix(".set ") {
        let parts = line.text.split(separator: " ", maxSplits: 2).map(String.init)
        memory.parameters[parts[1]] = parts[2]
        server.parameters[parts[1]] = parts[2]
        continue
      }
      let statement = try Parser.parseStatement(line.text)
      guard case .query = statement.kind else {
        _ = try memory.run(statement)
        _ = try server.run(statement)
        continue
      }
      if let problem = PostgresDifferentialTests.difference(statement, memory, server) {
        if PostgresDifferentialTests.isKnownRowOrder(line.text, store) {
          known += 1
        } else {
          XCTFail("\(line.place): \(line.text)\n\(problem)")
        }
      } else {
        agreed += 1
      }
    }
    print("sharded: \(agreed) queries agree, \(known) known row-order differences")
    XCTAssertGreaterThanOrEqual(agreed, 150)
  }

  /// Runs scripts/pg-shards.sh and waits for it (the servers it starts outlive it).
  private func script(_ arguments: [String]) throws -> Int32 {
    let r = try ProcessRunner.runLeavingServers(
      "/bin/bash", [Repository.path("scripts/pg-shards.sh")] + arguments)
    if r.status != 0 {
      print("scripts/pg-shards.sh \(arguments.joined(separator: " ")):\n\(r.stderr)")
    }
    return r.status
  }
}
