import Lang
import XCTest

@testable import Engine

final class LoaderInferenceTests: XCTestCase {
  func testColumnTypesAreInferred() throws {
    let store = try LoadFixtures.load("inference")
    let t = try store.must("values")
    let types = Dictionary(uniqueKeysWithValues: t.columns.map { ($0.name, $0.type) })
    XCTAssertEqual(
      types,
      [
        "int": .integer, "dec": .decimal, "bool": .boolean, "shi": .boolean, "date": .date,
        "mixed_dates": .date, "month": .text, "code": .text, "empty": .text, "mixed": .text,
        "bad_date": .text, "text": .text,
      ])
    XCTAssertEqual(t.cells("int"), ["1", "-20", nil, "300"])
    XCTAssertEqual(t.cells("dec"), ["1.5", "2", nil, "-0.25"])
    XCTAssertEqual(t.cells("bool"), ["true", "false", nil, "false"])
    XCTAssertEqual(t.cells("shi"), ["true", "false", nil, "true"])
    XCTAssertEqual(
      t.cells("mixed_dates"), ["2016-11-24", "2016-01-05", "2016-03-08", "2016-11-24"])
    XCTAssertEqual(t.cells("month"), ["2016-11", "2016-12", nil, "2017-01"])
    XCTAssertEqual(t.cells("code"), ["007", "010", nil, "100"])
    XCTAssertEqual(t.cells("empty"), [nil, nil, nil, nil])
    XCTAssertEqual(t.cells("mixed"), ["1", "2", "x", "3"])
    XCTAssertEqual(t.cells("bad_date"), ["2016-02-28", "2016-02-30", nil, "2016-03-01"])
    guard case .date(let days) = t.column("date")?.data else { return XCTFail("not a date") }
    XCTAssertEqual(days[0], 17_129)  // 2016-11-24
    XCTAssertEqual(days[2], ColumnData.missingDate)
  }

  func testMixedColumnsAreReported() throws {
    let store = try LoadFixtures.load("inference")
    let file = LoadFixtures.path("inference/values.csv")
    XCTAssertEqual(
      store.report.warnings,
      [
        LoadReport.Warning(
          file: file, line: 5, column: "code",
          Message(
            code: "W0405",
            en: "column code mixes text and number values (2 text, 1 number); kept as text. "
              + "First number value: \"100\" on line 5",
            zh: "列 code 里混有文本和数字值（2 个文本、1 个数字），按文本保存。第一个数字值是第 5 行的“100”")),
        LoadReport.Warning(
          file: file, line: 4, column: "mixed",
          Message(
            code: "W0405",
            en: "column mixed mixes number and text values (3 number, 1 text); kept as text. "
              + "First text value: \"x\" on line 4",
            zh: "列 mixed 里混有数字和文本值（3 个数字、1 个文本），按文本保存。第一个文本值是第 4 行的“x”")),
        LoadReport.Warning(
          file: file, line: 3, column: "bad_date",
          Message(
            code: "W0405",
            en: "column bad_date mixes date and text values (2 date, 1 text); kept as text. "
              + "First text value: \"2016-02-30\" on line 3",
            zh: "列 bad_date 里混有日期和文本值（2 个日期、1 个文本），按文本保存。"
              + "第一个文本值是第 3 行的“2016-02-30”")),
      ])
  }

  func testIntegerThenDecimalWidens() throws {
    let csv = "v\n1\n2\n\n2.5\n"
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/t.csv", bytes: Array(csv.utf8))]))
    let t = try store.must("t")
    XCTAssertEqual(t.column("v")?.type, .decimal)
    XCTAssertEqual(t.cells("v"), ["1", "2", "2.5"])
  }

  func testTextFirstThenNumbersIsMixed() throws {
    let csv = "v,w\nnone,1\n4,2\n"
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/t.csv", bytes: Array(csv.utf8))]))
    XCTAssertEqual(try store.must("t").column("v")?.type, .text)
    XCTAssertEqual(store.report.warnings.map(\.column), ["v"])
  }

