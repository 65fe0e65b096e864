import Lang
import XCTest

@testable import Engine

/// A database made by hand whose foreign keys do not name `id` (Tests/EngineTests/Fixtures/
/// postgres/keys.sql): a text primary key, a unique column of a table with no primary key, a
/// self-reference, two references to one table, and a key of two columns that is not followed.
final class PostgresKeysTests: XCTestCase {
  var database: (name: String, url: String)!
  var out = ""
  var err = ""

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_keys")
    try PostgresTestServer.psql(database.url, file: PostgresTestServer.fixture("keys.sql"))
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  private func runner(_ source: PostgresSource) -> StatementRunner {
    StatementRunner(
      session: Session(server: source), out: { self.out += $0 }, err: { self.err += $0 })
  }

  /// Runs `text` and returns what it printed (out, then err), clearing both.
  private func run(_ runner: StatementRunner, _ text: String) -> String {
    out = ""
    err = ""
    _ = runner.run(text)
    return out + err
  }

  func testReferencesKeepTheColumnsTheyMatch() throws {
    let store = try PostgresSource(database.url).store
    let members = try XCTUnwrap(store.table("members"))
    let references = members.columns.compactMap { c in
      c.reference.map { "\(c.name) → \($0.table).\($0.key)" }
    }
    XCTAssertEqual(
      references,
      ["org_code → orgs.code", "former_org → orgs.code", "introducer → members.badge"])
    XCTAssertEqual(
      store.table("dues")?.column("member_badge")?.reference.map { "\($0.table).\($0.key)" },
      "members.badge")
    XCTAssertEqual(members.column("region")?.compositeKey?.columns, ["region", "region_no"])
    XCTAssertEqual(members.column("region_no")?.compositeKey?.table, "regions")
  }

  func testCountByTheNameOfATextPrimaryKey() throws {
    let r = runner(try PostgresSource(database.url))
    XCTAssertEqual(
      run(r, "count members by org_code.name"),
      """
      org_code.name  count
      -------------  -----
      第二支部           1
      第一支部           2
      (empty)            1
      (3 rows)

      """)
    // The key shows the code it matches (text), and the name beside it.
    XCTAssertEqual(
      run(r, "count members by org_code"),
      """
      org_code  org_code.name  count
      --------  -------------  -----
      A01       第一支部           2
      B02       第二支部           1
      (empty)                      1
      (3 rows)

      """)
    XCTAssertEqual(
      run(r, "count members where org_code.name = 第一支部"),
      """
      count
      -----
          2
      (1 row)

      """)
  }

  func testTheGeneratedSQLJoinsOnTheKeyColumn() throws {
    let r = runner(try PostgresSource(database.url))
    XCTAssertEqual(
      run(r, "sql count members by org_code"),
      """
      WITH "base" AS (
        SELECT "org_code"."code" AS "k0",
          "org_code"."name" AS "k0_d"
        FROM "members"
        LEFT JOIN "orgs" AS "org_code" ON "org_code"."code" = "members"."org_code"
      ),
      "grouped" AS (
        SELECT "k0", "k0_d", COUNT(*) AS "m0" FROM "base" GROUP BY "k0", "k0_d"
      ),
      "answer" AS (
        SELECT "k0" AS "org_code", "k0_d" AS "org_code.name", "m0" AS "count" FROM "grouped"
      )
      SELECT * FROM "answer"
      ORDER BY "org_code" COLLATE "zh-x-icu" IS NULL, "org_code" COLLATE "zh-x-icu", "org_code.name" COLLATE "zh-x-icu" IS NULL, "org_code.name" COLLATE "zh-x-icu";

      """)
  }

  func testATableWithNoPrimaryKeyThroughTwoKeys() throws {
    let r = runner(try PostgresSource(database.url))
    XCTAssertEqual(
      run(r, "sum amount of dues by member_badge.org_code.name"),
      """
      member_badge.org_code.name    sum
      --------------------------  -----
      第二支部                       20
      第一支部                    130.5
      (empty)                        10
      (3 rows)

      """)
    // Related rows match the referred table's unique column, not an `id`.
    XCTAssertEqual(
      run(r, "list badge, name of members where has (dues where month = \"2016-12\")"),
      """
      badge  name
      -----  ----
      M1     张伟
      M4     刘洋
      (2 rows)

      """)
    XCTAssertEqual(
      run(r, "list name, sum(dues.amount) of members"),
      """
      name  sum_dues_amount
      ----  ---------------
      张伟              100
      李娜             30.5
      王芳               20
      刘洋               10
      (4 rows)

      """)
  }

  func testASelfReference() throws {
    let r = runner(try PostgresSource(database.url))
    XCTAssertEqual(
      run(r, "count members by introducer.name"),
      """
      introducer.name  count
      ---------------  -----
      王芳                 1
      张伟                 2
      (empty)              1
      (3 rows)

      """)
    XCTAssertEqual(
      run(r, "list name, introducer.name, introducer.introducer.name of members"),
      """
      name  introducer.name  introducer.introducer.name
      ----  ---------------  --------------------------
      张伟
      李娜  张伟
      王芳  张伟
      刘洋  王芳             张伟
      (4 rows)

      """)
  }

  func testTwoReferencesToOneTable() throws {
    let r = runner(try PostgresSource(database.url))
    XCTAssertEqual(
      run(r, "count members by org_code.name, former_org.name"),
      """
      org_code.name  former_org.name  count
      -------------  ---------------  -----
      第二支部       第一支部             1
      第一支部       第二支部             1
      第一支部       (empty)              1
      (empty)        机关支部             1
      (4 rows)

      """)
    XCTAssertEqual(
      run(r, "count orgs where has members"),
      """
      error[E0311]: several columns of 'members' refer to 'orgs'
       --> line 1, column 22
        |
      1 | count orgs where has members
        |                      ^^^^^^^ related rows need exactly one reference from the other table to this one

      """)
  }

  func testAKeyOfTwoColumnsIsRefusedWithANote() throws {
    let r = runner(try PostgresSource(database.url))
    XCTAssertEqual(
      run(r, "count members by region_no.title"),
      """
      error[E0830]: 'members.region_no' is one of the 2 columns (region, region_no) of a foreign key to 'regions'; a dot follows a foreign key of one column only
       --> line 1, column 18
        |
      1 | count members by region_no.title
        |                  ^^^^^^^^^^^^^^^ give 'regions' a primary key or unique column of its own and a one-column foreign key to it

      """)
    // The columns themselves are plain values.
    XCTAssertEqual(
      run(r, "count members by region"),
      """
      region   count
      -------  -----
      东城         2
      西城         1
      (empty)      1
      (3 rows)

      """)
  }

  func testAKeyOfTwoColumnsInChinese() throws {
    let source = try PostgresSource(database.url)
    let text = "统计 members 按 片区.title"
    guard case .query(let query) = try Parser.parseStatement(text).kind else {
      return XCTFail("does not parse")
    }
    var warnings: [Diagnostic] = []
    XCTAssertThrowsError(try Session(server: source).planner.plan(query, warnings: &warnings)) {
      XCTAssertEqual(
        DiagnosticRenderer(text: text, language: .zh).render($0 as! Diagnostic),
        """
        错误[E0830]：“members.片区”是指向“regions”的外键的 2 列（region, region_no）之一；点号只能沿单列外键往下取
         --> 第 1 行，第 14 列
          |
        1 | 统计 members 按 片区.title
          |                 ^^^^^^^^^^ 可以给“regions”加一个单列的主键或唯一列，再建一个指向它的单列外键
        """)
    }
  }
}
