import XCTest

@testable import dangke

/// The list a second Tab shows: columns lined up by display width (a Chinese character takes
/// two columns), in the candidates' own order, down each column first.
final class CandidateColumnsTests: XCTestCase {
  func testChineseCandidatesLineUpByDisplayWidth() {
    // Widths 6, 4, 4: every column is 6 wide, then two spaces.
    XCTAssertEqual(
      CandidateColumns.lines(["党组织", "党员", "党课"], screenWidth: 80),
      ["党组织  党员    党课"])
  }

  func testMixedCandidatesFillColumnsDownFirst() {
    let candidates = [
      "专题讲座 (223)", "lecture (223)", "集中培训 (170)", "training (170)", "微党课 (32)",
      "micro (32)",
    ]
    // The widest is 14 columns: two fit in 31 (14 + 2 + 14), three need 46.
    XCTAssertEqual(
      CandidateColumns.lines(candidates, screenWidth: 31),
      [
        "专题讲座 (223)  training (170)",
        "lecture (223)   微党课 (32)",
        "集中培训 (170)  micro (32)",
      ])
    XCTAssertEqual(
      CandidateColumns.lines(candidates, screenWidth: 46),
      [
        "专题讲座 (223)  集中培训 (170)  微党课 (32)",
        "lecture (223)   training (170)  micro (32)",
      ])
  }

  func testANarrowScreenGivesOneColumn() {
    XCTAssertEqual(
      CandidateColumns.lines(["参学记录", "count"], screenWidth: 5), ["参学记录", "count"])
    XCTAssertEqual(CandidateColumns.lines([], screenWidth: 80), [])
  }
}
