import XCTest

@testable import Engine

final class ChartRendererTests: XCTestCase {
  private func chart(_ answer: ResultTable, _ configure: (inout RenderOptions) -> Void = { _ in })
    -> String
  {
    var options = RenderOptions()
    configure(&options)
    return render(answer, as: .chart, options: options)
  }

  private let byOrg = ResultTable(
    columns: [
      ResultColumn(name: "org", kind: .text), ResultColumn(name: "sessions", kind: .integer),
    ],
    rows: [
      [.text("寿益坊居民区党总支"), .integer(96)],
      [.text("康健街道机关党委"), .integer(41)],
      [.text("Kangjian branch"), .integer(7)],
      [.text("老干部党支部"), .integer(0)],
      [.text("两新组织"), .missing],
    ])

  func testChineseLabelsAlignedAndBarsScaledToTheLargest() {
    // 96 spans 20 columns; 41 is 68.3 eighths → 8 blocks and ▌; 7 is 11.7 → 12 eighths → █▌.
    let output = chart(byOrg) { $0.chartWidth = 20 }
    XCTAssertEqual(
      output,
      """
      寿益坊居民区党总支  ████████████████████ 96
      康健街道机关党委    ████████▌ 41
      Kangjian branch     █▌ 7
      老干部党支部        0
      两新组织

      """)
    // Every bar starts at the same display column.
    for line in output.split(separator: "\n") {
      var width = 0
      for character in line {
        if character == "█" || character.isNumber && character.isASCII { break }
        width += terminalWidth(of: character)
      }
      if line.contains("█") || line.last!.isNumber { XCTAssertEqual(width, 20, String(line)) }
    }
  }

  func testTimeSeriesIsOneBarPerBucketInOrder() {
    XCTAssertEqual(
      chart(RenderFixtures.monthly) { $0.chartWidth = 8 },
      """
      2016-09  ████ 12
      2016-10  0
      2016-11  ████████ 24
      2016-12  █ 3

      """)
  }

  func testMetricIsTheLastNumericColumnAndLabelsJoinTheOthers() {
    let answer = ResultTable(
      columns: [
        ResultColumn(name: "quarter", kind: .period), ResultColumn(name: "type", kind: .text),
        ResultColumn(name: "share", kind: .rate), ResultColumn(name: "note", kind: .text),
      ],
      rows: [
        [.text("2016-Q3"), .text("微党课"), .decimal(0.5), .text("x")],
        [.text("2016-Q4"), .text("open"), .decimal(0.125), .text("y")],
        [.text("2016-Q4"), .text("review"), .decimal(0.01), .text("z")],
      ])
    XCTAssertEqual(
      chart(answer) { $0.chartWidth = 4 },
      """
      2016-Q3 · 微党课 · x  ████ 50.0%
      2016-Q4 · open · y    █ 12.5%
      2016-Q4 · review · z  ▏ 1.0%

      """)
  }

  func testPartialBlocks() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "k", kind: .text), ResultColumn(name: "v", kind: .decimal)],
      rows: (0...8).map { [.text("\($0)"), .decimal(Double($0) / 8)] } + [
        [.text("max"), .decimal(2)]
      ])
    XCTAssertEqual(
      chart(answer) { $0.chartWidth = 2 },
      """
      0    0
      1    ▏ 0.13
      2    ▎ 0.25
      3    ▍ 0.38
      4    ▌ 0.5
      5    ▋ 0.63
      6    ▊ 0.75
      7    ▉ 0.88
      8    █ 1
      max  ██ 2

      """)
  }

  func testNegativeValuesShowOnlyTheValue() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "k", kind: .text), ResultColumn(name: "v", kind: .integer)],
      rows: [[.text("a"), .integer(-5)], [.text("b"), .integer(10)]])
    XCTAssertEqual(chart(answer) { $0.chartWidth = 5 }, "a  -5\nb  █████ 10\n")
  }

  func testMaxRowsFooterAndCutLabels() {
    let output = chart(RenderFixtures.numbered(4712)) {
      $0.maxRows = 2
      $0.chartWidth = 4
      $0.maxCellWidth = 3
    }
    // The metric is `id`, labels are titles; 第1讲 (5 columns) is cut to 第… (3).
    XCTAssertEqual(output, "第…  ██ 1\n第…  ████ 2\n(2 of 4,712 rows shown)\n")
  }

  func testNoNumericColumnFallsBackToTheTable() {
    let answer = ResultTable(
      columns: [ResultColumn(name: "type", kind: .text)], rows: [[.text("micro")]])
    XCTAssertEqual(chart(answer), "type\n-----\nmicro\n(1 row)\n")
  }

  func testMaskedMetricDrawsNoBarsAndLabelsAreMasked() {
    // An empty part of a label is left out (王芳 has no phone). 1958 / 1990 × 80 eighths = 78.7 → 79 = 9 blocks and ▉; 1949 → 78.4 → 78 = 9 blocks and ▊.
    XCTAssertEqual(
      chart(RenderFixtures.members) { $0.chartWidth = 10 },
      """
      张伟 · 138****5678  █████████▉ 1958
      李娜 · 1****67      ██████████ 1990
      王芳                █████████▊ 1949

      """)
    let secret = ResultTable(
      columns: [
        ResultColumn(name: "k", kind: .text),
        ResultColumn(name: "v", kind: .integer, sensitive: true),
      ],
      rows: [[.text("a"), .integer(13_812_345_678)]])
    XCTAssertEqual(chart(secret), "a  138****5678\n")
  }
}
