import Foundation
import TestSupport
import XCTest

/// An export stopped halfway leaves the old file intact: after Ctrl-C (SIGINT) and SIGTERM
/// no temporary file remains; after SIGKILL (which cannot be caught) the old file is intact.
final class InterruptedExportTests: XCTestCase {
  private var folder: URL!
  private let old = "the old answer\n"

  override func setUpWithError() throws {
    folder = try ProcessRunner.temporaryDirectory()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private var target: String { folder.appendingPathComponent("answer.csv").path }

  /// Temporary files of the export (`.answer.csv.dangke-PID-XXXXXX`) and their sizes.
  private func temporaries() -> [String: Int] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var sizes: [String: Int] = [:]
    for name in names where name.hasPrefix(".answer.csv.dangke-") {
      let attributes = try? FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent(name).path)
      sizes[name] = (attributes?[.size] as? Int) ?? 0
    }
    return sizes
  }

  /// Starts `dangke args --out answer.csv --force`, waits until the temporary file holds at
  /// least `bytes`, sends `signal`, and returns how the process ended.
  private func interrupt(
    _ args: [String], with signal: Int32, after bytes: Int, environment: [String: String] = [:]
  ) throws -> (reason: Process.TerminationReason, status: Int32, pid: Int32) {
    try old.write(toFile: target, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = Repository.dangke
    process.arguments = args + ["--out", target, "--force"]
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, Date() < deadline,
      !temporaries().values.contains(where: { $0 >= bytes })
    {
      usleep(20_000)
    }
    XCTAssertTrue(process.isRunning, "the export ended before it could be interrupted")
    XCTAssertEqual(
      try String(contentsOfFile: target, encoding: .utf8), old, "the old file while writing")
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    return (process.terminationReason, process.terminationStatus, process.processIdentifier)
  }

  private let slow = ["DANGKE_TEST_SLOW_EXPORT_MS": "200"]
  private let listAttendance = ["-c", "list attendance", "--format", "csv"]

  func testCtrlCLeavesTheOldFileAndNoTemporaryFile() throws {
    let end = try interrupt(listAttendance, with: SIGINT, after: 1, environment: slow)
    XCTAssertEqual(end.reason, .uncaughtSignal)
    XCTAssertEqual(end.status, SIGINT)
    XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), old)
    XCTAssertEqual(temporaries(), [:])
  }

  func testTerminateLeavesTheOldFileAndNoTemporaryFile() throws {
    let end = try interrupt(listAttendance, with: SIGTERM, after: 1, environment: slow)
    XCTAssertEqual(end.reason, .uncaughtSignal)
    XCTAssertEqual(end.status, SIGTERM)
    XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), old)
    XCTAssertEqual(temporaries(), [:])
  }

  func testKillLeavesTheOldFileIntact() throws {
    let end = try interrupt(listAttendance, with: SIGKILL, after: 1, environment: slow)
    XCTAssertEqual(end.reason, .uncaughtSignal)
    XCTAssertEqual(end.status, SIGKILL)
    XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), old)
    // SIGKILL cannot be caught: the partial temporary file stays, under its hidden name
    // with the dead process's id, readable by its owner only.
    let left = try XCTUnwrap(temporaries().keys.first)
    XCTAssertEqual(temporaries().count, 1)
    XCTAssertTrue(left.hasPrefix(".answer.csv.dangke-\(end.pid)-"), left)
    let attributes = try FileManager.default.attributesOfItem(
      atPath: folder.appendingPathComponent(left).path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    // The next write into the folder removes it.
    let next = try DangkeProcess.run(["-c", "count orgs", "--out", target, "--force"])
    XCTAssertEqual(next.status, 0, next.stderr)
    XCTAssertEqual(temporaries(), [:])
    XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "count\n40\n")
  }

  func testUninterruptedExportIsWhole() throws {
    try old.write(toFile: target, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(
      listAttendance + ["--out", target, "--force"],
      environment: ["DANGKE_TEST_SLOW_EXPORT_MS": "1"])
    XCTAssertEqual(r.status, 0, r.stderr)
    let plain = try DangkeProcess.run(listAttendance)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    XCTAssertEqual(written.count, plain.stdout.count)
    XCTAssertTrue(written == plain.stdout)
    XCTAssertEqual(written.split(separator: "\n").count, 24_437 + 1)
    XCTAssertEqual(temporaries(), [:])
  }

  /// A real large export, no test hook: `list attendance` of a generated district
  /// (1,000,000 rows) interrupted with Ctrl-C once a megabyte is written.
  func testCtrlCOnADistrictExport() throws {
    let data = folder.appendingPathComponent("district").path
    let g = try DangkeProcess.run(["generate", "--scale", "district", "--out", data])
    XCTAssertEqual(g.status, 0, g.stderr)
    let end = try interrupt([data] + listAttendance, with: SIGINT, after: 1 << 20)
    XCTAssertEqual(end.reason, .uncaughtSignal)
    XCTAssertEqual(end.status, SIGINT)
    XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), old)
    XCTAssertEqual(temporaries(), [:])
  }
}
