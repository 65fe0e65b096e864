import Lang
import XCTest

/// `let NAME = <aggregate or list>`: parsed as an answer's name, a selection otherwise, and
/// printed back (English and Chinese keywords).
final class LetAnswerTests: XCTestCase {
  private func letAnswer(_ text: String, file: StaticString = #filePath, line: UInt = #line)
    -> (name: String, query: Query)?
  {
    let statements = parseOK(text, file: file, line: line)
    guard statements.count == 1, case .letAnswer(let name, let query) = statements[0].kind else {
      XCTFail("not a let answer: \(text)", file: file, line: line)
      return nil
    }
    return (name.text, query)
  }

  func testAnAggregateAfterTheEqualsSignIsAnAnswer() throws {
    let (name, query) = try XCTUnwrap(
      letAnswer("let per = sum hours of attendance by member, year(session.date)"))
    XCTAssertEqual(name, "per")
    XCTAssertEqual(query.source.table.text, "attendance")
    XCTAssertEqual(query.groups.count, 2)
    guard case .aggregate(let metrics) = query.kind else { return XCTFail("not an aggregate") }
    XCTAssertEqual(metrics.map(\.function), [.sum])
  }

  func testCountListAndANamedMeasureStartAnAnswer() throws {
    XCTAssertEqual(try XCTUnwrap(letAnswer("let n = count sessions by year")).query.groups.count, 1)
    let list = try XCTUnwrap(letAnswer("let l = list name, born of members where born > 1990"))
    guard case .list(let fields) = list.query.kind else { return XCTFail("not a list") }
    XCTAssertEqual(fields.count, 2)
    let named = try XCTUnwrap(letAnswer("let t = total = sum hours of attendance by member"))
    guard case .aggregate(let metrics) = named.query.kind else {
      return XCTFail("not an aggregate")
    }
    XCTAssertEqual(metrics.first?.name?.text, "total")
  }

  func testATableNameAfterTheEqualsSignIsStillASelection() {
    let statements = parseOK("let recent = sessions where date >= 2016-06-01")
    guard case .letBinding(let name, let source)? = statements.first?.kind else {
      return XCTFail("not a selection")
    }
    XCTAssertEqual(name.text, "recent")
    XCTAssertEqual(source.table.text, "sessions")
  }

  func testPrintedBackInBothForms() throws {
    let text = "let per = sum hours of attendance by member, year(session.date) having sum > 10"
    let statement = try Parser.parseStatement(text)
    XCTAssertEqual(Printer.print(statement), text)
    let chinese = Printer.print(statement, form: .chinese)
    XCTAssertEqual(chinese, "设 per = 求和 hours 从 attendance 按 member, year(session.date) 筛选 求和 > 10")
    XCTAssertEqual(
      try Parser.parseStatement(chinese).withoutSpans(), statement.withoutSpans())
    let median = try Parser.parseStatement("中位数 sum 从 per 按 year")
    XCTAssertEqual(Printer.print(median), "median sum of per by year")
  }
}
