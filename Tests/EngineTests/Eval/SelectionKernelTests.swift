import Lang
import XCTest

@testable import Engine

/// The row-selection kernels against plain loops: `selectedRows` of a three-valued mask,
/// `textSelection` of codes through a truth table (missing codes never picked), short (one
/// core) and long (two parts joined), with none, some and all rows picked.
final class SelectionKernelTests: XCTestCase {
  /// A generator with a fixed seed, so a failure repeats.
  private struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state ^ (state >> 29)
    }
  }

  private let sizes = [0, 1, 7, 1000, (1 << 18) - 1, 1 << 18, 300_001]

  func testSelectedRowsPicksExactlyTheYesRows() {
    var random = Seeded(state: 7)
    for n in sizes {
      for share in [0, 3, 50, 100] {
        let mask = (0..<n).map { _ -> UInt8 in
          Int.random(in: 0..<100, using: &random) < share
            ? Truth.yes : (Bool.random(using: &random) ? Truth.no : Truth.unknown)
        }
        let expected = mask.indices.filter { mask[$0] == Truth.yes }.map { Int32($0) }
        XCTAssertEqual(selectedRows(mask), expected, "n \(n), \(share)%")
      }
    }
  }

  func testTextSelectionEqualsTheMaskThenTheSelection() {
    var random = Seeded(state: 11)
    let truth: [UInt8] = [Truth.no, Truth.yes, Truth.no, Truth.yes, Truth.no]
    for n in sizes {
      let codes = (0..<n).map { _ -> UInt32 in
        Int.random(in: 0..<10, using: &random) == 0
          ? ColumnData.missingCode : UInt32.random(in: 0..<5, using: &random)
      }
      let expected = codes.indices.filter {
        codes[$0] != ColumnData.missingCode && truth[Int(codes[$0])] == Truth.yes
      }.map { Int32($0) }
      XCTAssertEqual(textSelection(codes, truth), expected, "n \(n)")
      XCTAssertEqual(textSelection(codes, truth), selectedRows(textTruth(codes, truth)), "n \(n)")
      XCTAssertEqual(textSelection(codes, [UInt8](repeating: Truth.no, count: 5)), [], "n \(n)")
    }
  }

  /// `firstInOrder` gives what a whole sort's first `k` are, for orders with many equal
  /// keys (ties broken by position, as the list's order does), and `k` of 0, 1, n and past n.
  func testFirstInOrderIsTheStartOfTheWholeSort() {
    var random = Seeded(state: 5)
    for n in [0, 1, 2, 10, 257, 5000] {
      let keys = (0..<n).map { _ in Int.random(in: 0..<(n / 3 + 1), using: &random) }
      let less = { (a: Int, b: Int) -> Bool in keys[a] != keys[b] ? keys[a] > keys[b] : a < b }
      let sorted = (0..<n).sorted(by: less)
      for k in [0, 1, 3, 20, n / 2, n, n + 5] {
        XCTAssertEqual(
          firstInOrder(k, of: n, by: less), Array(sorted.prefix(k)), "n \(n), k \(k)")
      }
    }
  }

  /// A list ordered and limited to a few of many rows gives the rows a whole sort gives:
  /// descending and ascending, a text key, ties kept in table order, missing values last.
  func testListLimitedToAFewRowsIsTheStartOfTheWholeOrder() throws {
    var csv = "id,day,score,kind\n"
    for i in 0..<2000 {
      let day = i % 11 == 0 ? "" : "2020-01-\(String(format: "%02d", i * 7 % 28 + 1))"
      let score = i % 13 == 0 ? "" : String(i * 31 % 17)
      csv += "\(i + 1),\(day),\(score),\(["b", "a", "c"][i % 3])\n"
    }
    let store = try Loader.load(
      .memory(name: "t", files: [DataFile(path: "rows.csv", bytes: Array(csv.utf8))]))
    func ids(_ query: String) throws -> [Value] {
      let answer = try Session(store: store).run(try Parser.parseStatement(query))
      guard case .table(let table, _) = answer.outcome else { return [] }
      return table.rows.map { $0[0] }
    }
    for order in [
      "day desc", "day", "score desc, day", "kind, score desc", "score", "kind desc, day desc",
    ] {
      let all = try ids("list id of rows where kind != c order by \(order)")
      for limit in [1, 5, 20, 300] {
        let limited = try ids("list id of rows where kind != c order by \(order) limit \(limit)")
        XCTAssertEqual(limited, Array(all.prefix(limit)), "\(order) limit \(limit)")
      }
    }
  }
}
