import Lang
import XCTest

/// parse(print(ast)) == ast on thousands of random trees (fixed seed).
final class RoundTripTests: XCTestCase {
  static let seed: UInt64 = 20_161_222
  static let cases = 4000

  /// Names in backquotes print in backquotes wherever a name stands: a table, a related
  /// table, a `let` name, a measure's name (the fuzzer found ``count `membe*bs by \u{13}` ``
  /// printed bare, which did not parse back).
  func testBackquotedNamesPrintBackquoted() {
    for text in [
      "count `membe*bs by \u{13}`",
      "let `first name` = count `my table` where `order` = 1",
      "`n n` = count sessions by type",
      "count `参学 记录` where `评 分` > 3 by `党 组织`",
    ] {
      let first = Parser.parse(text)
      XCTAssertEqual(first.diagnostics.count, 0, text)
      for statement in first.statements {
        let printed = Printer.print(statement)
        let again = Parser.parse(printed)
        XCTAssertEqual(again.diagnostics.count, 0, "\(text) printed as \(printed)")
        XCTAssertEqual(
          again.statements.map { $0.withoutSpans() }, [statement.withoutSpans()], printed)
      }
    }
    XCTAssertEqual(
      Printer.print(Parser.parse("count `membe*bs`").statements[0]), "count `membe*bs`")
  }

  func testRandomStatementsRoundTrip() {
    var generator = RandomAST(seed: Self.seed)
    var failures = 0
    for number in 0..<Self.cases {
      let statement = generator.statement()
      let text = Printer.print(statement)
      let result = Parser.parse(text)
      let reparsed = result.statements.map { $0.withoutSpans() }
      if !result.diagnostics.isEmpty || reparsed != [statement] {
        failures += 1
        if failures <= 5 {
          let rendered = DiagnosticRenderer(text: text).render(result.diagnostics)
          let again = result.statements.map { Printer.print($0) }.joined(separator: "\n")
          XCTFail("case \(number):\n\(text)\nreprinted: \(again)\n\(rendered)")
        }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  /// The same trees printed with the Chinese keywords parse back to themselves, and printing
  /// a statement read from one form in the other form gives the canonical text of that form.
  func testRandomStatementsRoundTripInTheChineseForm() {
    var generator = RandomAST(seed: Self.seed &+ 3)
    var failures = 0
    for number in 0..<Self.cases {
      let statement = generator.statement()
      let chinese = Printer.print(statement, form: .chinese)
      let result = Parser.parse(chinese)
      let reparsed = result.statements.map { $0.withoutSpans() }
      let english = Printer.print(statement)
      let backToEnglish = result.statements.map { Printer.print($0, form: .english) }
      let backToChinese = Parser.parse(english).statements.map {
        Printer.print($0, form: .chinese)
      }
      if !result.diagnostics.isEmpty || reparsed != [statement] || backToEnglish != [english]
        || backToChinese != [chinese]
      {
        failures += 1
        if failures <= 5 {
          let rendered = DiagnosticRenderer(text: chinese).render(result.diagnostics)
          XCTFail("case \(number):\n\(chinese)\n\(english)\n\(rendered)")
        }
      }
    }
    XCTAssertEqual(failures, 0)
  }

  func testRandomScriptsRoundTrip() {
    var generator = RandomAST(seed: Self.seed &+ 1)
    for _ in 0..<50 {
      let statements = (0..<20).map { _ in generator.statement() }
      let text = Printer.print(Script(statements: statements))
      let result = Parser.parse(text)
      XCTAssertEqual(
        result.diagnostics.count, 0, DiagnosticRenderer(text: text).render(result.diagnostics))
      XCTAssertTrue(result.script.withoutSpans() == Script(statements: statements), text)
    }
  }

  /// Spans of parsed statements cover exactly their own text.
  func testStatementSpansCoverTheirText() {
    var generator = RandomAST(seed: Self.seed &+ 2)
    for _ in 0..<300 {
      let statements = (0..<3).map { _ in generator.statement() }
      let lines = statements.map { Printer.print($0) }
      let text = lines.joined(separator: " ; ")
      let bytes = Array(text.utf8)
      let parsed = Parser.parse(text).statements
      XCTAssertEqual(parsed.count, 3)
      for (statement, line) in zip(parsed, lines) {
        let covered = String(
          decoding: bytes[statement.span.start..<statement.span.end], as: UTF8.self)
        XCTAssertEqual(covered, line)
      }
    }
  }
}
