import XCTest

@testable import Engine

final class CellFormatTests: XCTestCase {
  private let display = CellFormat(style: .display, reveal: false)
  private let raw = CellFormat(style: .raw, reveal: false)

  private func shown(_ value: Value, _ kind: ResultKind, _ format: CellFormat) -> String? {
    format.plainText(value, kind: kind)
  }

  func testDecimalsForPeopleRoundToTwoPlacesWithoutTrailingZeros() {
    XCTAssertEqual(shown(.decimal(1.5), .decimal, display), "1.5")
    XCTAssertEqual(shown(.decimal(3.8249), .decimal, display), "3.82")
    XCTAssertEqual(shown(.decimal(12.0), .decimal, display), "12")
    XCTAssertEqual(shown(.decimal(2.675), .decimal, display), "2.68")  // as written, not binary
    XCTAssertEqual(shown(.decimal(9.999), .decimal, display), "10")
    XCTAssertEqual(shown(.decimal(0.004), .decimal, display), "0")
    XCTAssertEqual(shown(.decimal(-0.004), .decimal, display), "0")
    XCTAssertEqual(shown(.decimal(-3.456), .decimal, display), "-3.46")
    XCTAssertEqual(shown(.decimal(0.05), .decimal, display), "0.05")
    XCTAssertEqual(shown(.decimal(1e-7), .decimal, display), "0")
    XCTAssertEqual(shown(.decimal(0.005), .decimal, display), "0.01")
    XCTAssertEqual(shown(.decimal(1e20), .decimal, display), "100000000000000000000")
    XCTAssertEqual(shown(.decimal(24437), .decimal, display), "24437")
  }

  func testDecimalsForProgramsKeepFullPrecision() {
    XCTAssertEqual(shown(.decimal(3.8249), .decimal, raw), "3.8249")
    XCTAssertEqual(shown(.decimal(12.0), .decimal, raw), "12")
    XCTAssertEqual(shown(.decimal(0.1 + 0.2), .decimal, raw), "0.30000000000000004")
    XCTAssertEqual(shown(.decimal(-0.0), .decimal, raw), "0")
    XCTAssertEqual(shown(.decimal(-2.5), .decimal, raw), "-2.5")
  }

  func testRatesArePercentagesForPeopleAndFractionsForPrograms() {
    XCTAssertEqual(shown(.decimal(0.452), .rate, display), "45.2%")
    XCTAssertEqual(shown(.decimal(0.4525), .rate, display), "45.3%")
    XCTAssertEqual(shown(.decimal(1), .rate, display), "100.0%")
    XCTAssertEqual(shown(.decimal(0), .rate, display), "0.0%")
    XCTAssertEqual(shown(.decimal(0.0004), .rate, display), "0.040%")
    XCTAssertEqual(shown(.decimal(0.0005), .rate, display), "0.050%")
    XCTAssertEqual(shown(.decimal(2.0 / 3.0), .rate, display), "66.7%")
    XCTAssertEqual(shown(.integer(1), .rate, display), "100.0%")
    XCTAssertEqual(shown(.decimal(0.452), .rate, raw), "0.452")
    XCTAssertEqual(shown(.decimal(2.0 / 3.0), .rate, raw), "0.6666666666666666")
  }

  func testRatesKeepTwoSignificantDigits() {
    // One decimal where it gives two significant digits already (as before) …
    XCTAssertEqual(shown(.decimal(0.125), .rate, display), "12.5%")
    XCTAssertEqual(shown(.decimal(0.05), .rate, display), "5.0%")
    XCTAssertEqual(shown(.decimal(0.0125), .rate, display), "1.3%")
    // … more decimals under 1%, so a small share is not rounded away.
    XCTAssertEqual(shown(.decimal(0.00085), .rate, display), "0.085%")
    XCTAssertEqual(shown(.decimal(0.0068259), .rate, display), "0.68%")
    XCTAssertEqual(shown(.decimal(0.0000123), .rate, display), "0.0012%")
    XCTAssertEqual(shown(.decimal(-0.00085), .rate, display), "-0.085%")
    // Rounding up to a new leading digit keeps two digits, not three.
    XCTAssertEqual(shown(.decimal(0.00996), .rate, display), "1.0%")
    XCTAssertEqual(shown(.decimal(0.000996), .rate, display), "0.10%")
    XCTAssertEqual(shown(.decimal(0.00994), .rate, display), "0.99%")
    // Programs get the fraction in full.
    XCTAssertEqual(shown(.decimal(0.00085), .rate, raw), "0.00085")
  }

