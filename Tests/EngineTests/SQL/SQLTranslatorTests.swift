import Engine
import Lang
import XCTest

/// The `sql` statement itself and the comparison the differential test relies on.
final class SQLTranslatorTests: XCTestCase {
  private func session() throws -> Session {
    switch SQLiteDatabase.shared {
    case .success(let db): return Session(store: db.store)
    case .failure(let error): throw error
    }
  }

  private func sql(_ text: String, _ session: Session) throws -> String {
    let answer = try session.run(try Parser.parseStatement(text))
    guard case .text(let sql) = answer.outcome else {
      XCTFail("sql gave no text")
      return ""
    }
    return sql
  }

  func testSQLStatementPrintsSQL() throws {
    let s = try session()
    let text = try sql(
      "sql count attendance where member.org.name ~ \"居民区\" by month(session.date)", s)
    XCTAssertTrue(text.hasPrefix("WITH"), text)
    XCTAssertTrue(text.contains("LEFT JOIN \"members\" AS \"member\""), text)
    XCTAssertTrue(text.contains("LEFT JOIN \"orgs\" AS \"member.org\""), text)
    XCTAssertTrue(text.contains("WITH RECURSIVE"), "a time bucket fills gaps: \(text)")
    XCTAssertTrue(text.hasSuffix(";"))
  }

  func testOneJoinPerPathPrefix() throws {
    let text = try sql(
      "sql count attendance where member.org.name ~ \"康\" and member.category = retired "
        + "by member.org.category", try session())
    XCTAssertEqual(text.components(separatedBy: "AS \"member\" ON").count, 2, text)
    XCTAssertEqual(text.components(separatedBy: "AS \"member.org\" ON").count, 2, text)
  }

  func testContainsLowerCasesOnlyForANeedleWithCase() throws {
    let s = try session()
    XCTAssertTrue(
      try sql("sql count members where name ~ \"王\"", s)
        .contains("WHERE (instr(\"members\".\"name\", '王') > 0)"))
    XCTAssertTrue(
      try sql("sql count members where name ~ \"Wang\"", s)
        .contains("WHERE (instr(lower(\"members\".\"name\"), 'wang') > 0)"))
    XCTAssertTrue(
      try sql("sql count members where name ~ \"王A\"", s)
        .contains("WHERE (instr(lower(\"members\".\"name\"), '王a') > 0)"))
  }

  func testCodeLabelIsTranslatedToItsCode() throws {
    let text = try sql("sql count sessions where type = 微党课", try session())
    XCTAssertTrue(text.contains("= 'micro'"), text)
  }

  func testWrongNamesGetTheEnginesMessage() throws {
    let s = try session()
    XCTAssertThrowsError(try s.run(try Parser.parseStatement("sql count sesions"))) { error in
      XCTAssertTrue((error as? Diagnostic)?.message.contains("sesions") ?? false, "\(error)")
    }
    XCTAssertThrowsError(try s.run(try Parser.parseStatement("sql sum title of sessions")))
    XCTAssertThrowsError(
      try s.run(try Parser.parseStatement("sql count sessions by year across venue top 2")))
  }

  func testTableNameMayLeadAPath() throws {
    let text = try sql("sql count plans where done_on > plans.deadline", try session())
    XCTAssertTrue(text.contains("(\"plans\".\"done_on\" > \"plans\".\"deadline\")"), text)
    XCTAssertFalse(text.contains("JOIN"), text)
  }

  func testComparisonCatchesDifferences() throws {
    let table = ResultTable(
      columns: [
        ResultColumn(name: "type", kind: .text), ResultColumn(name: "avg", kind: .decimal),
      ],
      rows: [[.text("micro"), .decimal(1.5)], [.missing, .date(0)]])
    let same = try SQLiteJSON(
      parsing:
        "[{\"type\":\"micro\",\"avg\":1.5000000000001},\n{\"type\":null,\"avg\":\"1970-01-01\"}]")
    XCTAssertNil(AnswerComparison.difference(table, same))
    let off = try SQLiteJSON(
      parsing: "[{\"type\":\"micro\",\"avg\":1.50001},\n{\"type\":null,\"avg\":\"1970-01-01\"}]")
    XCTAssertNotNil(AnswerComparison.difference(table, off))
    let renamed = try SQLiteJSON(parsing: "[{\"kind\":\"micro\",\"avg\":1.5}]")
    XCTAssertNotNil(AnswerComparison.difference(table, renamed))
    let shorter = try SQLiteJSON(parsing: "[{\"type\":\"micro\",\"avg\":1.5}]")
    XCTAssertNotNil(AnswerComparison.difference(table, shorter))
    let missing = try SQLiteJSON(
      parsing: "[{\"type\":\"micro\",\"avg\":1.5},\n{\"type\":\"\",\"avg\":\"1970-01-01\"}]")
    XCTAssertNotNil(AnswerComparison.difference(table, missing), "empty text is not missing")
  }

  func testJSONReaderKeepsColumnOrderAndEscapes() throws {
    let json = try SQLiteJSON(parsing: "[{\"b\":\"x\\\"y\\n\\u00e9\",\"a\":-1.5e-3,\"b\":null}]")
    XCTAssertEqual(json.columns, ["b", "a", "b"])
    XCTAssertEqual(json.rows, [[.text("x\"y\né"), .number("-1.5e-3"), .null]])
    XCTAssertEqual(try SQLiteJSON(parsing: "").rows.count, 0)
  }
}
