import XCTest

@testable import Engine

final class MarkdownRendererTests: XCTestCase {
  private func markdown(
    _ answer: ResultTable, _ configure: (inout RenderOptions) -> Void = { _ in }
  ) -> String {
    var options = RenderOptions()
    configure(&options)
    return render(answer, as: .markdown, options: options)
  }

  func testPipeTableWithAlignmentRowPaddedByDisplayWidth() {
    XCTAssertEqual(
      markdown(RenderFixtures.orgs),
      """
      | org                  | category    | sessions |  hours | attended |
      | -------------------- | ----------- | -------: | -----: | -------: |
      | 寿益坊居民区党总支   | residential |       96 | 1234.5 |    45.2% |
      | 康健街道机关党委     | agency      |       41 |     12 |   100.0% |
      | Kangjian 两新 branch | twonew      |        7 |   3.82 |     0.0% |
      |                      | retired     |     2024 |        |          |

      """)
  }

  func testPipesEscapedAndLineBreaksFlattened() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "a|b", kind: .text), ResultColumn(name: "n", kind: .integer)],
      rows: [[.text("党课|讲座"), .integer(1)], [.text("one\ntwo"), .integer(22)]])
    XCTAssertEqual(
      markdown(answer),
      """
      | a\\|b       |   n |
      | ---------- | --: |
      | 党课\\|讲座 |   1 |
      | one two    |  22 |

      """)
  }

  func testFooterOnlyWhenCut() {
    XCTAssertEqual(
      markdown(RenderFixtures.numbered(4712)) { $0.maxRows = 2 },
      """
      |  id | title |
      | --: | ----- |
      |   1 | 第1讲 |
      |   2 | 第2讲 |

      (2 of 4,712 rows shown)

      """)
    XCTAssertFalse(markdown(RenderFixtures.numbered(3)) { $0.maxRows = 3 }.contains("("))
    XCTAssertEqual(markdown(RenderFixtures.numbered(0)), "|  id | title |\n| --: | ----- |\n")
  }

  func testMaskingAndNoColour() {
    let output = markdown(RenderFixtures.members) { $0.color = true }
    XCTAssertEqual(
      output,
      """
      | name | phone       | born |
      | ---- | ----------- | ---: |
      | 张伟 | 138****5678 | 1958 |
      | 李娜 | 1****67     | 1990 |
      | 王芳 |             | 1949 |

      """)
    XCTAssertFalse(output.contains("\u{1B}"))
  }
}
