import Collation
import Engine
import XCTest

/// `name ~ "zhang"`: ASCII letters match Chinese text by its pinyin.
final class PinyinSearchTests: XCTestCase {
  private func matches(_ pattern: String, _ text: String) -> Bool {
    PinyinMatcher(pattern: pattern, texts: [text]).matches(text)
  }

  func testSyllablesFromAnyCharacter() {
    XCTAssertTrue(matches("zhang", "张伟"))
    XCTAssertTrue(matches("wei", "张伟"))
    XCTAssertTrue(matches("zhangwei", "张伟"))
    XCTAssertTrue(matches("Zhang Wei", "张伟"))
    XCTAssertTrue(matches("zhangw", "张伟"))
    XCTAssertTrue(matches("zh", "赵"))
    XCTAssertFalse(matches("angw", "张伟"))
    XCTAssertFalse(matches("li", "张伟"))
    XCTAssertFalse(matches("zhangwei", "张三"))
  }

  func testSurnameReadings() {
    XCTAssertTrue(matches("zeng", "曾国藩"))
    XCTAssertTrue(matches("ceng", "曾经"))
    XCTAssertTrue(matches("shan", "单雄信"))
    XCTAssertTrue(matches("xie", "解缙"))
    XCTAssertTrue(matches("qiu", "仇英"))
    XCTAssertTrue(matches("piao", "朴树"))
    XCTAssertTrue(matches("zha", "查良镛"))
    XCTAssertTrue(matches("ou", "区家麟"))
    XCTAssertTrue(matches("qin", "覃勇"))
  }

  func testUmlautAsVOrU() {
    XCTAssertTrue(matches("lv", "吕布"))
    XCTAssertTrue(matches("lu", "吕布"))
    XCTAssertTrue(matches("nv", "女"))
  }

  func testWhichPatternsUsePinyin() {
    XCTAssertTrue(PinyinMatcher.applies(to: "zhang"))
    XCTAssertTrue(PinyinMatcher.applies(to: "Zhang Wei"))
    XCTAssertFalse(PinyinMatcher.applies(to: "张"))
    XCTAssertFalse(PinyinMatcher.applies(to: "2016"))
    XCTAssertFalse(PinyinMatcher.applies(to: "a_b"))
    XCTAssertFalse(PinyinMatcher.applies(to: " "))
  }

  func testQueriesOnTheSample() throws {
    XCTAssertEqual(
      try Sample.number(#"count members where name ~ "zhang""#),
      try Sample.number(#"count members where name ~ "张""#))
    let names = try Sample.answer(#"list name of members where name ~ "lv" order by name limit 3"#)
    XCTAssertEqual(names.rows.count, 3)
    for row in names.rows {
      guard case .text(let name) = row[0] else { return XCTFail("\(row)") }
      XCTAssertTrue(name.hasPrefix("吕") || name.contains("绿"), name)
    }
    // ASCII text still matches as before, ignoring case.
    XCTAssertEqual(
      try Sample.number(#"count sessions where type ~ "MICRO""#),
      try Sample.number("count sessions where type = micro"))
  }
}
