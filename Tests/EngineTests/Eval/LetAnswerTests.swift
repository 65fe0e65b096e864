import Lang
import XCTest

@testable import Engine

/// `let NAME = <aggregate or list>`: the answer is read later like a table, its columns
/// keeping their types (references stay references, periods stay periods, sensitive columns
/// stay masked), in memory and in SQL.
final class LetAnswerTests: XCTestCase {
  /// What a script prints on standard output, and on standard error.
  private func run(_ script: String) -> (out: String, err: String) {
    let session = Session(store: Sample.store)
    var out = ""
    var err = ""
    StatementRunner(session: session, out: { out += $0 }, err: { err += $0 }).run(script)
    return (out, err)
  }

  private let per = "let per = sum hours of attendance by member, year(session.date)\n"

  func testAnAggregateOfAnAggregate() {
    let (out, err) = run(per + "median sum of per by year")
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      year  median
      ----  ------
      2012       3
      2013       2
      2014     2.5
      2015       2
      2016       3
      (5 rows)

      """)
  }

  func testColumnsKeepTheirTypesAndReferencesResolve() {
    let (out, err) = run(
      per + "describe per\nlist member, member.name, member.org.name, year, sum of per limit 2")
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      column  type              label  refers to  distinct  examples
      ------  ----------------  -----  ---------  --------  ----------------
      member  integer           党员   members        6093  1, 2, 3
      year    date, time, year                           5  2012, 2013, 2014
      sum     decimal                                   67  10.5, 7.5, 30
      (3 rows)

      member  member.name  member.org.name  year   sum
      ------  -----------  ---------------  ----  ----
           1  江静欣       康健街道党工委   2012  10.5
           1  江静欣       康健街道党工委   2013  10.5
      (2 rows)

      """)
  }

  func testPeriodsStillFillAndRollUp() {
    let (out, _) = run(
      "let micro = count sessions where type = micro and date in 2016 by month\n"
        + "sum count of micro by quarter")
    XCTAssertEqual(
      out,
      """
      quarter  sum
      -------  ---
      2016-Q1    0
      2016-Q2   11
      2016-Q3    8
      2016-Q4   13
      (4 rows)

      """)
  }

  func testNamedMeasuresNameColumnsAndSensitiveColumnsStayMasked() throws {
    let (out, err) = run(
      "let t = total = sum hours of attendance by member having total > 60\n"
        + "let p = list name, phone of members limit 2\n"
        + "list p\nmax total of t")
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      name    phone
      ------  -----------
      江静欣  187****1889
      张鹏俊  152****6060
      (2 rows)

      max
      ---
       92
      (1 row)

      """)
    let session = Session(store: Sample.store)
    _ = try session.run(Parser.parseStatement("let p = list name, phone of members limit 2"))
    XCTAssertEqual(session.storeWithLets.table("p")?.column("phone")?.sensitive, true)
  }

  func testARedefinitionReplacesAndShowTablesListsLets() {
    let (out, err) = run(
      "let per = count sessions by year\nlet per = count sessions by type\n"
        + "list per limit 2\nshow tables")
    XCTAssertEqual(err, "")
    XCTAssertTrue(
      out.hasPrefix(
        """
        type     count
        -------  -----
        demo        11
        lecture    223
        (2 rows)

        """), out)
    XCTAssertTrue(out.hasSuffix("per                       7        2\n(10 rows)\n"), out)
  }

  func testSQLWritesTheLetAsACommonTableExpression() throws {
    let (out, err) = run(per + "sql median sum of per by year")
    XCTAssertEqual(err, "")
    XCTAssertTrue(
      out.hasPrefix(
        """
        WITH RECURSIVE "per" AS (
        SELECT "member" AS "member", "year" AS "year", "sum" AS "sum", ROW_NUMBER() OVER () AS "rowid" FROM (
        WITH RECURSIVE "base" AS (
        """), out)
    XCTAssertTrue(out.contains("printf('%04d-01-01', \"k1\") END AS \"year\""), out)
    XCTAssertTrue(out.contains(") AS \"a\"\n),\n\"base\" AS (\n"), out)
    XCTAssertTrue(out.contains("  FROM \"per\"\n"), out)
  }

  func testPostgreSQLBindsTheStatementsConstantsAndWritesTheLetsInline() throws {
    let session = Session(store: Sample.store)
    _ = try session.run(
      Parser.parseStatement(
        "let per = sum hours of attendance where session.type = micro by member, year(session.date)"
      ))
    guard case .query(let query) = try Parser.parseStatement("count per where sum > 3 by year").kind
    else { return XCTFail("not a query") }
    var warnings: [Diagnostic] = []
    let plan = try session.planner.plan(query, warnings: &warnings)
    var statement = try SQLGenerator(store: session.sqlStore, dialect: .postgres).statement(plan)
    statement.text = try session.withLets(statement.text, dialect: .postgres)
    XCTAssertTrue(statement.text.hasPrefix("WITH RECURSIVE \"per\" AS (\n"), statement.text)
    XCTAssertTrue(statement.text.contains("\"session\".\"type\" = 'micro'"), statement.text)
    XCTAssertTrue(
      statement.text.contains("make_date(CAST(\"k1\" AS INTEGER), 1, 1)"), statement.text)
    XCTAssertTrue(statement.text.contains("AS \"ctid\""), statement.text)
    XCTAssertEqual(statement.parameters, ["3"])
  }

  func testALetNamedLikeAGeneratorCTEIsRenamedInSQL() {
    let (out, err) = run("let answer = count sessions by type\nsql max count of answer")
    XCTAssertEqual(err, "")
    XCTAssertTrue(out.hasPrefix("WITH \"answer_let\" AS (\n"), out)
    XCTAssertTrue(out.contains("FROM \"answer_let\""), out)
  }
}
