import XCTest

@testable import Engine

/// The generator's own number, date and text formatting, and its random source.
final class GenWriterTests: XCTestCase {
  private func written(_ body: (inout GenWriter) -> Void) -> String {
    var writer = GenWriter(sink: nil)
    body(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  func testIntegers() {
    XCTAssertEqual(written { $0.int(0) }, "0")
    XCTAssertEqual(written { $0.int(7) }, "7")
    XCTAssertEqual(written { $0.int(24_437) }, "24437")
    XCTAssertEqual(written { $0.int(-42) }, "-42")
    XCTAssertEqual(written { $0.int(12_345_678_901_234) }, "12345678901234")
    XCTAssertEqual(written { $0.int(10_000_000_000) }, "10000000000")
    XCTAssertEqual(written { $0.padded(1_234, width: 8) }, "00001234")
  }

  func testHalfHoursAreDecimals() {
    XCTAssertEqual(written { $0.halfHours(1) }, "0.5")
    XCTAssertEqual(written { $0.halfHours(3) }, "1.5")
    XCTAssertEqual(written { $0.halfHours(4) }, "2")
    XCTAssertEqual(written { $0.halfHours(15) }, "7.5")
  }

  func testDatesAndCalendar() {
    XCTAssertEqual(written { $0.date(GenCalendar.day(2016, 11, 24)) }, "2016-11-24")
    XCTAssertEqual(written { $0.date(0) }, "1970-01-01")
    XCTAssertEqual(written { $0.date(GenCalendar.day(2016, 2, 29) + 1) }, "2016-03-01")
    XCTAssertEqual(GenCalendar.length(2016, 2), 29)
    XCTAssertEqual(GenCalendar.length(2015, 2), 28)
    XCTAssertEqual(GenCalendar.length(2016, 12), 31)
    XCTAssertEqual(GenCalendar.weekday(GenCalendar.day(2016, 12, 22)), 4)  // a Thursday
  }

  func testTextIsQuotedOnlyWhenNeeded() {
    XCTAssertEqual(written { $0.text("微党课：学党章") }, "微党课：学党章")
    XCTAssertEqual(written { $0.text("a,b") }, "\"a,b\"")
    XCTAssertEqual(written { $0.text("say \"hi\"") }, "\"say \"\"hi\"\"\"")
    XCTAssertEqual(
      written {
        $0.bool(true)
        $0.comma()
        $0.bool(false)
      }, "true,false")
  }

  func testSplitMix64KnownValuesAndApportion() {
    var random = GenRandom(seed: 0)
    XCTAssertEqual(random.next(), 0xE220_A839_7B1D_CDAF)
    XCTAssertEqual(random.next(), 0x6E78_9E6A_A1B9_65F4)
    var a = GenRandom(seed: 9, stream: 3, index: 5)
    var b = GenRandom(seed: 9, stream: 3, index: 6)
    XCTAssertNotEqual(a.next(), b.next())
    for _ in 0..<1_000 { XCTAssertTrue((3...5).contains(a.within(3, 5))) }
    XCTAssertEqual(genApportion(10, weights: [1, 1, 1]), [4, 3, 3])
    XCTAssertEqual(genApportion(24_437, weights: [5, 7, 11, 13]).reduce(0, +), 24_437)
    XCTAssertEqual(GenWeights([0, 5, 0, 5]).index(for: 0), 1)
    XCTAssertEqual(GenWeights([0, 5, 0, 5]).index(for: 5), 3)
  }
}
