import XCTest

@testable import Lang

/// Every entry of every Lang catalog has both texts with the same placeholders; coded
/// entries have a well-formed, unique code in their catalog's range, an explanation in both
/// languages and an example. (EngineTests checks the codes are unique across both modules.)
final class CatalogEntryTests: XCTestCase {
  func testEveryEntryHasBothTextsAndTheSamePlaceholders() {
    let entries = langCatalogs.flatMap(\.entries)
    XCTAssertGreaterThan(entries.count, 80)
    for entry in entries {
      let name = entry.code.isEmpty ? entry.en : entry.code
      XCTAssertFalse(entry.en.isEmpty, name)
      XCTAssertFalse(entry.zh.isEmpty, name)
      XCTAssertNotEqual(entry.en, entry.zh, "the Chinese text is not a copy: \(name)")
      XCTAssertEqual(
        MessageSpec.placeholders(entry.en), MessageSpec.placeholders(entry.zh), name)
    }
  }

  func testCodedEntriesAreWellFormedUniqueAndExplained() {
    var seen = Set<String>()
    for entry in langCatalogs.flatMap(\.entries) where !entry.code.isEmpty {
      XCTAssertNotNil(entry.code.wholeMatch(of: /[EW][0-9]{4}/), entry.code)
      XCTAssertTrue(seen.insert(entry.code).inserted, "\(entry.code) is used twice")
      XCTAssertFalse(entry.explanation?.en.isEmpty ?? true, "\(entry.code) has no explanation")
      XCTAssertFalse(entry.explanation?.zh.isEmpty ?? true, "\(entry.code) has no 中文 explanation")
      XCTAssertFalse(entry.example?.isEmpty ?? true, "\(entry.code) has no example")
    }
  }

  func testCodesStayInTheirCatalogsRange() {
    func codes(_ catalog: any MessageCatalog) -> [String] {
      catalog.entries.map(\.code).filter { !$0.isEmpty }
    }
    XCTAssertTrue(codes(commonMessages).isEmpty, "common phrases are hints")
    XCTAssertTrue(codes(lexerMessages).allSatisfy { $0.dropFirst().hasPrefix("01") })
    XCTAssertTrue(codes(parserMessages).allSatisfy { $0.dropFirst().hasPrefix("02") })
  }

  /// The example of each coded entry, parsed, reports that entry's code: the example shows
  /// the problem `.help CODE` explains.
  func testEachExampleShowsItsOwnCode() {
    for entry in langCatalogs.flatMap(\.entries) where !entry.code.isEmpty {
      // E0209's example stands for 200 levels of parentheses; it is built here instead.
      let example =
        entry.code == "E0209"
        ? "count sessions where " + String(repeating: "(", count: 201) + "type = micro"
        : entry.example ?? ""
      var code = Parser.parse(example).diagnostics.first?.code
      if code == nil, entry.code.hasPrefix("W") {
        code = Parser.parse(example, options: ParseOptions(strict: true)).notes.first?.code
      }
      if code == nil {
        do throws(Diagnostic) { _ = try Parser.parseStatement(example) } catch { code = error.code }
      }
      XCTAssertEqual(code, entry.code, "example of \(entry.code): \(example)")
    }
  }

  func testFindByCode() {
    let entry = MessageSpec.find(code: "e0201", in: langCatalogs)
    XCTAssertEqual(entry?.zh, "不认识的关键字“{0}”")
    XCTAssertEqual(entry?.example, "cuont sessions")
    XCTAssertNil(MessageSpec.find(code: "E0999", in: langCatalogs))
    XCTAssertNil(MessageSpec.find(code: "", in: langCatalogs))
  }

  func testDidYouMeanInBothLanguages() {
    let hint = commonMessages.didYouMean("count")
    XCTAssertNil(hint.code)
    XCTAssertEqual(hint.en, "did you mean 'count'?")
    XCTAssertEqual(hint.zh, "是不是“count”？")
  }

  func testPhrasesArePutInInTheirOwnLanguage() {
    let message = MessageSpec("E9998", en: "expected {1}, found {0}", zh: "{1}，却遇到了{0}")(
      Message(en: "end of line", zh: "行尾"), Message(en: "a table", zh: "要写表名"))
    XCTAssertEqual(message.en, "expected a table, found end of line")
    XCTAssertEqual(message.zh, "要写表名，却遇到了行尾")
  }
}
