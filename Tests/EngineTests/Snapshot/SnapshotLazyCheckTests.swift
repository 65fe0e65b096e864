import Foundation
import Lang
import XCTest

@testable import Engine

/// A snapshot opens without reading its large columns; each is checked against its own
/// checksum when a query first reads it. Damage in a column a query does not read leaves its
/// answer alone; a query that reads it fails with E1402 instead of answering, every time.
final class SnapshotLazyCheckTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = try SnapshotFixtures.temporaryFolder()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// A snapshot of the large fixture with one byte flipped in the middle of `column`'s
  /// values (its dictionary's bytes for text), and the path.
  private func damaged(_ column: String) throws -> String {
    let path = folder + "/big.dks"
    try Snapshot.write(SnapshotFixtures.large(rows: 40_000), to: path)
    let range = try arrayRange(of: column, in: path)
    var data = try Data(contentsOf: URL(fileURLWithPath: path))
    data[range.lowerBound + range.count / 2] ^= 0x04
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Where the large array of `column` of table `big` lies in the file at `path`.
  private func arrayRange(of column: String, in path: String) throws -> Range<Int> {
    let file = try XCTUnwrap(SnapshotFile(path))
    let size = try XCTUnwrap(file.regularFileSize())
    var reader = SnapshotReader(
      SnapshotInput(file, start: Snapshot.headerSize, payload: size - Snapshot.headerSize))
    let plan = try reader.store()
    let c = try XCTUnwrap(plan.tables[0].columns.first { $0.name == column })
    let array = c.type == .text ? c.arrays[1] : c.arrays[0]
    let big = reader.arrays.big[try XCTUnwrap(reader.arrays.bigIndex[array])]
    return big.offset..<big.offset + big.byteCount
  }

  /// What `text` prints at a prompt on the snapshot at `path` (answers, then errors).
  private func run(_ texts: [String], on path: String) throws -> [String] {
    let session = Session(store: try Snapshot.read(path))
    var printed: [String] = []
    for text in texts {
      var out = ""
      var err = ""
      let runner = StatementRunner(session: session, out: { out += $0 }, err: { err += $0 })
      runner.run(text)
      printed.append(out + err)
    }
    return printed
  }

  /// The error a query `query` on the damaged `column` prints, caret under the query.
  /// (`width`: the query's width on a terminal, where a Chinese character takes two.)
  private func corrupt(
    _ path: String, _ column: String, _ query: String, width: Int? = nil
  ) -> String {
    """
    error[E1402]: the snapshot \(path) is corrupt: the values of column big.\(column) do not match their checksum
     --> line 1, column 1
      |
    1 | \(query)
      | \(String(repeating: "^", count: width ?? query.count)) re-create it from the data folder with: dangke snapshot DIR --out \(path)

    """
  }

  func testDamageInAColumnNotReadLeavesTheAnswer() throws {
    let path = try damaged("hours")
    let printed = try run(["count big", "count big where id < 30", "sum hours of big"], on: path)
    XCTAssertEqual(printed[0], "count\n-----\n40000\n(1 row)\n")
    XCTAssertEqual(printed[1], "count\n-----\n   10\n(1 row)\n")
    XCTAssertEqual(printed[2], corrupt(path, "hours", "sum hours of big"))
  }

  func testAQueryReadingTheDamagedColumnFailsEachTime() throws {
    let path = try damaged("day")
    let printed = try run(
      ["max day of big", "count big by year(day)", "count big where id < 30", "max day of big"],
      on: path)
    XCTAssertEqual(printed[0], corrupt(path, "day", "max day of big"))
    XCTAssertEqual(printed[1], corrupt(path, "day", "count big by year(day)"))
    XCTAssertEqual(printed[2], "count\n-----\n   10\n(1 row)\n")
    XCTAssertEqual(printed[3], corrupt(path, "day", "max day of big"))
  }

  func testDamagedTextDictionaryFailsAQueryOnIt() throws {
    let path = try damaged("name")
    let printed = try run(["count big where name = \"名字7\"", "count big"], on: path)
    XCTAssertEqual(printed[0], corrupt(path, "name", "count big where name = \"名字7\"", width: 30))
    XCTAssertEqual(printed[1], "count\n-----\n40000\n(1 row)\n")
  }

  func testADamagedColumnIsNeverCopiedIntoANewSnapshot() throws {
    let path = try damaged("hours")
    let store = try Snapshot.read(path)
    XCTAssertThrowsError(try Snapshot.write(store, to: folder + "/copy.dks")) { error in
      XCTAssertEqual(
        "\(error)",
        "\(path): error[E1402]: the snapshot \(path) is corrupt: the values of column big.hours"
          + " do not match their checksum\n"
          + "  hint: re-create it from the data folder with: dangke snapshot DIR --out \(path)")
    }
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/copy.dks"))
  }
}
