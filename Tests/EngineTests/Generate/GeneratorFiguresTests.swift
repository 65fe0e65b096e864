import Engine
import XCTest

/// Every figure the Kangjian sample is specified to reproduce (the data set's description is
/// kept outside the repository; README.md quotes the main ones), counted from the CSV.
final class GeneratorFiguresTests: XCTestCase {
  func testOrganisationsAre40() {
    XCTAssertEqual(GenSample.table("orgs").rows.count, 40)
  }

  func testExpertsAre78() {
    XCTAssertEqual(GenSample.table("experts").rows.count, 78)
  }

  func testSessionsAre485() {
    XCTAssertEqual(GenSample.table("sessions").rows.count, 485)
  }

  func testAttendanceRowsAre24437() {
    XCTAssertEqual(GenSample.table("attendance").rows.count, 24_437)
  }

  func testMembersNotInServiceAre4700Plus() {
    let count = GenSample.table("members").column("in_service").filter { $0 == "false" }.count
    XCTAssertGreaterThanOrEqual(count, 4_700)
    XCTAssertLessThan(count, 4_800)
  }

  func testMembersInServiceAre3100Plus() {
    let count = GenSample.table("members").column("in_service").filter { $0 == "true" }.count
    XCTAssertGreaterThanOrEqual(count, 3_100)
    XCTAssertLessThan(count, 3_200)
  }

  func testNoFiveLessonSessionsBefore2016() {
    let sessions = GenSample.table("sessions")
    let five: Set = ["micro", "open", "demo", "practice", "review"]
    let early = zip(sessions.column("date"), sessions.column("type")).filter {
      $0.0 < "2016-01-01" && five.contains($0.1)
    }
    XCTAssertEqual(early.count, 0)
    // The five lessons do exist, from 2016.
    XCTAssertEqual(Set(sessions.column("type")).intersection(five), five)
  }

  func testPlansHaveOneTablePerCategoryFiveInAll() {
    let categories = Set(GenSample.table("plans").column("category"))
    XCTAssertEqual(categories, ["leadership", "agency", "residential", "twonew", "retired"])
  }
}
