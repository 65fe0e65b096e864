import Foundation
import TestSupport
import XCTest

/// `--out FILE [--force]`: answers written whole or not at all, an existing file replaced
/// only with `--force`, never a file inside the data folder.
final class ExportTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ProcessRunner.temporaryDirectory()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  private func contents(_ name: String) -> String? {
    try? String(contentsOfFile: path(name), encoding: .utf8)
  }

  /// Names in the folder other than the ones given: stray temporary files.
  private func leftovers(besides names: Set<String>) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      !names.contains($0)
    }
  }

  func testWritesTheAnswerToTheFileAndNothingToStdout() throws {
    let r = try DangkeProcess.run(
      ["-c", "count sessions by venue", "--format", "csv", "--out", path("venues.csv")])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(r.stderr, DangkeProcess.sampleNote)
    XCTAssertEqual(contents("venues.csv"), "venue,count\nfixed,285\nmobile,200\n")
    XCTAssertEqual(try leftovers(besides: ["venues.csv"]), [])
  }

  func testRunScriptWritesEveryAnswer() throws {
    let script = path("report.dk")
    try "count sessions\ncount orgs as csv\n".write(
      toFile: script, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["run", script, "--out", path("report.txt")])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(contents("report.txt"), "count\n-----\n  485\n(1 row)\ncount\n40\n")
  }

  func testPipedStatementsWriteTheFile() throws {
    let r = try DangkeProcess.run(
      ["--out", path("orgs.csv"), "--format", "csv"], input: "count orgs\n")
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(contents("orgs.csv"), "count\n40\n")
  }

  func testExistingFileIsNotOverwrittenWithoutForce() throws {
    try "old answer\n".write(toFile: path("a.csv"), atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["-c", "count orgs", "--out", path("a.csv")])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(
      r.stderr, "dangke: error[E0656]: '\(path("a.csv"))' exists; use --force to replace it\n")
    XCTAssertEqual(contents("a.csv"), "old answer\n")
    XCTAssertEqual(try leftovers(besides: ["a.csv"]), [])
  }

  func testForceReplacesTheFile() throws {
    try "old answer\n".write(toFile: path("a.csv"), atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(
      ["-c", "count orgs", "--format", "csv", "--out", path("a.csv"), "--force"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(contents("a.csv"), "count\n40\n")
    let mode = try FileManager.default.attributesOfItem(atPath: path("a.csv"))[.posixPermissions]
    XCTAssertEqual((mode as? Int).map { $0 & 0o044 }, 0o044, "readable like any new file")
    XCTAssertEqual(try leftovers(besides: ["a.csv"]), [])
  }

  func testAFailedRunLeavesTheOldFile() throws {
    try "old answer\n".write(toFile: path("a.csv"), atomically: true, encoding: .utf8)
    let script = path("bad.dk")
    try "count orgs\ncount sesions\n".write(toFile: script, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["run", script, "--out", path("a.csv"), "--force"])
    XCTAssertEqual(r.status, 1)
    XCTAssertTrue(
      r.stderr.hasPrefix(DangkeProcess.sampleNote + "error[E0301]: unknown table 'sesions'"),
      r.stderr)
    XCTAssertTrue(
      r.stderr.hasSuffix(
        "dangke: error[E0659]: '\(path("a.csv"))' not written: the run stopped at an error\n"),
      r.stderr)
    XCTAssertEqual(contents("a.csv"), "old answer\n")
    XCTAssertEqual(try leftovers(besides: ["a.csv", "bad.dk"]), [])
  }

  func testKeepGoingWritesTheFileAndExitsOne() throws {
    let script = path("bad.dk")
    try "count orgs as csv\ncount sesions\n".write(
      toFile: script, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["run", script, "--keep-going", "--out", path("a.csv")])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(contents("a.csv"), "count\n40\n")
  }

  func testRefusesToWriteInsideTheDataFolder() throws {
    let data = folder.appendingPathComponent("data")
    let g = try DangkeProcess.run(["generate", "--out", data.path])
    XCTAssertEqual(g.status, 0, g.stderr)
    let before = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted()
    for target in [data.appendingPathComponent("answer.csv").path, data.path + "/./x.csv"] {
      for args in [[data.path, "-c", "count orgs"], ["--data", data.path, "-c", "count orgs"]] {
        let r = try DangkeProcess.run(args + ["--out", target])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(
          r.stderr,
          "dangke: error[E0655]: will not write '\(target)' inside the data folder '\(data.path)'; "
            + "choose a file outside it\n")
      }
    }
    // A data file given on its own: its folder is a data folder too.
    let orgs = data.appendingPathComponent("orgs.csv").path
    let r = try DangkeProcess.run([orgs, "-c", "count orgs", "--out", orgs, "--force"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E0655]: will not write '\(orgs)' inside the data folder '\(data.path)'; "
        + "choose a file outside it\n")
    // run --data too.
    let script = path("q.dk")
    try "count orgs\n".write(toFile: script, atomically: true, encoding: .utf8)
    let s = try DangkeProcess.run(
      ["run", script, "--data", data.path, "--out", data.appendingPathComponent("o.txt").path])
    XCTAssertEqual(s.status, 2)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path).sorted(), before)
    // Beside the data folder is fine.
    let ok = try DangkeProcess.run([data.path, "-c", "count orgs", "--out", path("orgs.txt")])
    XCTAssertEqual(ok.status, 0, ok.stderr)
    XCTAssertEqual(contents("orgs.txt"), "count\n-----\n   40\n(1 row)\n")
  }

  func testFolderAndMissingFolderAreRefused() throws {
    let a = try DangkeProcess.run(["-c", "count orgs", "--out", folder.path])
    XCTAssertEqual(a.status, 2)
    XCTAssertEqual(
      a.stderr, "dangke: error[E0653]: '\(folder.path)' is a folder; give --out a file name\n")
    let missing = path("no/such/answer.csv")
    let b = try DangkeProcess.run(["-c", "count orgs", "--out", missing])
    XCTAssertEqual(b.status, 2)
    XCTAssertEqual(
      b.stderr, "dangke: error[E0654]: cannot write '\(missing)': no folder '\(path("no/such"))'\n")
  }
}
