import XCTest

@testable import Engine

/// The interner of a column's values stops looking strings up when nearly all differ, and
/// looks them up again when they repeat after all; either way every cell keeps its text,
/// and ordering the dictionary merges the repeats.
final class TextInternerTests: XCTestCase {
  /// Interns `values` in order; returns the interner and the code of each value.
  private func intern(_ values: [String], mayAppend: Bool = true) -> (TextInterner, [UInt32]) {
    var interner = TextInterner(mayAppend: mayAppend)
    let codes = values.map { value in
      var v = value
      return v.withUTF8 { interner.intern($0.baseAddress!, $0.count) }
    }
    return (interner, codes)
  }

  /// The dictionary ordered (repeats merged) and each value's text read back through it.
  private func readBack(_ interner: TextInterner, _ codes: [UInt32]) -> ([String], [String]) {
    var codes = codes
    var dictionary = interner.dictionary()
    DictionaryOrder.sort(codes: &codes, dictionary: &dictionary)
    return (dictionary.strings, codes.map { dictionary.string($0) })
  }

  func testDistinctValuesAreAppendedAndStillReadBack() {
    // Phone-like values, all different, then some of them again.
    let distinct = (0..<100_000).map { "138\(String(format: "%08d", $0 &* 7_919 % 100_000_000))" }
    let values = distinct + distinct.prefix(500)
    let (interner, codes) = intern(values)
    XCTAssertTrue(interner.appending)
    XCTAssertLessThan(interner.sampled, 20_000, "only a sample is looked up")
    let (strings, back) = readBack(interner, codes)
    XCTAssertEqual(back, values)
    XCTAssertEqual(
      strings, Set(distinct).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
  }

  func testRepeatsAfterADistinctStartResumeLookingUp() {
    let first = (0..<70_000).map { "id-\($0)" }
    let repeats = (0..<200_000).map { "id-\($0 % 1_000)" }
    let (interner, codes) = intern(first + repeats)
    XCTAssertFalse(interner.appending, "looked up again once values repeat")
    XCTAssertLessThan(interner.count, 70_000 + 20_000, "few repeats were appended meanwhile")
    let (strings, back) = readBack(interner, codes)
    XCTAssertEqual(back, first + repeats)
    XCTAssertEqual(strings.count, 70_000)
  }

  func testRepeatedValuesAndKeysAreAlwaysLookedUp() {
    let values = (0..<100_000).map { "v\($0 % 5_000)" }
    let (interner, _) = intern(values)
    XCTAssertFalse(interner.appending)
    XCTAssertEqual(interner.count, 5_000)
    let distinct = (0..<100_000).map { "k\($0)" }
    let (keys, keyCodes) = intern(distinct, mayAppend: false)
    XCTAssertFalse(keys.appending)
    XCTAssertEqual(keyCodes, (0..<UInt32(100_000)).map { $0 })
  }

  func testLoadedDistinctColumnKeepsEveryValue() throws {
    let phones = (0..<80_000).map {
      "tel-139\(String(format: "%08d", ($0 &* 104_729) % 100_000_000))"
    }
    let rows = phones.enumerated().map { "\($0),\($1)" } + ["80000,\(phones[3])", "80001,"]
    let csv = "id,phone\n" + rows.joined(separator: "\n") + "\n"
    let store = try Loader.load(
      .memory(name: "m", files: [DataFile(path: "m/members.csv", bytes: Array(csv.utf8))]))
    guard
      case .text(let codes, let dictionary) = try XCTUnwrap(store.table("members")?.column("phone"))
        .data
    else { return XCTFail("not text") }
    XCTAssertEqual(dictionary.count, 80_000)
    for (i, phone) in phones.enumerated() { XCTAssertEqual(dictionary.string(codes[i]), phone) }
    XCTAssertEqual(codes[80_000], codes[3])
    XCTAssertEqual(codes[80_001], ColumnData.missingCode)
  }
}
