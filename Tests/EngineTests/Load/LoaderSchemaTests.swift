import Lang
import XCTest

@testable import Engine

final class LoaderSchemaTests: XCTestCase {
  func testSchemaIsAppliedToTablesAndColumns() throws {
    let store = try LoadFixtures.load("schema")
    XCTAssertEqual(store.name, "测试党校")
    XCTAssertEqual(store.tables.map(\.name), ["orgs", "sessions"])
    let orgs = try store.must("orgs")
    XCTAssertEqual(orgs.label, "党组织")
    XCTAssertEqual(orgs.displayColumn, "name")
    XCTAssertEqual(orgs.column("id")?.type, .text)
    XCTAssertEqual(orgs.column("category")?.codeLabels, ["residential": "居民区"])
    let sessions = try store.must("sessions")
    XCTAssertEqual(sessions.label, "党课")
    XCTAssertEqual(sessions.timeColumn, "date")  // "Date" in the schema, matched ignoring case
    XCTAssertEqual(sessions.displayColumn, "title")
    XCTAssertEqual(sessions.column("hours")?.type, .decimal)
    XCTAssertEqual(sessions.cells("hours"), ["2", "1.5", "1"])
    XCTAssertEqual(sessions.column("type")?.label, "类型")
    XCTAssertEqual(sessions.column("type")?.codeLabels["micro"], "微党课")
    let phone = try XCTUnwrap(sessions.column("phone"))
    XCTAssertTrue(phone.sensitive)
    XCTAssertEqual(phone.type, .text)
    XCTAssertEqual(sessions.cells("phone"), ["13800000000", nil, "13900000000"])
    XCTAssertFalse(try XCTUnwrap(sessions.column("title")).sensitive)
    // A declared reference from integer values to text ids matches them by their text.
    let host = try XCTUnwrap(sessions.column("host"))
    XCTAssertEqual(host.label, "主办")
    XCTAssertEqual(host.reference?.table, "orgs")
    XCTAssertEqual(host.reference?.rows, [0, 1, -1])
    XCTAssertEqual(host.reference?.dangling, 0)
    XCTAssertEqual(store.report.warnings, [])
  }

  func testExplicitSchemaPathAndSchemaAmongFiles() throws {
    var options = LoadOptions()
    options.schemaPath = LoadFixtures.path("schema/schema.json")
    let store = try Loader.load(
      .memory(
        name: "m",
        files: [
          DataFile(path: "m/orgs.csv", bytes: Array("id,name,category\n1,甲,agency\n".utf8)),
          DataFile(
            path: "m/sessions.csv",
            bytes: Array("id,date,type,title,host,hours,phone\n1,2016-11-24,micro,t,1,2,\n".utf8)),
        ]), options: options)
    XCTAssertEqual(store.name, "测试党校")
    XCTAssertEqual(store.table("sessions")?.column("host")?.reference?.rows, [0])
    let files = try Loader.load(
      .files([
        LoadFixtures.path("schema/sessions.csv"), LoadFixtures.path("schema/orgs.csv"),
      ]))
    XCTAssertEqual(files.tables.map(\.name), ["sessions", "orgs"])
    XCTAssertEqual(files.table("sessions")?.label, "党课")
  }

  func testNoInferenceOfReferencesWithASchema() throws {
    let store = try Loader.load(
      .memory(
        name: "m",
        files: [
          DataFile(path: "m/orgs.csv", bytes: Array("id\n1\n".utf8)),
          DataFile(path: "m/members.csv", bytes: Array("id,org\n1,1\n".utf8)),
          DataFile(path: "m/schema.json", bytes: Array("{}".utf8)),
        ]))
    XCTAssertNil(store.table("members")?.column("org")?.reference)
  }

  func testDidYouMean() {
    XCTAssertEqual(
      SchemaFile.didYouMean("sesions", ["orgs", "sessions"]),
      Message(en: "; did you mean 'sessions'?", zh: "；是不是“sessions”？"))
    XCTAssertEqual(SchemaFile.didYouMean("Hours", ["hours"]).en, "; did you mean 'hours'?")
    XCTAssertEqual(SchemaFile.didYouMean("zzz", ["orgs", "sessions"]), Message(verbatim: ""))
  }

  func testTimeAndDisplayColumnsInferredWhereTheSchemaIsSilent() throws {
    let store = try LoadFixtures.load("refs-inferred")
    XCTAssertEqual(store.table("members")?.displayColumn, "name")
    XCTAssertNil(store.table("members")?.timeColumn)
    let inference = try LoadFixtures.load("inference")
    // Two date columns: which one is the time is not guessed.
    XCTAssertNil(inference.table("values")?.timeColumn)
    let gb = try LoadFixtures.load("gb18030-mixed-dates")
    XCTAssertEqual(gb.table("sessions")?.timeColumn, "date")
    XCTAssertNil(gb.table("orgs")?.timeColumn)
    let json = try Loader.load(.files([LoadFixtures.path("formats/events.jsonl")]))
    XCTAssertEqual(json.table("events")?.timeColumn, "when")
  }
}
