import XCTest

final class DangkeTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
