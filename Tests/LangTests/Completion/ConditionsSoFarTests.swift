import Lang
import XCTest

/// The conditions typed before the one being completed, as the context receives them: parsed
/// by the Lang parser into the statement's source (table and `where`), or none at all.
final class ConditionsSoFarTests: XCTestCase {
  /// FakeContext's schema and values, recording the source of each count.
  final class Recording: CompletionContext {
    let fake = FakeContext()
    var sources: [Source?] = []

    func tables() -> [String] { fake.tables() }
    func columns(of table: String) -> [String] { fake.columns(of: table) }
    func referencedTable(of table: String, column: String) -> String? {
      fake.referencedTable(of: table, column: column)
    }
    func values(of table: String, column path: [String]) -> [(value: String, count: Int)] {
      sources.append(nil)
      return fake.values(of: table, column: path)
    }
    func values(of table: String, column path: [String], over source: Source)
      -> [(value: String, count: Int)]
    {
      sources.append(source)
      return fake.values(of: table, column: path)
    }
    var letNames: [String] { fake.letNames }
  }

  /// The condition the context was given for `line` (cursor at the end), printed back.
  private func condition(_ line: String) -> String? {
    let context = Recording()
    _ = Completion.candidates(line: line, cursor: line.utf8.count, context: context)
    XCTAssertEqual(context.sources.count, 1, line)
    guard let source = context.sources.first ?? nil else { return nil }
    XCTAssertEqual(source.table.text, "sessions", line)
    return source.filter.map { Printer.print($0) }
  }

  func testConditionsBeforeAnAndAreParsed() {
    XCTAssertEqual(condition("count sessions where type=micro and hours="), "type = micro")
    XCTAssertEqual(
      condition("count sessions where type=micro and hours>1 and type="),
      "type = micro and hours > 1")
    XCTAssertEqual(condition("统计 sessions 其中 type=micro 且 hours="), "type = micro")
    XCTAssertEqual(
      condition("count sessions where (type=micro or type=open) and hours="),
      "(type = micro or type = open)")
  }

  func testNoConditionsWhenTheyDoNotAllHold() {
    XCTAssertNil(condition("count sessions where type="))
    XCTAssertNil(condition("count sessions where type=micro or hours="))
    XCTAssertNil(condition("count sessions where type=open or type=micro and hours="))
    XCTAssertNil(condition("count sessions where (type=micro and hours="))
    XCTAssertNil(condition("count sessions where type= and hours="))
  }
}
