import Foundation
import Lang
import TestSupport
import XCTest

@testable import Engine

/// The differential corpus (`SQL/differential/`) and the seeded random queries answered in
/// memory and on PostgreSQL after `dangke import` of the sample: the same columns (names and
/// kinds) and the same rows in the same order, numbers within 1e-9.
final class PostgresDifferentialTests: XCTestCase {
  nonisolated(unsafe) static var database: (name: String, url: String)?
  nonisolated(unsafe) static var store: Store?

  override class func setUp() {
    guard ProcessInfo.processInfo.environment[PostgresTestServer.variable] != nil,
      let db = try? PostgresTestServer.createDatabase("dangke_differential"),
      let sample = try? Loader.load(.directory(SQLiteDatabase.sampleFolder.path)),
      (try? PostgresImport().run(sample, into: db.url)) != nil
    else { return }
    database = db
    store = sample
  }

  override class func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func sessions() throws -> (memory: Session, server: Session) {
    _ = try PostgresTestServer.url()
    let database = try XCTUnwrap(Self.database, "the sample was not imported")
    let store = try XCTUnwrap(Self.store)
    return (Session(store: store), Session(server: try PostgresSource(database.url)))
  }

  func testCorpusAgrees() throws {
    let (memory, server) = try sessions()
    var agreed = 0
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
      if let problem = Self.difference(statement, memory, server) {
        XCTFail("\(line.place): \(line.text)\n\(problem)")
      } else {
        agreed += 1
      }
    }
    XCTAssertGreaterThanOrEqual(agreed, 150)
  }

  func testRandomQueriesAgree() throws {
    let (memory, server) = try sessions()
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["DANGKE_RANDOM_SEED"].flatMap { UInt64($0) } ?? 20_161_222
    let count = environment["DANGKE_PG_RANDOM_COUNT"].flatMap { Int($0) } ?? 200
    var generator = RandomQueryGenerator(store: memory.store, random: SeededRandom(seed: seed))
    var ran = 0
    var tries = 0
    var failures: [String] = []
    var slowest: [(Double, String)] = []
    while ran < count, tries < count * 3 {
      tries += 1
      let text = generator.query().description
      guard let statement = try? Parser.parseStatement(text),
        (try? memory.run(statement)) != nil
      else { continue }
      ran += 1
      let started = Date()
      if let problem = Self.difference(statement, memory, server), failures.count < 5 {
        failures.append("\(text)\n\(problem)")
      }
      slowest.append((Date().timeIntervalSince(started), text))
      slowest.sort { $0.0 > $1.0 }
      if slowest.count > 5 { slowest.removeLast() }
    }
    print("slowest random queries on the server:")
    for (seconds, text) in slowest { print(String(format: "  %.2f s  ", seconds) + text) }
    XCTAssertEqual(ran, count)
    for f in failures { XCTFail(f) }
  }

  /// A list of a table with no `id` column, whose rows the server orders its own way.
  static func isKnownRowOrder(_ text: String, _ store: Store) -> Bool {
    guard text.hasPrefix("list "), let of = text.range(of: " of ") else { return false }
    let table = text[of.upperBound...].prefix { $0.isLetter || $0 == "_" }
    return store.table(String(table))?.column("id") == nil
  }

  /// Nil when both sessions answer alike (or both refuse with the same message).
  static func difference(_ statement: Statement, _ memory: Session, _ server: Session) -> String? {
    let a: ResultTable
    let b: ResultTable
    do {
      guard case .table(let t, _) = try memory.run(statement).outcome else { return "no table" }
      a = t
    } catch {
      do {
        _ = try server.run(statement)
        return "fails in memory only: \(error.message)"
      } catch let other {
        return other.message == error.message ? nil : "\(error.message)\nvs \(other.message)"
      }
    }
    do {
      guard case .table(let t, _) = try server.run(statement).outcome else { return "no table" }
      b = t
    } catch {
      return "fails on the server: \(error.message)"
    }
    if a.columns != b.columns {
      return
        "columns differ:\n  memory: \(a.columns.map(\.name))\n  server: \(b.columns.map(\.name))"
        + "\n  kinds: \(a.columns.map(\.kind)) vs \(b.columns.map(\.kind))"
    }
    if a.rows.count != b.rows.count {
      return "row counts differ: memory \(a.rows.count), server \(b.rows.count)"
    }
    for (i, (x, y)) in zip(a.rows, b.rows).enumerated()
    where x.count != y.count || zip(x, y).contains(where: { !same($0, $1) }) {
      return "row \(i + 1) differs:\n  memory: \(x)\n  server: \(y)"
    }
    return nil
  }

  static func same(_ a: Value, _ b: Value) -> Bool {
    if a == b { return true }
    guard let x = a.numeric, let y = b.numeric else { return false }
    return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
  }
}
