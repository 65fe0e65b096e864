import Foundation
import Lang
import XCTest

@testable import Engine

/// Let answers on a PostgreSQL session: the statements that read one run on the server with
/// the let as a CTE; `show tables` and `describe` list it.
final class PostgresLetTests: XCTestCase {
  func testALetAnswerIsReadOnTheServer() throws {
    _ = try PostgresTestServer.url()
    let db = try PostgresTestServer.createDatabase("dangke_let")
    defer { PostgresTestServer.drop(db.name) }
    let sample = try Loader.load(.directory(SQLiteDatabase.sampleFolder.path))
    try PostgresImport().run(sample, into: db.url)
    let server = Session(server: try PostgresSource(db.url))
    let memory = Session(store: sample)
    let define = try Parser.parseStatement(
      "let per = sum hours of attendance by member, year(session.date)")
    for session in [server, memory] { _ = try session.run(define) }
    for text in ["median sum of per by year", "list member.org.name, year, sum of per limit 3"] {
      let statement = try Parser.parseStatement(text)
      guard case .table(let onServer, _) = try server.run(statement).outcome,
        case .table(let inMemory, _) = try memory.run(statement).outcome
      else { return XCTFail(text) }
      XCTAssertEqual(Array(onServer.rows), Array(inMemory.rows), text)
      XCTAssertFalse(onServer.rows.isEmpty, text)
    }
    guard case .table(let tables, _) = try server.run(Parser.parseStatement("show tables")).outcome,
      case .table(let described, _) = try server.run(Parser.parseStatement("describe per")).outcome
    else { return XCTFail("show tables, describe") }
    XCTAssertEqual(tables.rows.last, [.text("per"), .missing, .missing, .integer(3)])
    XCTAssertEqual(described.rows.map { $0[0] }, [.text("member"), .text("year"), .text("sum")])
    XCTAssertEqual(described.rows[0][3], .text("members"))
  }
}
