import Lang
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
          Message(
            code: "W0401",
            en: "attendance.member: 4 values match no id in members (\"9\" on line 3, \"8\" on "
              + "line 6, \"7\" on line 7, …); kept as missing references",
            zh: "attendance.member：有 4 个值在 members 里找不到对应的 id"
              + "（第 3 行的“9”、第 6 行的“8”、第 7 行的“7”、…）；这些引用按缺失处理")),
        LoadReport.Warning(
          file: members, line: 4, column: "id",
          Message(
            code: "W0402",
            en: "members: 1 row repeats an id (\"2\" on line 4 (first on line 3)); references use "
              + "the first row with each id",
            zh: "members：有 1 行的 id 重复（第 4 行的“2”（第一次在第 3 行））；引用时以每个 id 第一次出现的行为准")),
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
      $F/dangling/attendance.csv:3: warning[W0401]: attendance.member: 4 values match no id \
      in members ("9" on line 3, "8" on line 6, "7" on line 7, …); kept as missing references
      $F/dangling/members.csv:4: warning[W0402]: members: 1 row repeats an id ("2" on line 4 \
      (first on line 3)); references use the first row with each id

      """)
  }

  func testReportTextInChinese() throws {
    let store = try LoadFixtures.load("dangling")
    let text = store.reportText(.zh).replacingOccurrences(of: LoadFixtures.root, with: "$F")
    XCTAssertEqual(
      text,
      """
      dangling：2 张表

      attendance：7 行，$F/dangling/attendance.csv，utf-8
        session  integer
        member   integer → members（4 个悬空）

      members：4 行，$F/dangling/members.csv，utf-8
        id    integer
        name  text  显示

      2 条警告：
      $F/dangling/attendance.csv:3: 警告[W0401]：attendance.member：有 4 个值在 members 里\
      找不到对应的 id（第 3 行的“9”、第 6 行的“8”、第 7 行的“7”、…）；这些引用按缺失处理
      $F/dangling/members.csv:4: 警告[W0402]：members：有 1 行的 id 重复（第 4 行的“2”\
      （第一次在第 3 行））；引用时以每个 id 第一次出现的行为准

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

  func testIdIndexKinds() {
    let m = ColumnData.missingInteger
    func resolve(_ ids: [Int64], _ refs: [Int64]) -> ([Int32], Int) {
      let index = IdIndex(Column(name: "id", data: .integer(ids)))
      let result = index.resolve(.integer(refs))
      return (result.rows, result.dangling)
    }
    // Sequential ids (the usual export).
    var r = resolve([5, 6, 7], [7, 5, m, 8, 4])
    XCTAssertEqual(r.0, [2, 0, -1, -1, -1])
    XCTAssertEqual(r.1, 2)
    // Dense, with a gap and a duplicate: the first row wins.
    r = resolve([1, 3, 3, 4], [3, 2, 4])
    XCTAssertEqual(r.0, [1, -1, 3])
    XCTAssertEqual(r.1, 1)
    XCTAssertEqual(IdIndex(Column(name: "id", data: .integer([1, 3, 3, 4]))).duplicateCount, 1)
    // Sparse ids.
    r = resolve([1_000_000_000_000, -5, 42], [42, -5, 7, 1_000_000_000_000])
    XCTAssertEqual(r.0, [2, 1, -1, 0])
    XCTAssertEqual(r.1, 1)
    // Text ids, and integer references to them.
    var dictionary = StringDictionary()
    for s in ["10", "A7", "b"] { dictionary.append(utf8: Array(s.utf8)) }
    let textIndex = IdIndex(
      Column(name: "id", data: .text(codes: [2, 0, 1], dictionary: dictionary)))
    XCTAssertEqual(textIndex.resolve(.integer([10, 11])).rows, [1, -1])
    var refs = StringDictionary()
    for s in ["A7", "b", "c"] { refs.append(utf8: Array(s.utf8)) }
    let text = textIndex.resolve(.text(codes: [1, 0, ColumnData.missingCode, 2], dictionary: refs))
    XCTAssertEqual(text.rows, [0, 2, -1, -1])
    XCTAssertEqual(text.dangling, 1)
  }
}
