import Lang
import XCTest

/// Parses `text`, failing the test on any diagnostic.
func parseOK(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Statement] {
  let result = Parser.parse(text)
  if !result.diagnostics.isEmpty {
    let rendered = DiagnosticRenderer(text: text).render(result.diagnostics)
    XCTFail("\(text)\n\(rendered)", file: file, line: line)
  }
  return result.statements
}

/// Parses one query statement, failing the test otherwise.
func parseQuery(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Query? {
  let statements = parseOK(text, file: file, line: line)
  guard statements.count == 1, case .query(let query) = statements[0].kind else {
    XCTFail("not one query: \(text)", file: file, line: line)
    return nil
  }
  return query.withoutSpans()
}

/// Builders for span-free expected trees.
enum Build {
  static let zero = Span(0, 0)
  static func name(_ text: String) -> Name { Name(text, span: zero) }
  static func path(_ dotted: String) -> Expr {
    let parts = dotted.split(separator: ".").map { name(String($0)) }
    return Expr(.path(Path(parts, span: zero)), span: zero)
  }
  static func word(_ text: String) -> Expr { Expr(.literal(.word(text)), span: zero) }
  static func literal(_ literal: Literal) -> Expr { Expr(.literal(literal), span: zero) }
  static func compare(_ op: CompareOp, _ left: Expr, _ right: Expr) -> Expr {
    Expr(.compare(op, left, right), span: zero)
  }
  static func and(_ left: Expr, _ right: Expr) -> Expr { Expr(.and(left, right), span: zero) }
  static func call(_ function: String, _ argument: Expr) -> Expr {
    Expr(.call(function: name(function), argument: argument), span: zero)
  }
  static func metric(_ function: AggregateFunction, _ argument: Expr? = nil) -> Metric {
    Metric(function: function, argument: argument, span: zero)
  }
  static func source(_ table: String, _ filter: Expr? = nil) -> Source {
    Source(table: name(table), filter: filter, span: zero)
  }
}
