import Foundation
import TestSupport
import XCTest

/// `dangke snapshot … --out FILE` and `dangke FILE`: the same answers, and a damaged or
/// foreign file refused with a message and the data-error status.
final class SnapshotCLITests: XCTestCase {
  func testSnapshotOpensWithTheSameAnswers() throws {
    let dir = try ProcessRunner.temporaryDirectory()
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
    let dir = try ProcessRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("s.dksnap")
    XCTAssertEqual(try DangkeProcess.run(["snapshot", "--out", file.path]).status, 0)
    // A byte of its structure (checked when the file opens; a large column's bytes are
    // checked when a query first reads them: SnapshotLazyCheckTests).
    var bytes = try Data(contentsOf: file)
    bytes[48] ^= 0xFF
    try bytes.write(to: file)
    let r = try DangkeProcess.run([file.path, "-c", "count sessions"])
    XCTAssertEqual(r.status, 3)
    XCTAssertEqual(r.stdout, "")
    XCTAssertTrue(r.stderr.hasPrefix("dangke: \(file.path)"), r.stderr)
    XCTAssertTrue(r.stderr.contains("dangke snapshot"), r.stderr)
  }

  /// Columns are read on first use; a snapshot cut short in place after it was opened fails
  /// the first statement that reads a column no longer there, rather than answering wrongly.
  func testSnapshotChangedInPlaceWhileOpenStopsTheSession() throws {
    let dir = try ProcessRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("s.dksnap")
    XCTAssertEqual(try DangkeProcess.run(["snapshot", "--out", file.path]).status, 0)
    let process = Process()
    process.executableURL = Repository.dangke
    process.arguments = [file.path]
    let (input, output, errors) = (Pipe(), Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Statements are read once the snapshot is open and checked; cut it short then.
    let deadline = Date().addingTimeInterval(20)
    while !holdsOpen(process.processIdentifier, file.path), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.02)
    }
    Thread.sleep(forTimeInterval: 0.5)
    let handle = try FileHandle(forWritingTo: file)
    try handle.truncate(atOffset: 4096)
    try handle.close()
    input.fileHandleForWriting.write(
      Data("count sessions\ncount attendance by member.category\n".utf8))
    try input.fileHandleForWriting.close()
    let rest = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 1)
    // The first answer needs no large column; the second stops.
    XCTAssertEqual(String(decoding: rest, as: UTF8.self), "count\n-----\n  485\n(1 row)\n")
    XCTAssertEqual(
      stderr,
      """
      error[E1402]: the snapshot \(file.path) is corrupt: the values of column attendance.member do not match their checksum
       --> <stdin>:2:1
        |
      2 | count attendance by member.category
        | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ re-create it from the data folder with: dangke snapshot DIR --out \(file.path)

      """)
  }

  func testSnapshotDoesNotReplaceAnotherFile() throws {
    let dir = try ProcessRunner.temporaryDirectory()
    let file = dir.appendingPathComponent("notes.txt")
    try "keep me".write(to: file, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["snapshot", "--out", file.path])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E0660]: \(file.path) exists and is not a snapshot; not replacing it\n")
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "keep me")
  }

  /// Whether process `pid` has `path` open (Linux: its `/proc/PID/fd` links).
  private func holdsOpen(_ pid: Int32, _ path: String) -> Bool {
    let folder = "/proc/\(pid)/fd"
    let fds = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return fds.contains {
      (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) == path
    }
  }
}
