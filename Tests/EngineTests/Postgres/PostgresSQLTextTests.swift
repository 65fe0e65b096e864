import Lang
import TestSupport
import XCTest

@testable import Engine

/// `sql QUERY` on a server prints the PostgreSQL statement the query runs as, with its values
/// written in, so that psql runs it as shown and gives the same answer (in pinyin order:
/// 第二 di'er before 第一 di'yi).
final class PostgresSQLTextTests: XCTestCase {
  var database: (name: String, url: String)!

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_sqltext")
    try PostgresTestServer.psql(database.url, file: PostgresTestServer.fixture("handmade.sql"))
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func run(_ text: String) throws -> String {
    var out = ""
    var err = ""
    let runner = StatementRunner(
      session: Session(server: try PostgresSource(database.url)), out: { out += $0 },
      err: { err += $0 })
    XCTAssertTrue(runner.run(text), err)
    return out
  }

  private func psql(_ sql: String) throws -> String {
    let r = try ProcessRunner.run(
      "psql", ["-X", "-A", "-t", "-F", ",", "-v", "ON_ERROR_STOP=1", "-c", sql, database.url])
    XCTAssertEqual(r.status, 0, r.stderr)
    return r.stdout
  }

  func testTheStatementHasItsValuesWrittenInAndRunsInPsql() throws {
    let sql = try run(
      "sql sum hours of study where day >= 2016-11-10 or member_id.name = 张伟 "
        + "by member_id.branch_id.name")
    XCTAssertFalse(sql.contains("$1"), sql)
    XCTAssertTrue(sql.contains("DATE '2016-11-10'"), sql)
    XCTAssertTrue(sql.contains("'张伟'"), sql)
    XCTAssertFalse(sql.contains("instr("), sql)  // SQLite's, not PostgreSQL's
    XCTAssertEqual(try psql(sql), "第二支部,3\n第一支部,4\n")
    XCTAssertTrue(
      try run(
        "sum hours of study where day >= 2016-11-10 or member_id.name = 张伟 "
          + "by member_id.branch_id.name as csv"
      ).hasSuffix("第二支部,3\n第一支部,4\n"))
  }

  func testACrosstabFindsItsColumnsOnTheServer() throws {
    let sql = try run("sql count study by member_id.name across online")
    XCTAssertEqual(
      try psql(sql), "李娜,0,1,0\n王芳,0,0,1\n张伟,1,1,0\n")
  }
}
