import Engine
import Lang
import XCTest

@testable import dangke

/// Tab completion knows a let answer once it is defined: its name as a table, its columns,
/// and the tables its reference columns point to.
final class LetAnswerCompletionTests: XCTestCase {
  func testALetAnswerIsCompletedLikeATable() throws {
    let session = Session(store: CompletionTests.store)
    let before = Completer(context: StoreCompletionContext(store: session.storeWithLets, lets: [:]))
    XCTAssertEqual(before.complete(line: "count pe", cursor: 8).candidates.map(\.text), [])
    _ = try session.run(
      Parser.parseStatement("let per = sum hours of attendance by member, year(session.date)"))
    let completer = Completer(
      context: StoreCompletionContext(store: session.storeWithLets, lets: [:]))
    XCTAssertEqual(completer.complete(line: "count pe", cursor: 8).candidates.map(\.text), ["per"])
    let line = "median sum of per by "
    XCTAssertEqual(
      completer.complete(line: line + "ye", cursor: line.utf8.count + 2).candidates.map(\.text),
      ["year"])
    let path = "count per by member.or"
    XCTAssertEqual(
      completer.complete(line: path, cursor: path.utf8.count).candidates.map(\.text), ["org"])
  }
}
