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

  func testCodesAreInTheExecutablesRanges() {
    for catalog in dangkeCatalogs {
      for entry in catalog.entries where !entry.code.isEmpty {
        let kind = entry.code.first!
        let number = Int(entry.code.dropFirst()) ?? -1
        let inRange =
          (kind == "E" && (650...699).contains(number))
          || (kind == "E" && (1100...1199).contains(number))
          || (kind == "W" && (1100...1199).contains(number))
          || (1220...1239).contains(number)
          || ((kind == "E" || kind == "W") && (1320...1339).contains(number))
          || ((kind == "E" || kind == "W") && (1300...1319).contains(number))  // answer display
          || (kind == "E" && number == 1219)  // the crash line, of issue #17's range
        XCTAssertTrue(inRange, entry.code)
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
