import Lang
import XCTest

@testable import Engine

/// Every entry of every catalog (Lang's and Engine's) has both texts with the same
/// placeholders; codes are well-formed, unique across both modules, and explained with an
/// example; each Engine catalog keeps to its code range.
final class EngineCatalogTests: XCTestCase {
  static let all = langCatalogs + engineCatalogs

  func testEveryEntryHasBothTextsAndTheSamePlaceholders() {
    for entry in engineCatalogs.flatMap(\.entries) {
      let name = entry.code.isEmpty ? entry.en : entry.code
      XCTAssertFalse(entry.en.isEmpty, name)
      XCTAssertFalse(entry.zh.isEmpty, name)
      XCTAssertEqual(
        MessageSpec.placeholders(entry.en), MessageSpec.placeholders(entry.zh), name)
    }
  }

  func testCodesAreWellFormedUniqueAcrossModulesAndExplained() {
    var seen = Set<String>()
    for entry in Self.all.flatMap(\.entries) where !entry.code.isEmpty {
      XCTAssertNotNil(entry.code.wholeMatch(of: /[EW][0-9]{4}/), entry.code)
      XCTAssertTrue(seen.insert(entry.code).inserted, "\(entry.code) is used twice")
      XCTAssertFalse(entry.explanation?.en.isEmpty ?? true, "\(entry.code) has no explanation")
      XCTAssertFalse(entry.explanation?.zh.isEmpty ?? true, "\(entry.code) has no 中文 explanation")
      XCTAssertFalse(entry.example?.isEmpty ?? true, "\(entry.code) has no example")
    }
    XCTAssertGreaterThan(seen.count, 100)
  }

  func testEachCatalogKeepsToItsRange() {
    func codes(_ catalog: any MessageCatalog) -> [String] {
      catalog.entries.map(\.code).filter { !$0.isEmpty }
    }
    for catalog in [loadMessages, jsonRowMessages, schemaMessages] as [any MessageCatalog] {
      XCTAssertTrue(codes(catalog).allSatisfy { $0.dropFirst().hasPrefix("04") }, "\(catalog)")
    }
    XCTAssertTrue(codes(snapshotMessages).allSatisfy { $0.dropFirst().hasPrefix("05") })
    XCTAssertTrue(codes(generateMessages).allSatisfy { $0.dropFirst().hasPrefix("06") })
    XCTAssertTrue(codes(officeMessages).allSatisfy { $0.dropFirst().hasPrefix("07") })
    for catalog in [libraryMessages, snapshotDamageMessages] as [any MessageCatalog] {
      XCTAssertTrue(codes(catalog).allSatisfy { $0.dropFirst().hasPrefix("14") }, "\(catalog)")
    }
    XCTAssertTrue(codes(reportMessages).isEmpty && codes(renderMessages).isEmpty)
  }
}