  private func parse<T>(_ s: String, _ f: (UnsafePointer<UInt8>, Int) -> T?) -> T? {
    var bytes = Array(s.utf8)
    bytes.append(0)
    return bytes.withUnsafeBufferPointer { f($0.baseAddress!, $0.count - 1) }
  }

  func testIntegerParsing() {
    XCTAssertEqual(parse("42", CellParser.integer), 42)
    XCTAssertEqual(parse("-7", CellParser.integer), -7)
    XCTAssertEqual(parse(" 12 ", CellParser.integer), 12)
    XCTAssertEqual(parse("0", CellParser.integer), 0)
    XCTAssertEqual(parse("9223372036854775807", CellParser.integer), Int64.max)
    XCTAssertNil(parse("9223372036854775808", CellParser.integer))
    XCTAssertNil(parse("-9223372036854775808", CellParser.integer))
    XCTAssertNil(parse("007", CellParser.integer))
    XCTAssertNil(parse("1.0", CellParser.integer))
    XCTAssertNil(parse("1e3", CellParser.integer))
    XCTAssertNil(parse("-", CellParser.integer))
    XCTAssertNil(parse("12a", CellParser.integer))
  }

  func testDecimalParsing() {
    XCTAssertEqual(parse("1.5", CellParser.decimal), 1.5)
    XCTAssertEqual(parse("-0.25", CellParser.decimal), -0.25)
    XCTAssertEqual(parse("0.1", CellParser.decimal), 0.1)
    XCTAssertEqual(parse("3", CellParser.decimal), 3)
    XCTAssertEqual(parse("1.5e3", CellParser.decimal), 1500)
    XCTAssertEqual(parse("2.5E-1", CellParser.decimal), 0.25)
    XCTAssertEqual(parse("123456789.123456789", CellParser.decimal), 123_456_789.123456789)
    XCTAssertEqual(parse("0.30000000000000004", CellParser.decimal), 0.30000000000000004)
    XCTAssertNil(parse(".5", CellParser.decimal))
    XCTAssertNil(parse("5.", CellParser.decimal))
    XCTAssertNil(parse("00.5", CellParser.decimal))
    XCTAssertNil(parse("1,5", CellParser.decimal))
    XCTAssertNil(parse("50%", CellParser.decimal))
  }

  func testBooleanParsing() {
    XCTAssertEqual(parse("true", { CellParser.boolean($0, $1) }), 1)
    XCTAssertEqual(parse("False", { CellParser.boolean($0, $1) }), 0)
    XCTAssertEqual(parse("是", { CellParser.boolean($0, $1) }), 1)
    XCTAssertEqual(parse("否", { CellParser.boolean($0, $1) }), 0)
    XCTAssertNil(parse("yes", { CellParser.boolean($0, $1) }))
    XCTAssertNil(parse("1", { CellParser.boolean($0, $1) }))
    XCTAssertEqual(parse("yes", { CellParser.boolean($0, $1, declared: true) }), 1)
    XCTAssertEqual(parse("NO", { CellParser.boolean($0, $1, declared: true) }), 0)
    XCTAssertEqual(parse("0", { CellParser.boolean($0, $1, declared: true) }), 0)
  }

  func testDateParsing() {
    let nov24: Int32 = 17_129
    for text in [
      "2016-11-24", "2016/11/24", "2016.11.24", "2016年11月24日", " 2016-11-24 ",
    ] {
      XCTAssertEqual(parse(text, CellParser.date), nov24, text)
    }
    XCTAssertEqual(parse("2016-1-5", CellParser.date), nov24 - 324)
    XCTAssertEqual(parse("2016年1月5日", CellParser.date), nov24 - 324)
    XCTAssertEqual(parse("1970-01-01", CellParser.date), 0)
    XCTAssertEqual(parse("1969-12-31", CellParser.date), -1)
    XCTAssertEqual(parse("2016-02-29", CellParser.date), 16_860)
    for text in [
      "2016-02-30", "2015-02-29", "2016-13-01", "2016-00-10", "2016-11", "2016-11/24",
      "2016年11月24", "16-11-24", "2016-11-24 10:00", "20161124", "2016-011-24",
    ] {
      XCTAssertNil(parse(text, CellParser.date), text)
    }
  }
}
