import Lang
import XCTest

@testable import Engine

/// Views and materialized views on a server are tables to Dangke: `list` of a view, which has
/// no physical rows (no `ctid`), is ordered by its `id` when it has one and else left in the
/// view's order; a materialized view keeps its physical order like a table.
final class PostgresViewTests: XCTestCase {
  var database: (name: String, url: String)!
  var out = ""
  var err = ""

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_views")
    try PostgresTestServer.psql(database.url, file: PostgresTestServer.fixture("handmade.sql"))
    try PostgresTestServer.psql(
      database.url,
      sql: """
        create view late_study as select id, member_id, day from study where day > '2016-11-10';
        create view study_days as select distinct day from study where day < '2016-12-01';
        create materialized view branch_copy as select name, founded from branch order by id desc;
        """)
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func run(_ text: String) throws -> String {
    let source = try PostgresSource(database.url)
    out = ""
    err = ""
    let runner = StatementRunner(
      session: Session(server: source), out: { self.out += $0 }, err: { self.err += $0 })
    XCTAssertTrue(runner.run(text), err)
    return out
  }

  func testAListOfAViewWithAnIdIsInIdOrder() throws {
    XCTAssertEqual(
      try run("list late_study as csv"),
      """
      id,member_id,day
      2,1,2016-11-17
      4,3,2016-12-01

      """)
  }

  func testAListOfAViewWithoutAnIdAndOfAMaterializedView() throws {
    let days = try run("list study_days order by day as csv")
    XCTAssertEqual(days, "day\n2016-11-03\n2016-11-17\n")
    // No order asked: both rows, in whatever order the view gives them.
    let unordered = try run("count study_days")
    XCTAssertTrue(unordered.contains("    2\n"), unordered)
    XCTAssertEqual(
      try run("list branch_copy as csv"), "name,founded\n第二支部,\n第一支部,2001-07-01\n")
  }
}
