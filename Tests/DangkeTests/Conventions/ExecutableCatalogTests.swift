import Engine
import Lang
import XCTest

@testable import dangke

/// The executable's catalogs: every entry has both texts with the same placeholders, codes
/// stay in the executable's ranges, and no code is used twice in the whole program.
final class ExecutableCatalogTests: XCTestCase {
  func testEveryEntryHasBothTextsWithTheSamePlaceholders() {
    for catalog in dangkeCatalogs {
      XCTAssertFalse(catalog.entries.isEmpty, "\(type(of: catalog))")
      for entry in catalog.entries {
        let name = "\(type(of: catalog)) \(entry.code) \(entry.en)"
        XCTAssertFalse(entry.en.isEmpty, name)
        XCTAssertFalse(entry.zh.isEmpty, name)
        XCTAssertEqual(
          MessageSpec.placeholders(entry.en), MessageSpec.placeholders(entry.zh), name)
        if !entry.code.isEmpty {
          XCTAssertNotNil(entry.explanation, "\(name): .help \(entry.code) needs a text")
        }
      }
    }
  }

  /// The codes the executable may use, by what they are about (ARCHITECTURE.md's table).
  static let ranges: [(kinds: String, codes: ClosedRange<Int>, about: String)] = [
    ("E", 650...699, "snapshot commands"),
    ("EW", 1100...1199, "the prompt, scripts and dot commands"),
    ("E", 1219...1219, "the crash line"),
    ("EW", 1220...1239, "answer files"),
    ("E", 1245...1245, "a script that is not UTF-8"),
    ("EW", 1300...1319, "answers on the screen"),
    ("EW", 1320...1339, "editing statements"),
    ("E", 1430...1434, "generate --scale"),
  ]

  func testCodesAreInTheExecutablesRanges() {
    for catalog in dangkeCatalogs {
      for entry in catalog.entries where !entry.code.isEmpty {
        let kind = entry.code.first!
        let number = Int(entry.code.dropFirst()) ?? -1
        let inRange = Self.ranges.contains { $0.kinds.contains(kind) && $0.codes.contains(number) }
        XCTAssertTrue(inRange, "\(type(of: catalog)) \(entry.code)")
      }
    }
  }

  func testNoCodeIsUsedTwice() {
    var seen: [String: String] = [:]
    for catalog in allCatalogs {
      for entry in catalog.entries where !entry.code.isEmpty {
        XCTAssertNil(
          seen[entry.code], "\(entry.code): '\(entry.en)' and '\(seen[entry.code] ?? "")'")
        seen[entry.code] = entry.en
      }
    }
    XCTAssertEqual(catalogEntry(code: "e0650")?.code, "E0650")
    XCTAssertNil(catalogEntry(code: "E9999"))
  }
}
