import Foundation
import Lang
import XCTest

@testable import Engine

/// Tab's value counts asked of the server: the right values and counts, the limit, the
/// conditions typed so far, and names only (nil) when the server is too slow or gone.
final class PostgresValueCountsTests: XCTestCase {
  var database: (name: String, url: String)!

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_values")
    try PostgresTestServer.psql(database.url, file: PostgresTestServer.fixture("keys.sql"))
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    // A view that takes a second whatever is asked of it.
    try admin.execute(
      "create view slow_members as select m.* from members m where (select pg_sleep(1)) is null")
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func text(_ counts: [(value: String, count: Int)]?) -> String {
    counts.map { $0.map { "\($0.value) \($0.count)" }.joined(separator: ", ") } ?? "nil"
  }

  private func source(_ query: String) throws -> Source {
    guard case .query(let q) = try Parser.parseStatement(query).kind else {
      throw XCTSkip("does not parse: \(query)")
    }
    return q.source
  }

  func testValuesAndCountsFromTheServer() throws {
    let session = Session(server: try PostgresSource(database.url))
    XCTAssertEqual(
      text(session.serverValueCounts(table: "members", column: ["org_code"])), "A01 2, B02 1")
    XCTAssertEqual(
      text(session.serverValueCounts(table: "members", column: ["former_org", "name"])),
      "第二支部 1, 第一支部 1, 机关支部 1")
    XCTAssertEqual(
      text(session.serverValueCounts(table: "dues", column: ["member_badge", "org_code", "name"])),
      "第一支部 3, 第二支部 1")
    // The limit keeps the most frequent.
    XCTAssertEqual(
      text(session.serverValueCounts(table: "dues", column: ["month"], limit: 1)), "2016-11 3")
  }

  func testOnlyTheRowsTheConditionsSelect() throws {
    let session = Session(server: try PostgresSource(database.url))
    let over = try source("count members where introducer.name = 张伟")
    XCTAssertEqual(
      text(session.serverValueCounts(table: "members", column: ["org_code", "name"], over: over)),
      "第二支部 1, 第一支部 1")
    let dues = try source("count dues where amount > 25")
    XCTAssertEqual(
      text(session.serverValueCounts(table: "dues", column: ["month"], over: dues)),
      "2016-11 2, 2016-12 1")
  }

  func testPersonalDataAndNumbersGetNoValues() throws {
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute("alter table members add column phone text")
    let session = Session(server: try PostgresSource(database.url))
    XCTAssertEqual(text(session.serverValueCounts(table: "members", column: ["phone"])), "nil")
    XCTAssertEqual(text(session.serverValueCounts(table: "members", column: ["region_no"])), "nil")
  }

  func testASlowServerGivesNamesOnlySoon() throws {
    let source = try PostgresSource(database.url)
    let session = Session(server: source)
    let started = ContinuousClock.now
    XCTAssertNil(
      session.serverValueCounts(
        table: "slow_members", column: ["org_code"], timeout: .milliseconds(300)))
    XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(900))
    // The connection is usable and keeps its own timeout (none) afterwards.
    XCTAssertEqual(try source.connection.execute("show statement_timeout").rows, [["0"]])
    XCTAssertEqual(
      text(session.serverValueCounts(table: "members", column: ["org_code"])), "A01 2, B02 1")
  }

  func testAServerGoneGivesNamesOnly() throws {
    let source = try PostgresSource(database.url)
    let session = Session(server: source)
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute(
      "select pg_terminate_backend(pid) from pg_stat_activity "
        + "where datname = current_database() and pid <> pg_backend_pid()")
    XCTAssertNil(session.serverValueCounts(table: "members", column: ["org_code"]))
    // Not on a server: nil too.
    XCTAssertNil(Session(store: source.store).serverValueCounts(table: "members", column: ["name"]))
  }

  func testCodeLabelsOfAnImportedSample() throws {
    let imported = try PostgresTestServer.createDatabase("dangke_values_sample")
    defer { PostgresTestServer.drop(imported.name) }
    let store = try Loader.load(
      .memory(name: "Kangjian sample", files: Generator(scale: .sample).files()))
    try PostgresImport().run(store, into: imported.url)
    let session = Session(server: try PostgresSource(imported.url))
    // As in memory (`count sessions where mode = online by type`), each code with its label.
    let over = try source("count sessions where mode = online")
    XCTAssertEqual(
      text(session.serverValueCounts(table: "sessions", column: ["type"], over: over)),
      "专题讲座 16, lecture 16, 集中培训 6, training 6, 微党课 5, micro 5")
  }
}
