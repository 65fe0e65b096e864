import Lang
import XCTest

@testable import Engine

/// A database made by hand with psql (three tables, foreign keys, Chinese comments) read
/// through the server's catalog.
final class PostgresCatalogTests: XCTestCase {
  var database: (name: String, url: String)!
  var out = ""
  var err = ""

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_catalog")
    try PostgresTestServer.psql(database.url, file: PostgresTestServer.fixture("handmade.sql"))
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  func testTablesColumnsTypesKeysAndComments() throws {
    let source = try PostgresSource(database.url)
    let store = source.store
    XCTAssertEqual(store.tables.map(\.name), ["branch", "member", "study"])
    XCTAssertEqual(store.tables.map(\.label), ["党支部", "党员", "学习记录"])
    let member = try XCTUnwrap(store.table("member"))
    XCTAssertEqual(
      member.columns.map { "\($0.name) \($0.type.rawValue) \($0.label ?? "-")" },
      [
        "id integer -", "name text 姓名", "branch_id integer 所在支部", "joined date -",
        "dues decimal -",
      ])
    let branch = try XCTUnwrap(member.column("branch_id")?.reference)
    XCTAssertEqual("\(branch.table).\(branch.key)", "branch.id")
    let study = try XCTUnwrap(store.table("study"))
    XCTAssertEqual(
      study.columns.map { "\($0.name) \($0.type.rawValue)" },
      ["id integer", "member_id integer", "day date", "hours decimal", "online boolean"])
    XCTAssertEqual(study.column("member_id")?.reference?.table, "member")
    XCTAssertEqual(study.timeColumn, "day")
    XCTAssertEqual(member.displayColumn, "name")
    XCTAssertEqual(source.qualifiedName("Study"), "\"public\".\"study\"")
    XCTAssertTrue(store.tables.allSatisfy { $0.rowCount == 0 })
  }

  func testShowTablesCountsRowsOnTheServer() throws {
    let source = try PostgresSource(database.url)
    let text = render(try source.showTables())
    XCTAssertEqual(
      text,
      """
      table   label     rows  columns
      ------  --------  ----  -------
      branch  党支部       2        3
      member  党员         3        5
      study   学习记录     4        5
      (3 rows)
      """)
  }

  func testDescribeAsksTheServer() throws {
    let source = try PostgresSource(database.url)
    let text = render(try source.describe(source.store.tableIndex("study")!))
    XCTAssertEqual(
      text,
      """
      column     type        label  refers to  distinct  examples
      ---------  ----------  -----  ---------  --------  ----------------------------------
      id         integer                              4  1, 2, 3
      member_id  integer            member            3  1, 2, 3
      day        date, time  日期                     3  2016-11-03, 2016-11-17, 2016-12-01
      hours      decimal     学时                     3  2.5, 1.5, 3
      online     boolean                              2  true, false
      (5 rows)
      """)
  }

  func testCountByANameThroughTwoForeignKeys() throws {
    let source = try PostgresSource(database.url)
    let runner = StatementRunner(
      session: Session(server: source), out: { self.out += $0 }, err: { self.err += $0 })
    XCTAssertTrue(runner.run("count study by member_id.branch_id.name"))
    XCTAssertEqual(
      out,
      """
      member_id.branch_id.name  count
      ------------------------  -----
      第二支部                      1
      第一支部                      3
      (2 rows)

      """)
    XCTAssertEqual(err, "")
    out = ""
    XCTAssertTrue(runner.run("sum hours of study where online = true by member_id.name"))
    XCTAssertEqual(
      out,
      """
      member_id.name  sum
      --------------  ---
      李娜            2.5
      张伟            2.5
      (2 rows)

      """)
    // A reference key shows the id and, beside it, the display column (`name`).
    out = ""
    XCTAssertTrue(runner.run("count study by member_id.branch_id"))
    XCTAssertEqual(
      out,
      """
      member_id.branch_id  member_id.branch_id.name  count
      -------------------  ------------------------  -----
                        1  第一支部                      3
                        2  第二支部                      1
      (2 rows)

      """)
  }

  private func render(_ table: ResultTable) -> String {
    Engine.render(table, as: .table, options: RenderOptions()).trimmingCharacters(in: .newlines)
  }
}
