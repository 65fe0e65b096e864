import Lang
import XCTest

@testable import Engine

/// Display an officer can read (issue 13, item 8): an empty group key shows as `(empty)`
/// (`（空）` in Chinese) for people and stays empty for programs; a rate keeps two significant
/// digits; amounts take thousands separators when asked, never in csv or json.
final class OfficerDisplayTests: XCTestCase {
  private func shown(
    _ query: String, as format: OutputFormat = .table, thousands: Bool = false
  ) throws -> String {
    var options = RenderOptions()
    options.thousands = thousands
    return render(try Sample.answer(query), as: format, options: options)
  }

  private func inChinese<T>(_ body: () throws -> T) rethrows -> T {
    let saved = Language.current
    Language.current = .zh
    defer { Language.current = saved }
    return try body()
  }

  // MARK: An empty group key

  func testAnEmptyKeyShowsAsEmptyInTablesMarkdownAndCharts() throws {
    XCTAssertEqual(
      try shown("count sessions by base.kind"),
      """
      base.kind  count
      ---------  -----
      practice      12
      red           46
      (empty)      427
      (3 rows)

      """)
    XCTAssertEqual(
      try shown("count sessions by base.kind", as: .markdown),
      """
      | base.kind | count |
      | --------- | ----: |
      | practice  |    12 |
      | red       |    46 |
      | (empty)   |   427 |

      """)
    XCTAssertEqual(
      try shown("count sessions where date in 2016 by base.kind", as: .chart),
      """
      practice  ████ 12
      red       ████▊ 14
      (empty)   ████████████████████████████████████████ 119

      """)
  }

  func testAnEmptyReferenceKeyAndCrosstabColumnInChinese() throws {
    // A reference key shows `（空）` under the id; its name column stays blank, and the chart
    // label is the key alone.
    try inChinese {
      XCTAssertEqual(
        try shown("count sessions where type = practice by base"),
        """
          base  base.name                     count
        ------  ----------------------------  -----
             8  康健街道社区事务受理服务中心      4
             9  康健街道社区卫生服务中心          3
            11  徐汇区城市网格化综合管理中心      4
            12  漕河泾开发区党群服务中心          1
        （空）                                    1
        （共 5 行）

        """)
      XCTAssertEqual(
        try shown("count sessions where type = practice by base", as: .chart),
        """
        8 · 康健街道社区事务受理服务中心   ████████████████████████████████████████ 4
        9 · 康健街道社区卫生服务中心       ██████████████████████████████ 3
        11 · 徐汇区城市网格化综合管理中心  ████████████████████████████████████████ 4
        12 · 漕河泾开发区党群服务中心      ██████████ 1
        （空）                             ██████████ 1

        """)
      XCTAssertEqual(
        try shown("count sessions by mode across base.kind", as: .markdown),
        """
        | mode    | practice | red | （空） |
        | ------- | -------: | --: | -----: |
        | offline |       12 |  46 |    400 |
        | online  |        0 |   0 |     27 |

        """)
    }
  }

  func testAnEmptyKeyStaysEmptyInCsvJsonAndXlsx() throws {
    try inChinese {
      XCTAssertEqual(
        try shown("count sessions by base.kind", as: .csv),
        "base.kind,count\npractice,12\nred,46\n,427\n")
      XCTAssertEqual(
        try shown(
          "count sessions where type = practice and (base is empty or base.name ~ \"漕河泾\") by base",
          as: .json),
        """
        [
        {"base":12,"base.name":"漕河泾开发区党群服务中心","count":1},
        {"base":null,"base.name":null,"count":1}
        ]

        """)
      // A crosstab column for programs keeps its name, `(empty)`, in any language.
      XCTAssertEqual(
        try shown("count sessions by mode across base.kind", as: .csv),
        "mode,practice,red,(empty)\noffline,12,46,400\nonline,0,0,27\n")
      let sheet = XlsxSheet(
        name: "kinds", table: try Sample.answer("count sessions by base.kind"),
        options: RenderOptions())
      XCTAssertEqual(sheet.rowCount, 3)
      XCTAssertEqual(sheet.row(2).first, .missing)
    }
  }

