import Engine
import Lang
import XCTest

/// A table is named after its file; a file name a query could not write (`-`, a space, a
/// leading digit, a keyword) gives a name it can, and the load report says so.
final class LoaderTableNameTests: XCTestCase {
  private func load(_ names: [String]) throws -> Store {
    try Loader.load(
      .memory(
        name: "m", files: names.map { DataFile(path: "m/\($0)", bytes: Array("id,v\n1,2\n".utf8)) }
      ))
  }

  func testUnwritableFileNamesGiveWritableTableNames() throws {
    let store = try load(["attendance-2016.csv", "2016 data.csv", "count.csv", "党课 2016.csv"])
    XCTAssertEqual(
      store.tables.map(\.name).sorted(), ["_2016_data", "attendance_2016", "count_", "党课_2016"])
    XCTAssertEqual(
      store.report.warnings.map(\.message).sorted(),
      [
        "a query cannot write the table name \"2016 data\"; the table is named _2016_data",
        "a query cannot write the table name \"attendance-2016\"; the table is named "
          + "attendance_2016",
        "a query cannot write the table name \"count\"; the table is named count_",
        "a query cannot write the table name \"党课 2016\"; the table is named 党课_2016",
      ])
    let session = Session(store: store)
    for name in store.tables.map(\.name) {
      let answer = try session.run(try Parser.parseStatement("count \(name)"))
      guard case .table(let table, _) = answer.outcome else { return XCTFail("no answer") }
      XCTAssertEqual(table.rows.first, [.integer(1)], name)
    }
  }

  func testWritableNamesStayAsTheyAre() throws {
    let store = try load(["sessions.csv", "党课.csv", "plans_2016.csv"])
    XCTAssertEqual(store.tables.map(\.name).sorted(), ["plans_2016", "sessions", "党课"])
    XCTAssertTrue(store.report.warnings.isEmpty)
  }

  func testTwoFilesMakingOneNameAreRefused() {
    XCTAssertThrowsError(try load(["a-b.csv", "a_b.csv"])) { error in
      XCTAssertTrue("\(error)".contains("also makes table a_b"), "\(error)")
    }
  }
}
