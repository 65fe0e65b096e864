import XCTest

@testable import Engine

/// Ordering a dictionary puts its strings in byte order, merges repeats and renumbers the
/// codes, whatever the strings share: long common starts, ties past sixteen bytes, zero
/// bytes that pad like the end of a string, the empty string, and enough strings that the
/// runs are sorted as two halves at once.
final class DictionaryOrderTests: XCTestCase {
  /// A generator the tests can repeat.
  private struct Mix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// Orders `values`, appended as they come (repeats too, as two halves of a file give
  /// them), and checks the dictionary and every cell's text.
  private func assertOrdered(
    _ values: [[UInt8]], file: StaticString = #filePath, line: UInt = #line
  ) {
    var dictionary = StringDictionary()
    var codes: [UInt32] = []
    for v in values { codes.append(dictionary.append(utf8: v)) }
    codes.append(ColumnData.missingCode)
    DictionaryOrder.sort(codes: &codes, dictionary: &dictionary)
    // Every string once, each after the one before: the distinct values in byte order.
    XCTAssertEqual(dictionary.count, Set(values).count, file: file, line: line)
    var before: [UInt8]?
    for code in 0..<UInt32(dictionary.count) {
      dictionary.withUTF8(code) { text in
        if let b = before, !b.lexicographicallyPrecedes(text) {
          XCTFail("\(b) is not before \(Array(text))", file: file, line: line)
        }
        before = Array(text)
      }
    }
    for (i, v) in values.enumerated() where !dictionary.withUTF8(codes[i], { $0.elementsEqual(v) })
    {
      XCTFail("cell \(i) reads \(dictionary.string(codes[i]))", file: file, line: line)
      break
    }
    XCTAssertEqual(codes.last, ColumnData.missingCode, file: file, line: line)
  }

  func testPhoneLikeStringsWithRepeatsAreOrdered() {
    var mix = Mix(state: 1)
    var values: [[UInt8]] = []
    for _ in 0..<20_000 {
      let phone = "1\(30 + mix.next(60))\(String(format: "%08d", mix.next(1_000_000)))"
      values.append(Array(phone.utf8))
    }
    values += values.prefix(3_000)
    assertOrdered(values)
  }

  func testTiesPastSixteenBytesZeroBytesAndTheEmptyString() {
    var mix = Mix(state: 2)
    let stems: [[UInt8]] = [
      [], Array("abcdefgh".utf8), Array("abcdefghijklmnop".utf8), Array("居民区党员骨干培训班".utf8),
    ]
    var values: [[UInt8]] = [[], [0], [0, 0], Array("abcdefgh".utf8) + [0]]
    for _ in 0..<5_000 {
      var v = stems[mix.next(stems.count)]
      for _ in 0..<mix.next(12) { v.append([0, 0x41, 0x42, 0x7F, 0xE5, 0xFF][mix.next(6)]) }
      values.append(v)
    }
    values += (0..<500).map { _ in values[mix.next(values.count)] }
    assertOrdered(values)
  }

  func testStringsTyingBeyondTheDeepestKeyAreComparedWhole() {
    let common = [UInt8](repeating: 0x61, count: DictionaryOrder.deepest + 40)
    var values = (0..<300).map { common + Array("\(($0 * 37) % 300)".utf8) }
    values += [common, common + [0], common] + values.prefix(20)
    assertOrdered(values)
  }

  func testLargeDictionaryIsOrderedAsTwoHalves() {
    var mix = Mix(state: 3)
    let n = DictionaryOrder.parallelRuns + 5_000
    var values: [[UInt8]] = []
    values.reserveCapacity(n + 1_000)
    for _ in 0..<n {
      let text = "\(["王", "李", "张"][mix.next(3)])\(mix.next(2_000_000))-\(mix.next(10))"
      values.append(Array(text.utf8))
    }
    values += values.prefix(1_000)
    assertOrdered(values)
  }

  func testEveryLoadedTableHasItsDictionariesInByteOrder() throws {
    let members =
      "id,name,phone\n"
      + (0..<3_000).map { "\($0),n\(($0 * 7) % 500),\(9_000 - $0)x" }
      .joined(separator: "\n")
    let orgs = "id,name\n" + (0..<50).map { "\($0),org \(50 - $0)" }.joined(separator: "\n")
    let store = try Loader.load(
      .memory(
        name: "m",
        files: [
          DataFile(path: "m/members.csv", bytes: Array(members.utf8)),
          DataFile(path: "m/orgs.csv", bytes: Array(orgs.utf8)),
        ]))
    var checked = 0
    for table in store.tables {
      for column in table.columns {
        guard case .text(let codes, let dictionary) = column.data else { continue }
        checked += 1
        let strings = dictionary.strings
        for k in strings.indices.dropFirst() {
          XCTAssertTrue(
            Array(strings[k - 1].utf8).lexicographicallyPrecedes(Array(strings[k].utf8)),
            "\(table.name).\(column.name)")
        }
        XCTAssertEqual(codes.count, table.rowCount)
      }
    }
    XCTAssertEqual(checked, 3)
  }
}
