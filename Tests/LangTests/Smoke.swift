import XCTest

final class LangTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
