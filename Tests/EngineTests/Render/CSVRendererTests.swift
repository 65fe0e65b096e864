import XCTest

@testable import Engine

final class CSVRendererTests: XCTestCase {
  private func csv(_ answer: ResultTable, _ configure: (inout RenderOptions) -> Void = { _ in })
    -> String
  {
    var options = RenderOptions()
    configure(&options)
    return render(answer, as: .csv, options: options)
  }

  func testFullPrecisionRawRatesAndNoFooter() {
    XCTAssertEqual(
      csv(RenderFixtures.orgs),
      """
      org,category,sessions,hours,attended
      寿益坊居民区党总支,residential,96,1234.5,0.452
      康健街道机关党委,agency,41,12,1
      Kangjian 两新 branch,twonew,7,3.8249,0
      ,retired,2024,,

      """)
  }

  func testMaxRowsDoesNotCutAnExport() {
    let output = csv(RenderFixtures.numbered(50)) { $0.maxRows = 3 }
    XCTAssertEqual(output.split(separator: "\n").count, 51)
    XCTAssertFalse(output.contains("shown"))
  }

  func testQuotingFollowsRFC4180() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "title", kind: .text), ResultColumn(name: "n", kind: .integer)],
      rows: [
        [.text("党课, 第一讲"), .integer(1)],
        [.text("他说\"学习\"很重要"), .integer(2)],
        [.text("line one\nline two"), .integer(3)],
        [.text("a\r\nb"), .integer(4)],
        [.text("plain 文本"), .integer(5)],
      ])
    XCTAssertEqual(
      csv(answer),
      "title,n\n\"党课, 第一讲\",1\n\"他说\"\"学习\"\"很重要\",2\n\"line one\nline two\",3\n"
        + "\"a\r\nb\",4\nplain 文本,5\n")
  }

  func testFormulaLikeTextIsPrefixedButNumbersAreNot() {
    let answer = ResultTable(
      columns: [
        ResultColumn(name: "note", kind: .text), ResultColumn(name: "delta", kind: .integer),
        ResultColumn(name: "avg", kind: .decimal),
      ],
      rows: [
        [.text("=HYPERLINK(\"http://x\",\"y\")"), .integer(-3), .decimal(-0.5)],
        [.text("+1"), .integer(1), .decimal(1)],
        [.text("-2"), .integer(2), .decimal(2)],
        [.text("@SUM(A1)"), .integer(3), .decimal(3)],
        [.text("\tx"), .integer(4), .decimal(4)],
        [.text("\rx"), .integer(5), .decimal(5)],
        [.text("a=b"), .integer(6), .decimal(6)],
      ])
    XCTAssertEqual(
      csv(answer),
      """
      note,delta,avg
      "'=HYPERLINK(""http://x"",""y"")",-3,-0.5
      '+1,1,1
      '-2,2,2
      '@SUM(A1),3,3
      '\tx,4,4
      "'\rx",5,5
      a=b,6,6

      """)
  }

  func testBOMAndEmptyAnswers() {
    let bom = csv(RenderFixtures.numbered(1)) { $0.bom = true }
    XCTAssertEqual(bom, "\u{FEFF}id,title\n1,第1讲\n")
    XCTAssertEqual(Array(bom.utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
    XCTAssertEqual(csv(RenderFixtures.numbered(0)), "id,title\n")
    XCTAssertFalse(csv(RenderFixtures.numbered(1)).hasPrefix("\u{FEFF}"))
  }

  func testALoneEmptyFieldIsQuotedSoTheLineIsNotSkipped() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "teacher", kind: .text)],
      rows: [[.text("王教授")], [.missing]])
    XCTAssertEqual(csv(answer), "teacher\n王教授\n\"\"\n")
  }

  func testSensitiveColumnsAreMasked() {
    XCTAssertEqual(
      csv(RenderFixtures.members),
      "name,phone,born\n张伟,138****5678,1958\n李娜,1****67,1990\n王芳,,1949\n")
    XCTAssertTrue(
      csv(RenderFixtures.members) { $0.reveal = true }.contains("张伟,13812345678,1958\n"))
  }

  func testDatesBooleansAndPeriods() {
    let answer = ResultTable(
      columns: [
        ResultColumn(name: "date", kind: .date), ResultColumn(name: "online", kind: .boolean),
        ResultColumn(name: "quarter", kind: .period),
      ],
      rows: [[.date(17129), .boolean(true), .text("2016-Q4")]])
    XCTAssertEqual(csv(answer), "date,online,quarter\n2016-11-24,true,2016-Q4\n")
  }
}
