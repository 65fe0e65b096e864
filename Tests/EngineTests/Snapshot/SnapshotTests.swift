import Foundation
import Lang
import XCTest

@testable import Engine

/// Snapshot files: a round trip keeps every fact and answer; a damaged, truncated,
/// foreign or wrong-version file is refused with a message that says what to do.
final class SnapshotTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws { folder = try SnapshotFixtures.temporaryFolder() }
  override func tearDownWithError() throws { try FileManager.default.removeItem(atPath: folder) }

  /// Writes `store`, reads it back and returns the path too.
  private func roundTrip(_ store: Store) throws -> (String, Store) {
    let path = folder + "/data.dks"
    try Snapshot.write(store, to: path)
    return (path, try Snapshot.read(path))
  }

  func testHandMadeStoreRoundTrips() throws {
    let store = SnapshotFixtures.handMade()
    let (_, back) = try roundTrip(store)
    SnapshotFixtures.assertSame(store, back)
    XCTAssertEqual(back.table("sessions")?.column("type")?.data.count, 3)
  }

  func testSampleRoundTripsWithEqualAnswers() throws {
    let (_, back) = try roundTrip(Sample.store)
    SnapshotFixtures.assertSame(Sample.store, back)
    let queries = [
      "count sessions",
      "count sessions where type=micro by month",
      "count attendance by member.category",
      "count distinct member of attendance where session.date in 2016 by member.category",
      "avg score of attendance by session.type",
      "count attendance by member.org.name top 10",
      "count members where name ~ \"王\"",
      "sum hours of attendance by month(session.date), session.mode",
      "list date, title, base.name of sessions where type=practice order by date desc limit 20",
      "list name, phone of members where post=secretary limit 5",
    ]
    for text in queries {
      let before = try Sample.answer(text)
      let statement = try Parser.parseStatement(text)
      guard case .table(let after, _) = try Session(store: back).run(statement).outcome else {
        XCTFail("no table for \(text)")
        continue
      }
      XCTAssertFalse(before.rows.isEmpty, text)
      XCTAssertEqual(before, after, text)
    }
  }

  func testSnapshotIsRecognised() throws {
    let (path, _) = try roundTrip(SnapshotFixtures.handMade())
    XCTAssertTrue(Snapshot.isSnapshot(path))
    let csv = folder + "/orgs.csv"
    try Data("id,name\n1,a\n".utf8).write(to: URL(fileURLWithPath: csv))
    XCTAssertFalse(Snapshot.isSnapshot(csv))
    XCTAssertFalse(Snapshot.isSnapshot(folder))
    XCTAssertFalse(Snapshot.isSnapshot(folder + "/missing.dks"))
  }

  func testEveryCorruptByteIsRefused() throws {
    let (path, _) = try roundTrip(SnapshotFixtures.handMade())
    let good = try Data(contentsOf: URL(fileURLWithPath: path))
    // Every payload byte, flipped one at a time: each is refused, by the checksum or, when
    // it breaks the structure before the checksum can be checked, as malformed.
    var byChecksum = 0
    for i in 32..<good.count {
      var bad = good
      bad[i] ^= 0x10
      try bad.write(to: URL(fileURLWithPath: path))
      XCTAssertThrowsError(try Snapshot.read(path), "byte \(i)") { error in
        let text = "\(error)"
        if text.contains("checksum does not match") { byChecksum += 1 }
        XCTAssertTrue(
          text.contains("checksum does not match") || text.contains("corrupt or malformed"), text)
        XCTAssertTrue(text.contains("hint: re-create it"), text)
      }
    }
    XCTAssertGreaterThan(byChecksum, (good.count - 32) / 2)
  }

  func testLargeArraysRoundTripAndAreChecked() throws {
    let store = SnapshotFixtures.large(rows: 40_000)
    let (path, back) = try roundTrip(store)
    SnapshotFixtures.assertSame(store, back)
    let good = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertGreaterThan(good.count, 1_000_000)
    // Bytes inside the large arrays (each with its own checksum, checked on first read):
    // the file opens, and reading every column finds the damage (SnapshotDamage).
    for i in stride(from: good.count / 10, to: good.count - 100, by: good.count / 10) {
      var bad = good
      bad[i] ^= 0x01
      try bad.write(to: URL(fileURLWithPath: path))
      let opened = try Snapshot.read(path)
      let before = SnapshotDamage.count
      for c in opened.tables[0].columns {
        _ = c.data
        _ = c.reference?.rows
      }
      XCTAssertEqual(SnapshotDamage.count, before + 1, "byte \(i)")
      let found = SnapshotDamage.found(since: before)
      XCTAssertEqual(found?.file, path)
    }
  }

  func testTruncatedFileIsRefused() throws {
    let (path, _) = try roundTrip(SnapshotFixtures.handMade())
    let good = try Data(contentsOf: URL(fileURLWithPath: path))
    for keep in [good.count - 1, good.count / 2, 33, 20, 8] {
      try good.prefix(keep).write(to: URL(fileURLWithPath: path))
      XCTAssertThrowsError(try Snapshot.read(path), "\(keep) bytes") { error in
        XCTAssertTrue("\(error)".contains("truncated"), "\(error)")
        XCTAssertEqual((error as? LoadError)?.file, path)
      }
    }
  }

  func testOtherVersionIsRefused() throws {
    let (path, _) = try roundTrip(SnapshotFixtures.handMade())
    var data = try Data(contentsOf: URL(fileURLWithPath: path))
    data[8] = UInt8(Snapshot.formatVersion + 1)
    try data.write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try Snapshot.read(path)) { error in
      XCTAssertEqual(
        "\(error)",
        "\(path): error[E0502]: snapshot format version \(Snapshot.formatVersion + 1) is not the version"
          + " this dangke reads (\(Snapshot.formatVersion))\n"
          + "  hint: re-create it from the data folder with: dangke snapshot DIR --out \(path)")
    }
  }

  func testForeignFileIsRefused() throws {
    let path = folder + "/orgs.csv"
    try Data("id,name\n1,a\n".utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try Snapshot.read(path)) { error in
      XCTAssertTrue("\(error)".contains("not a dangke snapshot"), "\(error)")
    }
  }

  func testMissingFileAndUnwritableFolder() throws {
    XCTAssertThrowsError(try Snapshot.read(folder + "/missing.dks")) { error in
      XCTAssertEqual((error as? LoadError)?.file, folder + "/missing.dks")
    }
    XCTAssertThrowsError(
      try Snapshot.write(SnapshotFixtures.handMade(), to: folder + "/no/such/folder/x.dks")
    ) { error in
      XCTAssertTrue("\(error)".contains("cannot write the snapshot"), "\(error)")
    }
  }

  func testWritingTwiceGivesTheSameBytes() throws {
    let (path, back) = try roundTrip(Sample.store)
    let first = try Data(contentsOf: URL(fileURLWithPath: path))
    try Snapshot.write(back, to: path)
    XCTAssertEqual(first, try Data(contentsOf: URL(fileURLWithPath: path)))
  }
}
