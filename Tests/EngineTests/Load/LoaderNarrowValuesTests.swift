import Synchronization
import XCTest

@testable import Engine

/// Every whole-number column of a CSV or TSV file keeps its values in 32 bits while they fit,
/// and every decimal column while each value is exactly a `Float` (half the memory of a
/// load: ten million scores take 40 MB, not 80); their 64-bit values are made when a query
/// first needs them, and the 32-bit ones are then let go.
final class LoaderNarrowValuesTests: XCTestCase {
  private func load(_ files: [String: String]) throws -> Store {
    let data = files.sorted { $0.key < $1.key }.map {
      DataFile(path: $0.key, bytes: Array($0.value.utf8))
    }
    return try Loader.load(.memory(name: "t", files: data))
  }

  func testWholeNumbersAreMadeOnFirstUse() throws {
    let store = try load([
      "members.csv": "id,name,born\n10,甲,1970\n11,乙,\n",
      "attendance.csv": "member,score\n10,1\n11,-2147483647\n,\n",
      "plans.tsv": "year\tbig\n2016\t5000000000\n2017\t1\n",
    ])
    let attendance = try XCTUnwrap(store.table("attendance"))
    let score = try XCTUnwrap(attendance.column("score"))
    XCTAssertEqual(score.type, .integer)
    XCTAssertFalse(score.holdsValues, "the 64-bit scores were made at load")
    let born = try XCTUnwrap(store.table("members")?.column("born"))
    XCTAssertFalse(born.holdsValues)
    // Made on first use, the same values as in the file, and kept.
    guard case .integer(let scores) = score.data else { return XCTFail("not integer") }
    XCTAssertEqual(scores, [1, -2_147_483_647, ColumnData.missingInteger])
    XCTAssertTrue(score.holdsValues)
    guard case .integer(let years) = born.data else { return XCTFail("not integer") }
    XCTAssertEqual(years, [1970, ColumnData.missingInteger])
    // A value beyond 32 bits: that column holds its 64-bit values from the start.
    let plans = try XCTUnwrap(store.table("plans"))
    XCTAssertFalse(try XCTUnwrap(plans.column("year")).holdsValues)
    let big = try XCTUnwrap(plans.column("big"))
    XCTAssertTrue(big.holdsValues)
    guard case .integer(let bigs) = big.data else { return XCTFail("not integer") }
    XCTAssertEqual(bigs, [5_000_000_000, 1])
  }

  func testDecimalsThatAreExactlyFloatsAreMadeOnFirstUse() throws {
    let store = try load([
      "attendance.csv": "hours,rate,mixed,first\n1.5,0.1,2,1.5\n,0.25,1.5,-0.5\n2,,,0.5\n"
    ])
    let t = try XCTUnwrap(store.table("attendance"))
    func decimals(_ name: String) throws -> (held: Bool, values: [Double]) {
      let column = try XCTUnwrap(t.column(name))
      XCTAssertEqual(column.type, .decimal)
      let held = column.holdsValues
      guard case .decimal(let v) = column.data else {
        XCTFail("\(name) is not decimal")
        return (held, [])
      }
      return (held, v)
    }
    let hours = try decimals("hours")
    XCTAssertFalse(hours.held, "1.5 and 2 are exactly floats: kept in 32 bits")
    XCTAssertEqual(hours.values.map(\.bitPattern), [1.5, .nan, 2].map(\.bitPattern))
    // 0.1 is no float: the column holds its 64-bit values from the start, exactly.
    let rate = try decimals("rate")
    XCTAssertTrue(rate.held)
    XCTAssertEqual(rate.values.map(\.bitPattern), [0.1, 0.25, .nan].map(\.bitPattern))
    // Whole numbers first, then a decimal.
    let mixed = try decimals("mixed")
    XCTAssertFalse(mixed.held)
    XCTAssertEqual(mixed.values.map(\.bitPattern), [2, 1.5, .nan].map(\.bitPattern))
    let first = try decimals("first")
    XCTAssertEqual(first.values.map(\.bitPattern), [1.5, -0.5, 0.5].map(\.bitPattern))
  }

  func testHalvesOfADecimalColumnJoinInTheWiderForm() {
    func builder(_ cells: [String]) -> ColumnBuilder {
      var b = ColumnBuilder(mode: .infer, rowHint: 4, narrow: true)
      for cell in cells {
        let bytes = Array(cell.utf8) + [0]
        _ = bytes.withUnsafeBufferPointer { b.append($0.baseAddress!, cell.utf8.count) }
      }
      return b
    }
    var head = builder(["1.5", ""])
    var tail = builder(["0.1"])
    XCTAssertTrue(head.absorb(&tail))
    XCTAssertNil(head.takeNarrowDecimals())
    guard case .decimal(let joined) = head.finish() else { return XCTFail("not decimal") }
    XCTAssertEqual(joined.map(\.bitPattern), [1.5, .nan, 0.1].map(\.bitPattern))
    var a = builder(["0.5"])
    var b = builder(["", "3"])
    XCTAssertTrue(a.absorb(&b))
    XCTAssertEqual(
      a.takeNarrowDecimals()?.map(\.bitPattern), [Float(0.5), .nan, 3].map(\.bitPattern))
  }

  func testDeferredLetsGoOfWhatMadeItsValue() {
    final class Source: Sendable { let values: [Int64] = [1, 2] }
    weak var held: Source?
    let deferred: Deferred<[Int64]> = {
      let source = Source()
      held = source
      return Deferred { source.values }
    }()
    XCTAssertNotNil(held, "nothing made yet: the closure holds its source")
    XCTAssertEqual(deferred.value, [1, 2])
    XCTAssertNil(held, "the value is kept: the closure and its source are gone")
    XCTAssertEqual(deferred.value, [1, 2])
  }

  func testAValueNotKeptIsMadeAgain() {
    let made = Mutex(0)
    let deferred = Deferred<Int>(until: {
      let n = made.withLock { n in
        n += 1
        return n
      }
      return (n, n >= 2)
    })
    XCTAssertEqual(deferred.value, 1)
    XCTAssertFalse(deferred.isKept)
    XCTAssertEqual(deferred.value, 2)
    XCTAssertTrue(deferred.isKept)
    XCTAssertEqual(deferred.value, 2)
  }
}
