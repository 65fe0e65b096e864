import XCTest

@testable import Engine

/// What queries free is kept for the next query only up to a bound: the bound reads the
/// process's resident memory.
final class MemoryTrimTests: XCTestCase {
  func testResidentMemoryIsRead() throws {
    #if os(Linux)
      let before = try XCTUnwrap(MemoryTrim.residentBytes())
      // 64 MiB touched page by page are resident.
      let pages = [UInt8](repeating: 1, count: 64 << 20)
      let after = try XCTUnwrap(MemoryTrim.residentBytes())
      XCTAssertEqual(pages[pages.count - 1], 1)
      XCTAssertGreaterThan(after - before, 60 << 20)
    #endif
  }

  func testBoundHandsBackWhatIsBeyondIt() throws {
    #if os(Linux)
      Session.keepFreedMemory()
      let kept = try XCTUnwrap(MemoryTrim.residentBytes())
      do {
        // More than the bound, freed at once: kept by the heap until the bound hands it back.
        var big = [UInt8](repeating: 1, count: MemoryTrim.keptLimit + (64 << 20))
        big[0] = 2
        XCTAssertEqual(big[0], 2)
      }
      MemoryTrim.bound()
      let after = try XCTUnwrap(MemoryTrim.residentBytes())
      XCTAssertLessThan(after - kept, MemoryTrim.keptLimit)
    #endif
  }

  func testBeforeKeepingHandsBackWhatQueriesKept() throws {
    #if os(Linux)
      Session.keepFreedMemory()
      do {
        // A query's 64 MiB, freed: kept by the heap for the next query.
        var big = [UInt8](repeating: 1, count: 64 << 20)
        big[0] = 2
        XCTAssertEqual(big[0], 2)
      }
      let kept = try XCTUnwrap(MemoryTrim.residentBytes())
      MemoryTrim.beforeKeeping(1 << 20)
      let small = try XCTUnwrap(MemoryTrim.residentBytes())
      XCTAssertGreaterThan(small, kept - (8 << 20), "a small column's values: nothing handed back")
      // A column of ten million values about to be made: what the heap kept goes back first.
      MemoryTrim.beforeKeeping(80 << 20)
      let after = try XCTUnwrap(MemoryTrim.residentBytes())
      XCTAssertLessThan(after, kept - (48 << 20))
    #endif
  }
}
