import CSample
import Engine
import Foundation
import Lang
import TestSupport
import XCTest

/// The built-in sample is embedded in the program as a snapshot (Sources/CSample/sample.dks)
/// so that a start opens it instead of generating it. It must be, byte for byte, the snapshot
/// of what the generator makes: a change to the generator, the loader or the snapshot format
/// fails here until the file is made again (`DANGKE_UPDATE_GOLDEN=1`, then rebuild).
final class BuiltInSampleTests: XCTestCase {
  private static let committed = Repository.path("Sources/CSample/sample.dks")

  private var embedded: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: dk_sample_bytes(), count: dk_sample_size())
  }

  /// The snapshot of a freshly generated and loaded sample.
  private func generated() throws -> Data {
    let store = try Loader.load(
      .memory(name: "Kangjian sample", files: Generator(scale: .sample).files()))
    let folder = NSTemporaryDirectory() + "dangke-sample-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Snapshot.write(store, to: folder + "/sample.dks")
    return try Data(contentsOf: URL(fileURLWithPath: folder + "/sample.dks"))
  }

  func testCommittedSnapshotIsTheGeneratorsSample() throws {
    let made = try generated()
    if Golden.updating {
      try made.write(to: URL(fileURLWithPath: Self.committed))
      return
    }
    let file = try Data(contentsOf: URL(fileURLWithPath: Self.committed))
    XCTAssertEqual(
      file.count, made.count,
      "sample.dks differs from the generator's: run with DANGKE_UPDATE_GOLDEN=1")
    XCTAssertTrue(
      file == made, "sample.dks differs from the generator's: run with DANGKE_UPDATE_GOLDEN=1")
  }

  func testProgramEmbedsTheCommittedSnapshot() throws {
    let file = try Data(contentsOf: URL(fileURLWithPath: Self.committed))
    XCTAssertEqual(embedded.count, file.count, "rebuild after updating sample.dks")
    XCTAssertTrue(file.elementsEqual(embedded), "rebuild after updating sample.dks")
  }

  func testEmbeddedSampleAnswersAsTheGeneratedOne() throws {
    let opened = try Snapshot.read(bytes: embedded, name: "Kangjian sample")
    let loaded = try Loader.load(
      .memory(name: "Kangjian sample", files: Generator(scale: .sample).files()))
    XCTAssertEqual(opened.name, loaded.name)
    for query in [
      "count sessions", "count attendance by member.category",
      "avg score of attendance by session.type", "list name of members where name ~ \"王\" limit 3",
    ] {
      XCTAssertEqual(try answer(query, opened), try answer(query, loaded), query)
    }
  }

  private func answer(_ text: String, _ store: Store) throws -> String {
    var out = ""
    var err = ""
    let runner = StatementRunner(
      session: Session(store: store), out: { out += $0 }, err: { err += $0 })
    XCTAssertTrue(runner.run(text), err)
    return out
  }
}
