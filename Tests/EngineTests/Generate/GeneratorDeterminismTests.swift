import Engine
import Foundation
import TestSupport
import XCTest

/// The same seed gives the same bytes, in memory and on disk; the committed sample is exactly
/// what the generator makes.
final class GeneratorDeterminismTests: XCTestCase {
  func testSameSeedGivesSameBytes() {
    XCTAssertEqual(Generator(scale: .sample, seed: 1).files(), GenSample.files)
  }

  func testAnotherSeedGivesOtherBytes() {
    let other = Generator(scale: .sample, seed: 2).files()
    XCTAssertEqual(other.map(\.path), GenSample.files.map(\.path))
    // Bases and the schema are fixed lists; every other table is drawn from the seed.
    for (a, b) in zip(other, GenSample.files)
    where a.fileName != "schema.json" && a.fileName != "bases.csv" {
      XCTAssertTrue(a.bytes != b.bytes, "\(a.fileName) should differ with another seed")
    }
    // The figures hold for any seed.
    XCTAssertEqual(
      GenTestTable(other.first { $0.fileName == "attendance.csv" }!.bytes).rows.count, 24_437)
  }

  func testFilesAreTheNineTablesAndTheSchema() {
    XCTAssertEqual(
      GenSample.files.map(\.path),
      [
        "orgs", "members", "experts", "bases", "projects", "cases", "sessions", "attendance",
        "plans",
      ].map { "<sample>/\($0).csv" } + ["<sample>/schema.json"])
  }

  func testWriteToDiskEqualsFilesInMemory() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-gen-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Generator(scale: .sample).write(to: folder.path)
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    XCTAssertEqual(written, GenSample.files.map(\.fileName).sorted())
    for file in GenSample.files {
      let bytes = try Data(contentsOf: folder.appendingPathComponent(file.fileName))
      XCTAssertEqual([UInt8](bytes), file.bytes, file.fileName)
    }
  }

  func testWriteIntoAnUnwritablePlaceThrows() {
    XCTAssertThrowsError(try Generator(scale: .sample).write(to: "/proc/dangke-no-such/out"))
  }

  func testCommittedSampleIsByteIdentical() throws {
    let folder = Repository.root.appendingPathComponent("examples/data/kangjian")
    let committed = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    XCTAssertEqual(committed, GenSample.files.map(\.fileName).sorted())
    for file in GenSample.files {
      let bytes = try Data(contentsOf: folder.appendingPathComponent(file.fileName))
      XCTAssertTrue([UInt8](bytes) == file.bytes, "\(file.fileName) differs from the generator")
    }
  }

  func testDistrictScaleHasItsSizeAndDistinctOrgNames() {
    let files = Generator(scale: .district).files()
    func table(_ name: String) -> GenTestTable {
      GenTestTable(files.first { $0.fileName == "\(name).csv" }!.bytes)
    }
    XCTAssertEqual(files.first!.path, "<district>/orgs.csv")
    XCTAssertEqual(table("members").rows.count, 200_000)
    XCTAssertEqual(table("sessions").rows.count, 20_000)
    XCTAssertEqual(table("attendance").rows.count, 1_000_000)
    let names = table("orgs").column("name")
    XCTAssertEqual(names.count, 1_000)
    XCTAssertEqual(Set(names).count, names.count)
  }
}
