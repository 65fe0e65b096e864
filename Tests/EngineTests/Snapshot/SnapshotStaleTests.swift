import Engine
import Foundation
import Synchronization
import XCTest

/// A snapshot remembers the data files it was made from, and is refused once one of them
/// has changed; its large columns are read when first used and give the same values.
final class SnapshotStaleTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = try SnapshotFixtures.temporaryFolder()
    try write("orgs.csv", "id,name\n1,党委\n2,支部\n")
    try write("members.csv", "id,name,org\n1,王芳,1\n2,李强,2\n")
  }

  override func tearDownWithError() throws { try FileManager.default.removeItem(atPath: folder) }

  private func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
  }

  /// Loads the folder and writes its snapshot; returns the snapshot's path.
  private func snapshot() throws -> String {
    let path = folder + "/data.dks"
    try Snapshot.write(try Loader.load(.directory(folder)), to: path)
    return path
  }

  func testSourcesAreKeptWithAbsolutePaths() throws {
    let store = try Snapshot.read(try snapshot())
    let names = store.sources.map { URL(fileURLWithPath: $0.path).lastPathComponent }
    XCTAssertEqual(names.sorted(), ["members.csv", "orgs.csv"])
    XCTAssertTrue(store.sources.allSatisfy { $0.path.hasPrefix("/") && $0.size > 0 })
  }

  func testChangedDataFileMakesTheSnapshotStale() throws {
    let path = try snapshot()
    XCTAssertNoThrow(try Snapshot.read(path))
    try write("orgs.csv", "id,name\n1,党委\n2,支部\n3,新支部\n")
    let orgs = try XCTUnwrap(SourceFile.current(folder + "/orgs.csv")).path
    XCTAssertThrowsError(try Snapshot.read(path)) { error in
      XCTAssertEqual(
        "\(error)",
        "\(path): error[E0501]: the snapshot is stale: \(orgs) has changed since the snapshot was made\n"
          + "  hint: re-create it from the data folder with: dangke snapshot DIR --out \(path)")
    }
  }

  func testSameSizeRewriteIsStaleToo() throws {
    let path = try snapshot()
    let members = folder + "/members.csv"
    let before = try XCTUnwrap(SourceFile.current(members))
    try write("members.csv", "id,name,org\n1,王芳,2\n2,李强,1\n")
    // Same size; a later modification time.
    let later = Date(timeIntervalSince1970: Double(before.modified) / 1e9 + 5)
    try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: members)
    XCTAssertThrowsError(try Snapshot.read(path)) { error in
      XCTAssertTrue("\(error)".contains("the snapshot is stale"), "\(error)")
    }
  }

  func testMissingDataFilesDoNotCount() throws {
    let path = try snapshot()
    try FileManager.default.removeItem(atPath: folder + "/orgs.csv")
    try FileManager.default.removeItem(atPath: folder + "/members.csv")
    let store = try Snapshot.read(path)
    XCTAssertEqual(store.table("members")?.rowCount, 2)
  }

  func testLargeColumnsAreReadOnFirstUseWithTheirValues() throws {
    let store = SnapshotFixtures.large(rows: 40_000)
    let path = folder + "/large.dks"
    try Snapshot.write(store, to: path)
    let back = try Snapshot.read(path)
    // Types are known before any value is read; then every value matches.
    XCTAssertEqual(
      back.tables[0].columns.map(\.type), store.tables[0].columns.map(\.type))
    SnapshotFixtures.assertSame(store, back)
    // Read concurrently from two threads: both see the same values.
    let answers = Mutex<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
      let again = back.tables[0].columns.map { $0.data.count }
      answers.withLock { $0.append(again.reduce(0, +)) }
    }
    XCTAssertEqual(Set(answers.withLock { $0 }).count, 1)
  }
}
