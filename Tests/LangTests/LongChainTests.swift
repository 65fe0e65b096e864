import Lang
import XCTest

/// A flat chain of `and`s or `or`s has no length limit: past `Parser.maxDepth` terms it is a
/// balanced tree, so that printing, comparing and freeing it never recurses deeply (100,000
/// `or` terms overflowed the stack when the tree was freed).
final class LongChainTests: XCTestCase {
  private func depth(_ e: Expr) -> Int {
    switch e.kind {
    case .and(let a, let b), .or(let a, let b): return 1 + max(depth(a), depth(b))
    case .group(let a), .not(let a): return 1 + depth(a)
    default: return 1
    }
  }

  private func condition(_ text: String) throws -> Expr {
    let statement = try Parser.parseStatement(text)
    guard case .query(let q) = statement.kind, let filter = q.source.filter else {
      XCTFail("no condition in \(text.prefix(60))")
      return Expr(.literal(.integer(0)), span: Span(0, 0))
    }
    return filter
  }

  func testHundredThousandOrTermsMakeAShallowTree() throws {
    let text =
      "count sessions where " + (0..<100_000).map { "id = \($0)" }.joined(separator: " or ")
    let filter = try condition(text)
    XCTAssertEqual(depth(filter), 18)
    // Printed as written, and equal to itself (hashing and comparing walk the whole tree).
    XCTAssertEqual(Printer.print(try Parser.parseStatement(text)), text)
    XCTAssertEqual(filter, filter)
  }

  func testLongAndChainPrintsWithoutParentheses() throws {
    let text =
      "count sessions where " + (0..<1_000).map { "id != \($0)" }.joined(separator: " and ")
    XCTAssertEqual(Printer.print(try Parser.parseStatement(text)), text)
    XCTAssertEqual(depth(try condition(text)), 11)
  }

  func testShortChainStillLeansLeft() throws {
    let filter = try condition("count sessions where id = 1 or id = 2 or id = 3")
    guard case .or(let left, let right) = filter.kind, case .or = left.kind,
      case .compare = right.kind
    else { return XCTFail("\(filter.kind)") }
    // Parentheses the user wrote stay a group and are printed.
    let grouped = "count sessions where id = 1 or (id = 2 or id = 3)"
    XCTAssertEqual(Printer.print(try Parser.parseStatement(grouped)), grouped)
  }
}
