import Engine
import Foundation
import Lang
import XCTest

/// Schema labels name tables and columns wherever an English name can stand.
final class ChineseNameTests: XCTestCase {
  func testLabelsNameTablesAndColumns() throws {
    XCTAssertEqual(
      try Sample.number("count 党课 where 课型=微党课"),
      try Sample.number("count sessions where type=micro"))
    let chinese = try Sample.answer("sum 学时 of 参学记录 by 党员.类别")
    let english = try Sample.answer("sum hours of attendance by member.category")
    XCTAssertEqual(Array(chinese.rows), Array(english.rows))
    // Answers show the names as typed.
    XCTAssertEqual(chinese.columns.map(\.name), ["党员.类别", "sum"])
    XCTAssertEqual(try Sample.answer("describe 党课").rows.count, 12)
    let names = try Sample.answer("list 姓名 of 党员 where 姓名 ~ \"zhangai\" order by 姓名 limit 4")
    XCTAssertEqual(names.columns.map(\.name), ["姓名"])
    XCTAssertEqual(
      Array(names.rows), [[.text("张爱")], [.text("张爱")], [.text("张爱")], [.text("张爱敏")]])
  }

  func testTheSampleLabelsAllName() {
    XCTAssertEqual(Sample.store.report.warnings.compactMap(\.code), [])
    for table in Sample.store.tables {
      if let label = table.label { XCTAssertEqual(Sample.store.table(label)?.name, table.name) }
      for column in table.columns {
        if let label = column.label { XCTAssertEqual(table.column(label)?.name, column.name) }
      }
    }
  }

  func testLetAndMixedNames() throws {
    let session = Session(store: Sample.store)
    _ = try session.run(try Parser.parseStatement("let 微课 = 党课 where 课型 = 微党课"))
    guard case .table(let t, _) = try session.run(try Parser.parseStatement("count 微课")).outcome
    else { return XCTFail("no table") }
    XCTAssertEqual(Array(t.rows), [[.integer(32)]])
    XCTAssertEqual(
      try Sample.number("count attendance where 党课.课型 = micro"),
      try Sample.number("count attendance where session.type = micro"))
  }

  func testTheTablesOwnLabelStartsAPathToItsColumn() throws {
    XCTAssertEqual(try Sample.number("count 推进表 where 完成日期 <= 推进表.deadline"), 94)
    XCTAssertEqual(
      try Sample.number("count plans where done_on < 推进表.deadline"),
      try Sample.number("count plans where done_on < plans.deadline"))
  }

  func testWrongNamesSuggestLabels() {
    XCTAssertEqual(
      Sample.diagnostics("count 参学记"),
      """
      error[E0301]: unknown table '参学记'
       --> line 1, column 7
        |
      1 | count 参学记
        |       ^^^^^^ did you mean '参学记录'?

      """)
    XCTAssertEqual(
      Sample.diagnostics("count 党课 where 课型x=微党课"),
      """
      error[E0302]: table 'sessions' has no column '课型x'
       --> line 1, column 16
        |
      1 | count 党课 where 课型x=微党课
        |                  ^^^^^ did you mean '课型'?

      """)
  }

  /// A folder whose schema gives clashing labels; the load report names each clash.
  func testClashingLabelsAreReportedNotGuessed() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-labels-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "id,name,kind\n1,a,x\n".write(
      to: folder.appendingPathComponent("teams.csv"), atomically: true, encoding: .utf8)
    try "id,title\n1,b\n".write(
      to: folder.appendingPathComponent("groups.csv"), atomically: true, encoding: .utf8)
    try "id\n1\n".write(
      to: folder.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
    let schema = """
      {"tables": {
        "teams": {"label": "小组", "columns": {
          "name": {"label": "名称"}, "kind": {"label": "名称"}, "id": {"label": "title"}}},
        "groups": {"label": "小组", "columns": {"title": {"label": "id"}}},
        "notes": {"label": "teams", "columns": {"id": {"label": "sum"}}}
      }}
      """
    try schema.write(
      to: folder.appendingPathComponent("schema.json"), atomically: true, encoding: .utf8)
    let store = try Loader.load(.directory(folder.path))
    let report = store.report.warnings.filter { $0.code != nil }
      .map { "\($0.code!) \($0.message)" }.sorted()
    XCTAssertEqual(
      report,
      [
        "W1000 the label 'teams' of table 'notes' is the name of another table, so 'teams' names that table",
        "W1001 tables 'groups' and 'teams' have the same label '小组': neither can be named by it",
        "W1001 tables 'teams' and 'groups' have the same label '小组': neither can be named by it",
        "W1003 the label 'id' of column 'groups.title' is the name of column 'id', so 'id' names that column",
        "W1004 columns 'teams.kind' and 'name' have the same label '名称': neither can be named by it",
        "W1004 columns 'teams.name' and 'kind' have the same label '名称': neither can be named by it",
        "W1005 the label 'sum' of column 'notes.id' is a keyword, so it cannot name the column",
      ].sorted())
    // Never guessed: a shared label names nothing, a name wins over a label.
    XCTAssertNil(store.tableIndex("小组"))
    XCTAssertEqual(store.tableIndex("teams"), store.tables.firstIndex { $0.name == "teams" })
    XCTAssertNil(store.table("teams")?.columnIndex("名称"))
    XCTAssertEqual(store.table("teams")?.column("title")?.name, "id")
    XCTAssertTrue(store.reportText().contains(": warning[W1001]: tables 'groups' and 'teams'"))
  }
}
