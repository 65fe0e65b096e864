import Lang
import XCTest

@testable import Engine

/// Answers from the server as the engine's `ResultTable`: kinds, missing values, parameters.
final class PostgresResultTests: XCTestCase {
  var database: (name: String, url: String)!

  override func setUpWithError() throws {
    database = try PostgresTestServer.createDatabase("dangke_results")
    let admin = try PostgresConnection(ConnectionString(database.url), readOnly: false)
    try admin.execute("create table t (id integer primary key, name text)")
    try admin.execute("insert into t values (1, '张伟'), (2, null)")
  }

  override func tearDown() {
    if let database { PostgresTestServer.drop(database.name) }
  }

  func testKindsFromTheServersTypes() throws {
    let source = try PostgresSource(database.url)
    let table = try source.run(
      sql: """
        select 7::int8 as n, 2.5::numeric as hours, 0.25::float8 as share, true as ok,
               date '2016-11-03' as day, timestamp '2016-11-03 09:30' as at, 'micro' as type,
               null::int as none
        """)
    XCTAssertEqual(
      table.columns.map { "\($0.name) \($0.kind.rawValue)" },
      [
        "n integer", "hours decimal", "share decimal", "ok boolean", "day date", "at date",
        "type text", "none integer",
      ])
    XCTAssertEqual(
      Array(table.rows),
      [
        [
          .integer(7), .decimal(2.5), .decimal(0.25), .boolean(true),
          .date(CivilDate.days(year: 2016, month: 11, day: 3)),
          .date(CivilDate.days(year: 2016, month: 11, day: 3)), .text("micro"), .missing,
        ]
      ])
  }

  func testThePlansColumnsGiveNamesAndKinds() throws {
    let source = try PostgresSource(database.url)
    let planned = [
      ResultColumn(name: "month", kind: .period), ResultColumn(name: "total", kind: .integer),
      ResultColumn(name: "rate", kind: .rate),
    ]
    let table = try source.run(
      sql: "select '2016-11', sum(id), avg(id) / 3 from t", columns: planned)
    XCTAssertEqual(table.columns, planned)
    XCTAssertEqual(Array(table.rows), [[.text("2016-11"), .integer(3), .decimal(0.5)]])
  }

  func testParametersAreBoundNotSpliced() throws {
    let source = try PostgresSource(database.url)
    let hostile = "'; drop table t; --"
    let table = try source.run(
      sql: "select $1::text, count(*) from t where name = $2 or $3::text is null",
      parameters: [hostile, "张伟", nil])
    XCTAssertEqual(Array(table.rows), [[.text(hostile), .integer(2)]])
    XCTAssertEqual(try source.run(sql: "select count(*) from t").rows[0], [.integer(2)])
  }

  func testManyRowsStreamIntoTypedColumns() throws {
    let source = try PostgresSource(database.url)
    let table = try source.run(
      sql: "select g, 'name ' || (g % 100) from generate_series(1, 200000) g")
    XCTAssertEqual(table.rows.count, 200_000)
    XCTAssertEqual(table.rows[199_999], [.integer(200_000), .text("name 0")])
    var seen = 0
    let rows = try source.stream(
      sql: "select g from generate_series(1, 1000) g", at: Span(0, 0))
    while let row = rows.next() {
      seen += 1
      XCTAssertEqual(row, [.integer(Int64(seen))])
    }
    XCTAssertEqual(rows.columns.map(\.name), ["g"])
    XCTAssertEqual(seen, 1000)
    XCTAssertNil(rows.failure)
  }

  func testEmptyAnswerStillHasItsColumns() throws {
    let source = try PostgresSource(database.url)
    let table = try source.run(sql: "select id, name from t where false")
    XCTAssertEqual(table.columns.map(\.name), ["id", "name"])
    XCTAssertEqual(table.rows.count, 0)
  }
}
