import Foundation
import XCTest

/// `dangke snapshot … --out FILE` and `dangke FILE`: the same answers, and a damaged or
/// foreign file refused with a message and the data-error status.
final class SnapshotCLITests: XCTestCase {
  func testSnapshotOpensWithTheSameAnswers() throws {
    let dir = try DangkeProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("kangjian.dksnap").path
    let write = try DangkeProcess.run(["snapshot", "examples/data/kangjian", "--out", file])
    XCTAssertEqual(write.status, 0, write.stderr)
    XCTAssertEqual(write.stdout, "")
    for query in [
      "count attendance by member.category", "list name of members where name ~ \"王\" limit 3",
    ] {
      let fromCSV = try DangkeProcess.run(["examples/data/kangjian", "-c", query])
      let fromSnapshot = try DangkeProcess.run([file, "-c", query])
      XCTAssertEqual(fromSnapshot.status, 0, fromSnapshot.stderr)
      XCTAssertEqual(fromSnapshot.stdout, fromCSV.stdout, query)
    }
  }

  func testDamagedSnapshotIsRefused() throws {
    let dir = try DangkeProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("s.dksnap")
    XCTAssertEqual(try DangkeProcess.run(["snapshot", "--out", file.path]).status, 0)
    var bytes = try Data(contentsOf: file)
    bytes[bytes.count / 2] ^= 0xFF
    try bytes.write(to: file)
    let r = try DangkeProcess.run([file.path, "-c", "count sessions"])
    XCTAssertEqual(r.status, 3)
    XCTAssertEqual(r.stdout, "")
    XCTAssertTrue(r.stderr.hasPrefix("dangke: \(file.path)"), r.stderr)
    XCTAssertTrue(r.stderr.contains("dangke snapshot"), r.stderr)
  }

  func testSnapshotDoesNotReplaceAnotherFile() throws {
    let dir = try DangkeProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("notes.txt")
    try "keep me".write(to: file, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["snapshot", "--out", file.path])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr, "dangke: \(file.path) exists and is not a snapshot; not replacing it\n")
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "keep me")
  }
}