  func testIntegersAreNeverGroupedInCells() {
    XCTAssertEqual(shown(.integer(2016), .integer, display), "2016")
    XCTAssertEqual(shown(.integer(24437), .integer, display), "24437")
    XCTAssertEqual(shown(.integer(-3), .integer, raw), "-3")
  }

  func testDatesBooleansAndMissing() {
    XCTAssertEqual(shown(.date(17129), .date, display), "2016-11-24")
    XCTAssertEqual(shown(.date(0), .date, raw), "1970-01-01")
    XCTAssertEqual(shown(.date(-1), .date, raw), "1969-12-31")
    XCTAssertEqual(shown(.date(11016), .date, raw), "2000-02-29")
    XCTAssertEqual(shown(.date(15400), .date, raw), "2012-03-01")
    XCTAssertEqual(shown(.date(-719_468), .date, raw), "0000-03-01")
    XCTAssertEqual(shown(.boolean(true), .boolean, display), "true")
    XCTAssertEqual(shown(.boolean(false), .boolean, raw), "false")
    XCTAssertNil(shown(.missing, .integer, display))
    XCTAssertEqual(shown(.text("2016-Q4"), .period, display), "2016-Q4")
  }

  func testDateConversionMatchesADayByDayWalk() {
    // Walk day by day from 1969-01-01 to 2030-12-31 with a month-length table.
    var (year, month, day) = (1969, 1, 1)
    func length(_ y: Int, _ m: Int) -> Int {
      let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
      return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    for days in Int32(-365)...Int32(22_279) {
      XCTAssertEqual(NumberText.date(daysSinceEpoch: days), "\(year)-\(two(month))-\(two(day))")
      day += 1
      if day > length(year, month) {
        (day, month) = (1, month + 1)
        if month > 12 { (month, year) = (1, year + 1) }
      }
    }
    XCTAssertEqual(year, 2031)
  }

  func testThousandsGrouping() {
    XCTAssertEqual(NumberText.grouped(0), "0")
    XCTAssertEqual(NumberText.grouped(999), "999")
    XCTAssertEqual(NumberText.grouped(4712), "4,712")
    XCTAssertEqual(NumberText.grouped(1_000_000), "1,000,000")
    XCTAssertEqual(NumberText.grouped(-24437), "-24,437")
  }

  /// Issue 17: an 8-digit landline kept 7 of its 8 digits. Eleven characters or more keep
  /// 3 + 4; anything shorter keeps at most half.
  func testMaskingKeepsThreeAndFourOrAtMostHalf() {
    XCTAssertEqual(CellFormat.mask("13812345678"), "138****5678")
    XCTAssertEqual(CellFormat.mask("64871234"), "64****34")
    XCTAssertEqual(CellFormat.mask("1234567"), "1****67")
    XCTAssertEqual(CellFormat.mask("0216487123"), "02****123")
    XCTAssertEqual(CellFormat.mask("310104198001011239"), "310****1239")
    XCTAssertEqual(CellFormat.mask("张三"), "张**")
    XCTAssertEqual(CellFormat.mask("王"), "**")
    for n in 1...10 {
      let value = String((0..<n).map { Character(String($0 % 10)) })
      let kept = CellFormat.mask(value).filter { $0 != "*" }.count
      XCTAssertLessThanOrEqual(kept * 2, n, "\(n) characters keep \(kept)")
    }
    XCTAssertEqual(CellFormat.mask("上海市徐汇区康健路一号"), "上海市****健路一号")
    XCTAssertEqual(CellFormat.mask(""), "")
    let phone = ResultColumn(name: "phone", kind: .text, sensitive: true)
    XCTAssertEqual(display.text(.text("13812345678"), in: phone), "138****5678")
    XCTAssertNil(display.text(.missing, in: phone))
    let revealed = CellFormat(style: .display, reveal: true)
    XCTAssertEqual(revealed.text(.text("13812345678"), in: phone), "13812345678")
    let number = ResultColumn(name: "phone", kind: .integer, sensitive: true)
    XCTAssertEqual(raw.text(.integer(13_812_345_678), in: number), "138****5678")
  }

  func testLabelsShowCodesByTheirChineseNames() {
    var options = RenderOptions()
    let type = ResultColumn(name: "type", kind: .text, codeLabels: ["micro": "微党课"])
    XCTAssertEqual(CellFormat(style: .display, options).text(.text("micro"), in: type), "micro")
    options.labels = true
    let labelled = CellFormat(style: .raw, options)
    XCTAssertEqual(labelled.text(.text("micro"), in: type), "微党课")
    XCTAssertEqual(labelled.text(.text("open"), in: type), "open", "a code without a label")
    XCTAssertNil(labelled.text(.missing, in: type))
    var secret = type
    secret.sensitive = true
    XCTAssertEqual(labelled.text(.text("micro"), in: secret), "微**")
  }

  func testTerminalWidth() {
    XCTAssertEqual(terminalWidth(of: "micro"), 5)
    XCTAssertEqual(terminalWidth(of: "寿益坊居民区党总支"), 18)
    XCTAssertEqual(terminalWidth(of: "（讲评课）：「两学一做」。"), 26)
    XCTAssertEqual(terminalWidth(of: "한국어"), 6)
    XCTAssertEqual(terminalWidth(of: "ＡＢ"), 4)  // fullwidth forms
    XCTAssertEqual(terminalWidth(of: "…"), 1)
    XCTAssertEqual(terminalWidth(of: "█▏"), 2)
    XCTAssertEqual(terminalWidth(of: "e\u{301}"), 1)  // combining acute
    XCTAssertEqual(terminalWidth(of: "a\u{200B}b"), 2)  // zero-width space
    XCTAssertEqual(terminalWidth(of: "𠀀"), 2)  // CJK extension B
    XCTAssertEqual(terminalWidth(of: "👍"), 2)
    XCTAssertEqual(terminalWidth(of: "2016-11 · 微党课"), 16)
  }

  func testFitCutsWholeCharactersOnly() {
    let ascii = TextLayout.fit("residential", maxWidth: 10)
    XCTAssertEqual(ascii.text, "residenti…")
    XCTAssertEqual(ascii.width, 10)
    // The cut falls in the middle of 居 (columns 9-10): it is dropped whole, width 9.
    let mixed = TextLayout.fit("ab寿益坊居民", maxWidth: 10)
    XCTAssertEqual(mixed.text, "ab寿益坊…")
    XCTAssertEqual(mixed.width, 9)
    let exact = TextLayout.fit("寿益坊居民", maxWidth: 10)
    XCTAssertEqual(exact.text, "寿益坊居民")
    XCTAssertEqual(exact.width, 10)
    let combining = TextLayout.fit("abcde\u{301}fgh", maxWidth: 6)
    XCTAssertEqual(combining.text, "abcde\u{301}…")
    XCTAssertEqual(TextLayout.fit("寿益坊", maxWidth: 1).text, "…")
    XCTAssertEqual(TextLayout.fit("寿益坊", maxWidth: 2).text, "…")
  }

  func testSingleLineReplacesControlCharacters() {
    XCTAssertEqual(TextLayout.singleLine("a\nb\tc\r\nd\u{1B}[31m"), "a b c  d\u{241B}[31m")
    XCTAssertEqual(TextLayout.singleLine("寿益坊"), "寿益坊")
  }
}
