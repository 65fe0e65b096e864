import Lang
import XCTest

/// Deep nesting is an error with a clear message, never a stack overflow.
final class NestingTests: XCTestCase {
  func testThousandNestedParenthesesGiveOneError() {
    let text =
      "count sessions where " + String(repeating: "(", count: 1000) + "type = micro"
      + String(repeating: ")", count: 1000)
    let result = Parser.parse(text)
    XCTAssertEqual(result.statements.count, 0)
    XCTAssertEqual(result.diagnostics.count, 1)
    XCTAssertEqual(result.diagnostics.first?.message, "nested too deeply (more than 200 levels)")
    XCTAssertEqual(result.diagnostics.first?.span.start, 21 + 200)
  }

  func testManyNotsAndCallsGiveOneError() {
    let nots = "count sessions where " + String(repeating: "not ", count: 5000) + "type = micro"
    XCTAssertEqual(Parser.parse(nots).diagnostics.count, 1)
    let calls =
      "count sessions by " + String(repeating: "f(", count: 5000) + "x"
      + String(repeating: ")", count: 5000)
    XCTAssertEqual(Parser.parse(calls).diagnostics.count, 1)
  }

  func testTheScriptGoesOnAfterTheDeepStatement() {
    let deep =
      "count sessions where " + String(repeating: "(", count: 300) + "x = 1"
      + String(repeating: ")", count: 300)
    let result = Parser.parse(deep + "\nshow tables")
    XCTAssertEqual(result.diagnostics.count, 1)
    XCTAssertEqual(result.statements.map(\.kind), [.showTables])
  }

  func testNestingWithinTheLimitParses() {
    let text =
      "count sessions where " + String(repeating: "(", count: 150) + "type = micro"
      + String(repeating: ")", count: 150)
    XCTAssertEqual(parseOK(text).count, 1)
  }

  func testHugeFlatInputsParse() {
    let items = (0..<20_000).map { "v\($0)" }.joined(separator: ", ")
    XCTAssertEqual(parseOK("count sessions where type in (\(items))").count, 1)
    let conditions = (0..<5_000).map { "x = \($0)" }.joined(separator: " or ")
    XCTAssertEqual(parseOK("count sessions where \(conditions)").count, 1)
  }
}
