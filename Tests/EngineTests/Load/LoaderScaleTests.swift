import TestSupport
import XCTest

@testable import Engine

/// Larger inputs: interning with table growth, dictionary ordering with long shared prefixes,
/// and the committed Kangjian sample.
final class LoaderScaleTests: XCTestCase {
  func testManyTextValuesKeepTheirTextAndSortByBytes() throws {
    var generator = SystemRandomNumberGenerator()
    var values: [String] = []
    let stems = ["", "same-prefix-", "党课党课", "abcdefgh", "a"]
    for i in 0..<20_000 {
      let stem = stems[i % stems.count]
      let tail = String(UInt32.random(in: 0..<5_000, using: &generator), radix: 36)
      values.append(i % 7 == 0 ? "" : stem + tail)
    }
    let csv = "v,n\n" + values.enumerated().map { "\"\($1)\",\($0)" }.joined(separator: "\n") + "\n"
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/t.csv", bytes: Array(csv.utf8))]))
    let column = try XCTUnwrap(store.table("t")?.column("v"))
    guard case .text(let codes, let dictionary) = column.data else { return XCTFail("not text") }
    XCTAssertEqual(codes.count, values.count)
    for (i, value) in values.enumerated() {
      if value.isEmpty {
        XCTAssertEqual(codes[i], ColumnData.missingCode)
      } else {
        XCTAssertEqual(dictionary.string(codes[i]), value)
      }
    }
    let strings = dictionary.strings
    XCTAssertEqual(Set(strings).count, strings.count)
    XCTAssertEqual(Set(strings), Set(values.filter { !$0.isEmpty }))
    for k in 1..<strings.count {
      XCTAssertTrue(Array(strings[k - 1].utf8).lexicographicallyPrecedes(Array(strings[k].utf8)))
    }
  }

  func testCommittedSampleLoadsWithEveryReferenceResolved() throws {
    let folder = Repository.path("examples/data/kangjian")
    guard FileManager.default.fileExists(atPath: folder) else {
      throw XCTSkip("no sample at \(folder)")
    }
    let store = try Loader.load(.directory(folder))
    XCTAssertEqual(store.table("sessions")?.rowCount, 485)
    XCTAssertEqual(store.table("attendance")?.rowCount, 24_437)
    XCTAssertEqual(store.table("orgs")?.rowCount, 40)
    XCTAssertEqual(store.table("experts")?.rowCount, 78)
    let attendance = try store.must("attendance")
    XCTAssertEqual(attendance.column("member")?.reference?.table, "members")
    XCTAssertEqual(attendance.column("member")?.reference?.dangling, 0)
    XCTAssertEqual(store.table("sessions")?.column("date")?.type, .date)
    XCTAssertEqual(store.table("plans")?.column("month")?.type, .text)
    XCTAssertEqual(store.report.warnings, [])
    // Following attendance.member.org is a gather through row indexes.
    let memberRows = try XCTUnwrap(attendance.column("member")?.reference?.rows)
    let orgRows = try XCTUnwrap(store.table("members")?.column("org")?.reference?.rows)
    XCTAssertTrue(memberRows.allSatisfy { $0 >= 0 && orgRows[Int($0)] >= 0 })
  }
}
