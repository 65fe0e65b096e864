import Engine
import XCTest

/// Every figure the Kangjian sample is specified to reproduce (the data set's description is
/// kept outside the repository; README.md quotes the main ones), asked in the language.
final class FigureTests: XCTestCase {
  func testOrganisations() throws { XCTAssertEqual(try Sample.number("count orgs"), 40) }
  func testExperts() throws { XCTAssertEqual(try Sample.number("count experts"), 78) }
  func testClassesOpened() throws { XCTAssertEqual(try Sample.number("count sessions"), 485) }
  func testPersonTimes() throws { XCTAssertEqual(try Sample.number("count attendance"), 24437) }

  func testCommunityMembers() throws {
    let n = try Sample.number("count members where in_service = false")
    XCTAssertGreaterThanOrEqual(n, 4700)
    XCTAssertLessThan(n, 4800)
  }

  func testInServiceMembers() throws {
    let n = try Sample.number("count members where in_service = true")
    XCTAssertGreaterThanOrEqual(n, 3100)
    XCTAssertLessThan(n, 3200)
  }

  func testFiveLessonsOnlyFrom2016() throws {
    XCTAssertEqual(
      try Sample.number(
        "count sessions where type in (micro, open, demo, practice, review) and date < 2016-01-01"),
      0)
    XCTAssertGreaterThan(
      try Sample.number("count sessions where type in (micro, open, demo, practice, review)"), 0)
  }

  func testFivePlanTables() throws {
    let table = try Sample.answer("count plans by category")
    XCTAssertEqual(
      table.rows.map { $0[0] },
      ["agency", "leadership", "residential", "retired", "twonew"].map { .text($0) })
  }
}
