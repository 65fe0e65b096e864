import Lang
import XCTest

/// Names that a query must write in backquotes (a blank, a sign, a keyword) are completed in
/// backquotes, listed as they are, and found by what the user types without a backquote.
final class QuotedNameCompletionTests: XCTestCase {
  /// A workbook-like schema: a sheet named with a blank, columns with blanks and a keyword.
  struct Context: CompletionContext {
    func tables() -> [String] { ["sign ins", "people"] }
    func columns(of table: String) -> [String] {
      table == "people" ? ["id", "first name", "order", "参学 时长"] : ["id", "person", "签到 时间"]
    }
    func referencedTable(of table: String, column: String) -> String? {
      table == "sign ins" && column == "person" ? "people" : nil
    }
    func values(of table: String, column path: [String]) -> [(value: String, count: Int)] { [] }
    var letNames: [String] { ["my list"] }
  }

  private func complete(_ marked: String) -> CompletionResult {
    let bar = marked.firstIndex(of: "|")!
    var text = marked
    text.remove(at: bar)
    let cursor = marked.utf8.distance(from: marked.startIndex, to: bar)
    return Completion.candidates(line: text, cursor: cursor, context: Context())
  }

  func testTablesWithBlanksAreInsertedInBackquotes() {
    let result = complete("count |")
    XCTAssertEqual(result.texts.prefix(3), ["`sign ins`", "people", "`my list`"])
    XCTAssertEqual(
      result.candidates.prefix(3).map(\.display), ["sign ins", "people", "my list"])
    // Typed without a backquote, the name is found by its plain spelling.
    let typed = complete("count si|")
    XCTAssertEqual(typed.texts, ["`sign ins`"])
    XCTAssertEqual(typed.replaced, Span(6, 8))
  }

  func testColumnsWithBlanksKeywordsAndChineseAfterAReference() {
    XCTAssertEqual(
      complete("count people by |").texts.prefix(4),
      ["id", "`first name`", "`order`", "`参学 时长`"])
    XCTAssertEqual(complete("count people by fi|").texts, ["`first name`"])
    XCTAssertEqual(complete("count `sign ins` by person.参|").texts, ["`参学 时长`"])
  }

  /// What completion inserts parses back to the name it lists.
  func testInsertedTextParses() throws {
    for line in ["count `sign ins` by `签到 时间`", "count people by `first name`, `order`"] {
      XCTAssertNoThrow(try Parser.parseStatement(line), line)
    }
    var line = "count si"
    let first = complete("count si|")
    line = "count " + first.texts[0] + " by "
    let second = complete(line + "|")
    line += second.texts.first { $0.contains(" ") } ?? ""
    XCTAssertEqual(line, "count `sign ins` by `签到 时间`")
    let statement = try Parser.parseStatement(line)
    XCTAssertEqual(Printer.print(statement), line)
  }
}
