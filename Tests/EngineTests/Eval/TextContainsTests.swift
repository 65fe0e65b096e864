import Lang
import XCTest

@testable import Engine

/// `~` over a text column: the dictionary's truth table (one search through all its bytes
/// when the text has no ASCII letter) and the row mask made from it (missing cells unknown).
final class TextContainsTests: XCTestCase {
  private func dictionary(_ strings: [String]) -> StringDictionary {
    var d = StringDictionary()
    for s in strings { d.append(utf8: Array(s.utf8)) }
    return d
  }

  private func yes(_ table: [UInt8]) -> [Bool] { table.map { $0 == 1 } }

  func testChineseTextMatchesWhereverItStands() {
    let d = dictionary(["王", "小王", "王五", "李四", "汪洋", "", "王王"])
    XCTAssertEqual(yes(d.containsTable("王")), [true, true, true, false, false, false, true])
  }

  func testBytesAcrossTwoStringsAreNoMatch() {
    // Back to back the strings read "x1-2ya1-2…": the first "1-2" spans two strings.
    let d = dictionary(["x1", "-2y", "a1-2", "", "1-2", "1-", "2"])
    XCTAssertEqual(
      yes(d.containsTable("1-2")), [false, false, true, false, true, false, false])
  }

  func testTextWithALetterStillIgnoresCase() {
    let d = dictionary(["ABC-1", "abc-1", "ab-1", "第C-1组"])
    XCTAssertEqual(yes(d.containsTable("c-1")), [true, true, false, true])
  }

  private func count(_ query: String) throws -> Double? {
    let csv = "id,name,note\n1,王一,a\n2,李二,\n3,,b\n4,小王,c\n5,汪三,王\n"
    let store = try Loader.load(
      .memory(name: "t", files: [DataFile(path: "t.csv", bytes: Array(csv.utf8))]))
    let answer = try Session(store: store).run(try Parser.parseStatement(query))
    guard case .table(let table, _) = answer.outcome else { return nil }
    return table.rows.first?.first?.numeric
  }

  func testEmptyCellsAreNeitherInsideNorOutside() throws {
    XCTAssertEqual(try count("count t where name ~ \"王\""), 2)
    XCTAssertEqual(try count("count t where not name ~ \"王\""), 2)
    XCTAssertEqual(try count("count t where note ~ \"王\" or name ~ \"王\""), 3)
  }

  func testEqualityMaskKeepsEmptyCellsOut() throws {
    XCTAssertEqual(try count("count t where note = a"), 1)
    XCTAssertEqual(try count("count t where note != a"), 3)
  }
}
