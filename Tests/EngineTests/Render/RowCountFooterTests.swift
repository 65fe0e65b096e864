import Lang
import XCTest

@testable import Engine

/// The footer renderers write under an answer, in both languages.
final class RowCountFooterTests: XCTestCase {
  func testFootersInBothLanguages() {
    XCTAssertEqual(rowCountFooter(shown: 1, total: 1, language: .en), "(1 row)")
    XCTAssertEqual(rowCountFooter(shown: 4712, total: 4712, language: .en), "(4,712 rows)")
    XCTAssertEqual(
      rowCountFooter(shown: 40, total: 4712, language: .en), "(40 of 4,712 rows shown)")
    XCTAssertEqual(rowCountFooter(shown: 1, total: 1, language: .zh), "（共 1 行）")
    XCTAssertEqual(rowCountFooter(shown: 4712, total: 4712, language: .zh), "（共 4,712 行）")
    XCTAssertEqual(
      rowCountFooter(shown: 40, total: 4712, language: .zh), "（共 4,712 行，显示前 40 行）")
  }

  func testTheTableRendererFollowsTheCurrentLanguage() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "count", kind: .integer)], rows: [[.integer(32)]])
    let before = Language.current
    defer { Language.current = before }
    Language.current = .zh
    XCTAssertEqual(
      render(answer, as: .table, options: RenderOptions()), "count\n-----\n   32\n（共 1 行）\n")
  }
}