  // MARK: Rates

  func testSmallRatesKeepTwoSignificantDigits() throws {
    // 1.7% stays as it was; the review lessons' 0.68% was shown as 0.7% before.
    XCTAssertEqual(
      try shown("rate score = 1 of attendance by session.type"),
      """
      session.type   rate
      ------------  -----
      demo           1.7%
      lecture        1.8%
      micro          1.2%
      open           2.8%
      practice       1.4%
      review        0.68%
      training       1.7%
      (7 rows)

      """)
    XCTAssertEqual(
      try shown("rate member.category = leadership of attendance by session.mode", as: .markdown),
      """
      | session.mode |  rate |
      | ------------ | ----: |
      | offline      | 0.84% |
      | online       |  1.5% |

      """)
  }

  func testRatesForProgramsStayFractions() throws {
    XCTAssertEqual(
      try shown("rate member.category = leadership of attendance by session.mode", as: .csv),
      "session.mode,rate\noffline,0.008422160810632979\nonline,0.014634146341463415\n")
    XCTAssertEqual(
      try shown("rate score = 1 of attendance where session.type = review", as: .json),
      "[\n{\"rate\":0.006825938566552901}\n]\n")
  }

  // MARK: Thousands separators

  func testThousandsSeparatorsGroupAmountsButNotYearsOrIds() throws {
    // Counts and sums are grouped; `min member.born` is a year and stays plain.
    XCTAssertEqual(
      try shown(
        "count, sum hours, min member.born of attendance by member.category", thousands: true),
      """
      member.category   count       sum   min
      ---------------  ------  --------  ----
      agency            2,805     8,256  1960
      leadership          216       627  1965
      residential      15,435  41,797.5  1924
      retired           3,285     9,669  1925
      twonew            2,696     7,550  1968
      (5 rows)

      """)
    XCTAssertEqual(
      try shown("count attendance by year(session.date)", as: .chart, thousands: true),
      """
      2012  ██████████████████████▎ 3,280
      2013  ████████████████████████████▌ 4,214
      2014  ████████████████████████████████████▏ 5,337
      2015  ████████████████████████████████████████ 5,904
      2016  ██████████████████████████████████████▋ 5,702

      """)
    // Off (the default), as before.
    XCTAssertEqual(
      try shown("count attendance where session.date in 2016"), "count\n-----\n 5702\n(1 row)\n")
  }

  func testThousandsSeparatorsInACrosstabButNeverForPrograms() throws {
    XCTAssertEqual(
      try shown(
        "count attendance by year(session.date) across session.mode", as: .markdown,
        thousands: true),
      """
      | year | offline | online |
      | ---- | ------: | -----: |
      | 2012 |   3,280 |      0 |
      | 2013 |   4,214 |      0 |
      | 2014 |   4,974 |    363 |
      | 2015 |   5,137 |    767 |
      | 2016 |   5,192 |    510 |

      """)
    XCTAssertEqual(
      try shown(
        "count attendance by year(session.date) across session.mode", as: .csv, thousands: true),
      "year,offline,online\n2012,3280,0\n2013,4214,0\n2014,4974,363\n2015,5137,767\n2016,5192,510\n"
    )
    XCTAssertEqual(
      try shown(
        "count, sum hours of attendance where member.category = residential", as: .json,
        thousands: true),
      "[\n{\"count\":15435,\"sum\":41797.5}\n]\n")
  }

  func testGroupingTextOfNumbers() {
    XCTAssertEqual(NumberText.groupingThousands("32424.5"), "32,424.5")
    XCTAssertEqual(NumberText.groupingThousands("-1234567.25"), "-1,234,567.25")
    XCTAssertEqual(NumberText.groupingThousands("999.99"), "999.99")
    XCTAssertEqual(NumberText.groupingThousands("inf"), "inf")
  }
}
