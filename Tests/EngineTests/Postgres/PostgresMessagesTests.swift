import Lang
import XCTest

@testable import Engine

/// The PostgreSQL catalog: both languages, the same placeholders, codes in E08xx/W08xx.
final class PostgresMessagesTests: XCTestCase {
  func testEveryEntryIsComplete() {
    let entries = postgresMessages.entries
    XCTAssertGreaterThan(entries.count, 15)
    for e in entries {
      XCTAssertFalse(e.en.isEmpty || e.zh.isEmpty, e.en)
      XCTAssertEqual(MessageSpec.placeholders(e.en), MessageSpec.placeholders(e.zh), e.en)
      if !e.code.isEmpty {
        XCTAssertTrue(e.code.hasPrefix("E08") || e.code.hasPrefix("W08"), e.code)
        XCTAssertNotNil(e.explanation, e.code)
      }
    }
    let codes = entries.map(\.code).filter { !$0.isEmpty }
    XCTAssertEqual(codes.count, Set(codes).count)
    XCTAssertTrue(engineCatalogs.contains { $0 is PostgresMessages })
  }
}
