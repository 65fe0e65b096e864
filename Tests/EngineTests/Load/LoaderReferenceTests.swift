import XCTest

@testable import Engine

final class LoaderReferenceTests: XCTestCase {
  func testReferencesInferredWithoutSchema() throws {
    let store = try LoadFixtures.load("refs-inferred")
    let members = try store.must("members")
    XCTAssertEqual(members.column("org")?.reference?.table, "orgs")
    XCTAssertEqual(members.column("org")?.reference?.rows, [0, 1, -1])
    // `base` values do not all match bases.id: not a reference, and nothing to warn about.
    XCTAssertNil(members.column("base")?.reference)
    let attendance = try store.must("attendance")
    XCTAssertEqual(attendance.column("member")?.reference?.table, "members")
    XCTAssertEqual(attendance.column("member")?.reference?.rows, [1, 0, 2])
    XCTAssertNil(attendance.column("session")?.reference)  // there is no sessions table
    XCTAssertEqual(store.report.warnings, [])
  }

  func testDanglingReferencesAndDuplicateIdsAreReported() throws {
    let store = try LoadFixtures.load("dangling")
    let member = try XCTUnwrap(store.table("attendance")?.column("member")?.reference)
    XCTAssertEqual(member.rows, [0, -1, 1, -1, -1, -1, -1])
    XCTAssertEqual(member.dangling, 4)
    let attendance = LoadFixtures.path("dangling/attendance.csv")
    let members = LoadFixtures.path("dangling/members.csv")
    XCTAssertEqual(
      store.report.warnings,
      [
        LoadReport.Warning(
          file: attendance, line: 3, column: "member",
          message:
            "attendance.member: 4 values match no id in members (\"9\" on line 3, \"8\" on "
            + "line 6, \"7\" on line 7, …); kept as missing references"),
        LoadReport.Warning(
          file: members, line: 4, column: "id",
          message:
            "members: 1 row repeats an id (\"2\" on line 4 (first on line 3)); references use "
            + "the first row with each id"),
      ])
  }

  func testReportText() throws {
    let store = try LoadFixtures.load("dangling")
    let text = store.reportText().replacingOccurrences(of: LoadFixtures.root, with: "$F")
    XCTAssertEqual(
      text,
      """
      dangling: 2 tables

      attendance: 7 rows, $F/dangling/attendance.csv, utf-8
        session  integer
        member   integer → members (4 dangling)

      members: 4 rows, $F/dangling/members.csv, utf-8
        id    integer
        name  text  display

      2 warnings:
      $F/dangling/attendance.csv:3: warning: attendance.member: 4 values match no id in \
      members ("9" on line 3, "8" on line 6, "7" on line 7, …); kept as missing references
      $F/dangling/members.csv:4: warning: members: 1 row repeats an id ("2" on line 4 (first \
      on line 3)); references use the first row with each id

      """)
  }

  func testReportTextWithSchema() throws {
    let store = try LoadFixtures.load("gb18030-mixed-dates")
    let text = store.reportText().replacingOccurrences(of: LoadFixtures.root, with: "$F")
    XCTAssertEqual(
      text,
      """
      GB18030 示例: 2 tables

      orgs (党组织): 3 rows, $F/gb18030-mixed-dates/orgs.csv, gb18030
        id         integer
        name       text  display
        category   text
        secretary  text

      sessions (党课): 5 rows, $F/gb18030-mixed-dates/sessions.csv, gb18030
        id     integer
        date   date  time
        type   text  类型
        title  text  display
        host   integer → orgs  主办
        hours  decimal
        venue  text

      no warnings

      """)
  }

  func testReferencesFollowRowsAfterEmbeddedNewlines() throws {
    // Line numbers in warnings count physical lines, also past quoted newlines.
    let csv = "id,note,org\n1,\"two\nlines\",1\n2,x,5\n"
    let store = try Loader.load(
      .memory(
        name: "m",
        files: [
          DataFile(path: "m/orgs.csv", bytes: Array("id\n1\n".utf8)),
          DataFile(path: "m/members.csv", bytes: Array(csv.utf8)),
          DataFile(
            path: "m/schema.json",
            bytes: Array(
              #"{"tables": {"members": {"columns": {"org": {"references": "orgs"}}}}}"#.utf8)),
        ]))
    XCTAssertEqual(store.report.warnings.first?.line, 4)
  }
}
