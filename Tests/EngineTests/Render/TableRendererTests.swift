import XCTest

@testable import Engine

final class TableRendererTests: XCTestCase {
  private func table(_ answer: ResultTable, _ configure: (inout RenderOptions) -> Void = { _ in })
    -> String
  {
    var options = RenderOptions()
    configure(&options)
    return render(answer, as: .table, options: options)
  }

  func testTheBriefsExample() {
    let answer = ResultTable(
      columns: [
        ResultColumn(name: "type", kind: .text), ResultColumn(name: "count", kind: .integer),
      ],
      rows: [
        [.text("micro"), .integer(96)], [.text("open"), .integer(41)],
        [.text("practice"), .integer(7)],
      ])
    XCTAssertEqual(
      table(answer),
      """
      type      count
      --------  -----
      micro        96
      open         41
      practice      7
      (3 rows)

      """)
  }

  func testChineseCellsAlignByDisplayWidth() {
    let output = table(RenderFixtures.orgs)
    XCTAssertEqual(
      output,
      """
      org                   category     sessions   hours  attended
      --------------------  -----------  --------  ------  --------
      寿益坊居民区党总支    residential        96  1234.5     45.2%
      康健街道机关党委      agency             41      12    100.0%
      Kangjian 两新 branch  twonew              7    3.82      0.0%
                            retired          2024
      (4 rows)

      """)
    assertColumnsAligned(output, rightAligned: [false, false, true, true, true])
  }

  func testSessionTitlesWithChinesePunctuationAndDates() {
    let answer = ResultTable(
      columns: [
        ResultColumn(name: "date", kind: .date), ResultColumn(name: "标题", kind: .text),
        ResultColumn(name: "hours", kind: .decimal), ResultColumn(name: "online", kind: .boolean),
      ],
      rows: [
        [.date(17129), .text("（示范课）寿益坊：「两学一做」"), .decimal(1.5), .boolean(false)],
        [.date(15400), .text("党章学习，第一讲。"), .decimal(2), .boolean(true)],
        [.date(16801), .text("Party history 党史"), .decimal(0.75), .missing],
      ])
    let output = table(answer)
    XCTAssertEqual(
      output,
      """
      date        标题                            hours  online
      ----------  ------------------------------  -----  ------
      2016-11-24  （示范课）寿益坊：「两学一做」    1.5  false
      2012-03-01  党章学习，第一讲。                  2  true
      2016-01-01  Party history 党史               0.75
      (3 rows)

      """)
    assertColumnsAligned(output, rightAligned: [false, false, true, false])
  }

  func testLongCellsAreCutWithoutSplittingACharacter() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "title", kind: .text), ResultColumn(name: "n", kind: .integer)],
      rows: [
        [.text("ab寿益坊居民区"), .integer(1)],  // the cut falls inside 居: dropped whole
        [.text("寿益坊居民区党总支"), .integer(22)],  // the cut falls between 居 and 民
        [.text("Shouyifang residential area"), .integer(333)],
        [.text("short"), .integer(4)],
      ])
    let output = table(answer) { $0.maxCellWidth = 10 }
    XCTAssertEqual(
      output,
      """
      title         n
      ----------  ---
      ab寿益坊…     1
      寿益坊居…    22
      Shouyifan…  333
      short         4
      (4 rows)

      """)
    assertColumnsAligned(output, rightAligned: [false, true])
    // Every kept character is whole: the cut text is a prefix of the original plus the ellipsis.
    XCTAssertTrue(output.contains("ab寿益坊…"))
    XCTAssertFalse(output.contains("\u{FFFD}"))
  }

  func testMaxRowsFooterGroupsThousands() {
    let output = table(RenderFixtures.numbered(4712)) { $0.maxRows = 3 }
    XCTAssertEqual(
      output,
      """
      id  title
      --  -----
       1  第1讲
       2  第2讲
       3  第3讲
      (3 of 4,712 rows shown)

      """)
    let all = table(RenderFixtures.numbered(4712))
    XCTAssertTrue(all.hasSuffix("4712  第4712讲\n(4,712 rows)\n"), String(all.suffix(40)))
    XCTAssertEqual(all.split(separator: "\n").count, 4712 + 3)
    XCTAssertTrue(table(RenderFixtures.numbered(1)).hasSuffix("(1 row)\n"))
    XCTAssertTrue(table(RenderFixtures.numbered(2)) { $0.maxRows = 2 }.hasSuffix("(2 rows)\n"))
    XCTAssertTrue(
      table(RenderFixtures.numbered(2)) { $0.maxRows = 0 }.hasSuffix(
        "--  -----\n(0 of 2 rows shown)\n"))
  }

  func testZeroRowsPrintsTheHeader() {
    XCTAssertEqual(
      table(RenderFixtures.numbered(0)),
      """
      id  title
      --  -----
      (0 rows)

      """)
  }

  func testSensitiveColumnsAreMaskedUnlessRevealed() {
    XCTAssertEqual(
      table(RenderFixtures.members),
      """
      name  phone        born
      ----  -----------  ----
      张伟  138****5678  1958
      李娜  1****67      1990
      王芳               1949
      (3 rows)

      """)
    let revealed = table(RenderFixtures.members) { $0.reveal = true }
    XCTAssertTrue(revealed.contains("张伟  13812345678  1958\n"), revealed)
    XCTAssertTrue(revealed.contains("李娜  1234567      1990\n"), revealed)
  }

  func testColourOnlyOnHeaderAndFooter() {
    let output = table(RenderFixtures.numbered(2)) { $0.color = true }
    XCTAssertEqual(
      output,
      "\u{1B}[1mid  title\u{1B}[0m\n--  -----\n 1  第1讲\n 2  第2讲\n\u{1B}[2m(2 rows)\u{1B}[0m\n")
    XCTAssertFalse(table(RenderFixtures.numbered(2)).contains("\u{1B}"))
  }

  func testControlCharactersCannotBreakTheLayoutOrDriveTheTerminal() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "note", kind: .text), ResultColumn(name: "n", kind: .integer)],
      rows: [[.text("line one\nline two"), .integer(1)], [.text("\u{1B}[31mred"), .integer(2)]])
    let output = table(answer)
    XCTAssertEqual(
      output,
      """
      note               n
      -----------------  -
      line one line two  1
      ␛[31mred           2
      (2 rows)

      """)
    XCTAssertFalse(output.contains("\u{1B}"))
  }
}

final class AlignmentCheckTests: XCTestCase {
  func testTheCheckFindsMisalignment() {
    XCTAssertEqual(
      columnAlignmentProblems("a  b\n-  -\n1  2\n(1 row)\n", rightAligned: [false, true]), [])
    // Padded by character count instead of display width.
    XCTAssertEqual(
      columnAlignmentProblems(
        "org        n\n---------  -\n寿益坊      1\n", rightAligned: [false, true]),
      ["wider than the rule: 寿益坊      1"])
    XCTAssertEqual(
      columnAlignmentProblems(
        "org          n\n-----------  -\nabcdef寿益坊居1\n", rightAligned: [false, true]),
      [
        "wider than the rule: abcdef寿益坊居1", "column 1 splits a character: abcdef寿益坊居1",
        "no gap before column 1: abcdef寿益坊居1",
      ])
    XCTAssertEqual(
      columnAlignmentProblems("a     n\n--  ---\nx    1\n", rightAligned: [false, true]),
      ["column 1 not right-aligned: x    1"])
  }
}
