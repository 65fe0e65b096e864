import Lang
import XCTest

/// Completion inside `let NAME = <query>`: the query is completed as it would be on its own.
final class LetCompletionTests: XCTestCase {
  let context = FakeContext()

  func texts(_ marked: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    context.texts(marked, file: file, line: line)
  }

  func testAfterTheEqualsSignTablesAndQueries() {
    let offered = texts("let per = |")
    XCTAssertTrue(offered.contains("sessions"), "\(offered)")
    XCTAssertTrue(offered.contains("sum") && offered.contains("list"), "\(offered)")
    XCTAssertEqual(texts("let per = su|"), ["sum"])
  }

  func testTheQueryOfALetIsCompletedAsAQuery() {
    XCTAssertEqual(texts("let per = sum hours of att|"), ["attendance"])
    XCTAssertEqual(texts("let per = sum hours of attendance by member.or|"), ["org"])
    XCTAssertEqual(texts("let per = count sessions where ty|"), ["type"])
    XCTAssertEqual(texts("let per = total = sum hours of attendance b|"), ["by"])
  }
}
