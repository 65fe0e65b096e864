import Engine
import Foundation
import Lang
import XCTest

/// The let pair on `dangke generate --scale district` data (a million attendance
/// rows): Dangke's answer against sqlite3's for the SQL Dangke writes (the let a CTE).
final class DistrictLetTests: XCTestCase {
  func testTheMedianOfEachMembersYearlyHoursAgreesWithSQLite() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-district-let-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in Generator(scale: .district).files() {
      try Data(file.bytes).write(to: folder.appendingPathComponent(file.fileName))
    }
    let store = try Loader.load(.directory(folder.path))
    let database = folder.appendingPathComponent("district.db").path
    let load = folder.appendingPathComponent("load.sql")
    try SQLiteDatabase.loadScript(store, folder: folder).write(
      to: load, atomically: true, encoding: .utf8)
    XCTAssertEqual(try sqlite3(["-bail", database, ".read '\(load.path)'"]).error, "")

    let session = Session(store: store)
    session.textOrder = .bytes
    _ = try session.run(
      Parser.parseStatement("let per = sum hours of attendance by member, year(session.date)"))
    for text in ["median sum of per by year", "count(where sum >= 32) / count of per by year"] {
      guard case .table(let answer, _) = try session.run(Parser.parseStatement(text)).outcome,
        case .text(let sql) = try session.run(Parser.parseStatement("sql " + text)).outcome
      else { return XCTFail(text) }
      XCTAssertEqual(answer.rows.count, 5, text)
      let query = folder.appendingPathComponent("query.sql")
      try sql.write(to: query, atomically: true, encoding: .utf8)
      let result = try sqlite3(["-json", "-bail", database, ".read '\(query.path)'"])
      XCTAssertEqual(result.error, "", text)
      let expected = try SQLiteJSON(parsing: String(decoding: result.output, as: UTF8.self))
      XCTAssertNil(AnswerComparison.difference(answer, expected), text)
    }
  }

  private func sqlite3(_ arguments: [String]) throws -> (output: Data, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: SQLiteDatabase.sqlite3)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (output, String(decoding: error, as: UTF8.self))
  }
}
