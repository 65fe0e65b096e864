import Lang
import Synchronization
import XCTest

@testable import Engine

/// Tables fitted to a width (`RenderOptions.maxWidth`): cells cut by display width with `…`
/// (a Chinese character takes two columns), columns left out and named under the table, a
/// single wide row written as records, and `.format line`.
final class TableFitTests: XCTestCase {
  private func table(_ answer: ResultTable, width: Int?, _ language: Language = .en) -> String {
    var options = RenderOptions()
    options.maxWidth = width
    let saved = Language.current
    Language.current = language
    defer { Language.current = saved }
    return render(answer, as: .table, options: options)
  }

  private let wide = ResultTable(
    columns: [
      ResultColumn(name: "id", kind: .integer), ResultColumn(name: "title", kind: .text),
      ResultColumn(name: "组织", kind: .text), ResultColumn(name: "hours", kind: .decimal),
    ],
    rows: [
      [.integer(1), .text("居民区党员骨干培训班（第5期）"), .text("康健街道党工委"), .decimal(1.5)],
      [.integer(2), .text("micro lesson"), .text("康乐小区居民区党总支"), .decimal(2)],
    ])

  func testCutMeasuresChineseByDisplayWidth() {
    XCTAssertEqual(TextLayout.fit("微党课学习", maxWidth: 10).text, "微党课学习")
    let cut = TextLayout.fit("微党课学习", maxWidth: 6)
    XCTAssertEqual(cut.text, "微党…")  // a third wide character would need 7 columns
    XCTAssertEqual(cut.width, 5)
    XCTAssertEqual(TextLayout.fit("ab微党课", maxWidth: 5).text, "ab微…")
    XCTAssertEqual(TextLayout.fit("ab微党课", maxWidth: 5).width, 5)
  }

  func testTheWidestColumnIsCutFirst() {
    let fit = TableFit.fit(
      natural: [2, 40, 20, 5], headers: [2, 5, 4, 5], numeric: [true, false, false, true],
      maxWidth: 50)
    XCTAssertEqual(fit.shown, [0, 1, 2, 3])
    XCTAssertEqual(fit.widths, [2, 18, 18, 5])
    XCTAssertEqual(TableFit.lineWidth(fit.widths), 49)
  }

  func testColumnsThatDoNotFitAreLeftOutFromTheRight() {
    let fit = TableFit.fit(
      natural: [8, 20, 20, 20, 20], headers: [8, 5, 5, 5, 5],
      numeric: [false, false, false, false, false], maxWidth: 50)
    XCTAssertEqual(fit.shown, [0, 1, 2])
    XCTAssertEqual(fit.widths, [8, 19, 19])
  }

  func testNoLimitKeepsTodaysTable() {
    XCTAssertEqual(
      table(wide, width: nil),
      """
      id  title                          组织                  hours
      --  -----------------------------  --------------------  -----
       1  居民区党员骨干培训班（第5期）  康健街道党工委          1.5
       2  micro lesson                   康乐小区居民区党总支      2
      (2 rows)

      """)
  }

  func testAWideTableFitsWithAFooterNamingWhatIsLeftOut() {
    XCTAssertEqual(
      table(wide, width: 40),
      """
      id  title              组织
      --  -----------------  -----------------
       1  居民区党员骨干培…  康健街道党工委
       2  micro lesson       康乐小区居民区党…
      (2 rows)
      4 columns (3 shown), not shown: hours

      """)
    XCTAssertEqual(
      table(wide, width: 40, .zh),
      """
      id  title              组织
      --  -----------------  -----------------
       1  居民区党员骨干培…  康健街道党工委
       2  micro lesson       康乐小区居民区党…
      （共 2 行）
      共 4 列，显示 3 列，未显示：hours

      """)
  }

  func testHiddenColumnNamesWrapToTheWidth() {
    let columns = (1...12).map { ResultColumn(name: "第\($0)居民区", kind: .integer) }
    let answer = ResultTable(
      columns: [ResultColumn(name: "type", kind: .text)] + columns,
      rows: [[.text("micro")] + (1...12).map { .integer($0) }])
    var options = RenderOptions()
    options.maxWidth = 50
    options.maxRows = nil
    let text = render(
      ResultTable(columns: answer.columns, rows: [answer.rows[0], answer.rows[0]]), as: .table,
      options: options)
    XCTAssertEqual(
      text,
      """
      type   第1居民区  第2居民区  第3居民区  第4居民区
      -----  ---------  ---------  ---------  ---------
      micro          1          2          3          4
      micro          1          2          3          4
      (2 rows)
      13 columns (5 shown), not shown: 第5居民区,
        第6居民区, 第7居民区, 第8居民区, 第9居民区,
        第10居民区, 第11居民区, 第12居民区

      """)
    for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(displayWidth(line), 50) }
  }

  func testASingleRowTooWideIsWrittenAsRecords() {
    let one = ResultTable(columns: wide.columns, rows: [wide.rows[0]])
    XCTAssertEqual(
      table(one, width: 40),
      """
      id    = 1
      title = 居民区党员骨干培训班（第5期）
      组织  = 康健街道党工委
      hours = 1.5

      (1 row)

      """)
    // One row that fits stays a table.
    XCTAssertTrue(table(one, width: 80).hasPrefix("id  title"))
  }

  func testLineFormatAlignsNamesByDisplayWidth() {
    var options = RenderOptions()
    options.maxRows = 1
    XCTAssertEqual(
      render(wide, as: .line, options: RenderOptions()),
      """
      id    = 1
      title = 居民区党员骨干培训班（第5期）
      组织  = 康健街道党工委
      hours = 1.5

      id    = 2
      title = micro lesson
      组织  = 康乐小区居民区党总支
      hours = 2

      """)
    XCTAssertEqual(
      render(wide, as: .line, options: options),
      """
      id    = 1
      title = 居民区党员骨干培训班（第5期）
      组织  = 康健街道党工委
      hours = 1.5

      (1 of 2 rows shown)

      """)
  }
}
