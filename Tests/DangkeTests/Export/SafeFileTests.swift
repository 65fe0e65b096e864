import Foundation
import TestSupport
import XCTest

/// Issue #17, "Data loss": `--out` never replaces what is not a regular file, write errors are
/// errors (standard output too), `generate` keeps a user's folder, the no-replace rule holds
/// between two runs at once, and temporaries are private, recognisable and cleaned up.
final class SafeFileTests: XCTestCase {
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

  private func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  private func type(_ path: String) throws -> FileAttributeType? {
    try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
  }

  private func mode(_ name: String) throws -> Int {
    try (FileManager.default.attributesOfItem(atPath: path(name))[.posixPermissions] as! NSNumber)
      .intValue
  }

  /// `sh -c script` in the test folder, with `$D` the dangke binary; English, no colour.
  private func shell(_ script: String) throws -> ProcessOutput {
    try ProcessRunner.run(
      "/bin/bash", ["-c", script],
      environment: [
        "D": Repository.dangke.path, "NO_COLOR": "1", "LANG": "C.UTF-8", "LC_ALL": nil,
        "LC_MESSAGES": nil,
      ], directory: folder)
  }

  private let note = DangkeProcess.sampleNote

  // MARK: What is not a regular file is written through or refused, never replaced

  func testDevNullWithForceIsWrittenThroughAndStaysADevice() throws {
    let r = try DangkeProcess.run(["-c", "count orgs", "--out", "/dev/null", "--force"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(r.stderr, note)
    XCTAssertEqual(try type("/dev/null"), .typeCharacterSpecial)
    // No --force is needed: nothing is replaced.
    let plain = try DangkeProcess.run(["-c", "count orgs", "--out", "/dev/null"])
    XCTAssertEqual(plain.status, 0, plain.stderr)
    XCTAssertEqual(try type("/dev/null"), .typeCharacterSpecial)
  }

  func testAFIFOIsWrittenThroughToItsReader() throws {
    let r = try shell(
      "mkfifo pipe && (cat pipe > got &) && sleep 0.2 && "
        + "$D -c 'count orgs' --format csv --out pipe --force; echo \"status=$?\"; sleep 0.3; "
        + "cat got; test -p pipe && echo 'still a fifo'")
    XCTAssertEqual(r.stdout, "status=0\ncount\n40\nstill a fifo\n")
    XCTAssertEqual(r.stderr, note)
  }

  func testAFIFOThatNobodyReadsIsRefusedAtOnce() throws {
    let r = try shell(
      "mkfifo pipe && $D -c 'count orgs' --out pipe; echo \"status=$?\"; "
        + "test -p pipe && echo 'still a fifo'")
    XCTAssertEqual(r.stdout, "status=2\nstill a fifo\n")
    XCTAssertEqual(
      r.stderr, "dangke: error[E1223]: no program reads the FIFO 'pipe'; start the reader first\n")
  }

  func testASnapshotIsNotWrittenOverAFIFO() throws {
    let r = try shell(
      "mkfifo snap && timeout 20 $D snapshot --out snap; echo \"status=$?\"; "
        + "test -p snap && echo 'still a fifo'")
    XCTAssertEqual(r.stdout, "status=2\nstill a fifo\n")
    XCTAssertEqual(
      r.stderr, "dangke: error[E0660]: snap exists and is not a snapshot; not replacing it\n")
  }

  func testABlockDeviceIsRefused() throws {
    try XCTSkipUnless(
      (try? type("/dev/loop0")) == .typeBlockSpecial, "no block device /dev/loop0 here")
    let r = try DangkeProcess.run(["-c", "count orgs", "--out", "/dev/loop0", "--force"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E1221]: '/dev/loop0' is a block device (a disk), not a file; "
        + "answers are not written to it\n")
    XCTAssertEqual(try type("/dev/loop0"), .typeBlockSpecial)
  }

  func testALinkIsWrittenThroughToItsFileAndStaysALink() throws {
    try "old\n".write(toFile: path("real.csv"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: path("link.csv"), withDestinationPath: "real.csv")
    let refused = try DangkeProcess.run(["-c", "count orgs", "--out", path("link.csv")])
    XCTAssertEqual(refused.status, 2)
    XCTAssertEqual(
      refused.stderr,
      "dangke: error[E0656]: '\(path("link.csv"))' exists; use --force to replace it\n")
    let r = try DangkeProcess.run(["-c", "count orgs", "--out", path("link.csv"), "--force"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(try type(path("link.csv")), .typeSymbolicLink)
    XCTAssertEqual(
      try FileManager.default.destinationOfSymbolicLink(atPath: path("link.csv")), "real.csv")
    XCTAssertEqual(contents("real.csv"), "count\n40\n", "csv: the extension's format")
    XCTAssertEqual(try names(), ["link.csv", "real.csv"])
  }

  func testALinkToNothingIsRefused() throws {
    try FileManager.default.createSymbolicLink(
      atPath: path("link.csv"), withDestinationPath: "gone.csv")
    let r = try DangkeProcess.run(["-c", "count orgs", "--out", path("link.csv"), "--force"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E1222]: '\(path("link.csv"))' is a link to 'gone.csv', which does not "
        + "exist; name the file itself\n")
    XCTAssertEqual(try names(), ["link.csv"])
  }

  // MARK: Write errors are errors

  func testAFullStandardOutputIsAnError() throws {
    let r = try shell("$D -c 'list attendance' > /dev/full; echo \"status=$?\"")
    XCTAssertEqual(r.stdout, "status=2\n")
    XCTAssertEqual(
      r.stderr,
      note + "dangke: error[E1220]: cannot write to standard output: No space left on device\n")
  }

  func testAFullStandardOutputInChinese() throws {
    let r = try shell("$D --lang zh -c '统计 党组织' > /dev/full; echo \"status=$?\"")
    XCTAssertEqual(r.stdout, "status=2\n")
    XCTAssertTrue(
      r.stderr.hasSuffix("dangke: 错误[E1220]：无法写到标准输出：No space left on device\n"), r.stderr)
  }

  func testAFullStandardOutputOfPipedStatementsAndOfAScript() throws {
    try "count orgs\n".write(toFile: path("r.dk"), atomically: true, encoding: .utf8)
    let r = try shell(
      "echo 'count orgs' | $D > /dev/full; echo \"status=$?\"; "
        + "$D run r.dk > /dev/full; echo \"status=$?\"")
    XCTAssertEqual(r.stdout, "status=2\nstatus=2\n")
    let failed = "dangke: error[E1220]: cannot write to standard output: No space left on device\n"
    XCTAssertEqual(r.stderr, failed + note + failed)
  }

  func testAClosedPipeStaysQuiet() throws {
    let r = try shell("$D -c 'list attendance' | head -1; echo \"status=${PIPESTATUS[0]}\"")
    XCTAssertEqual(r.stdout.split(separator: "\n").last, "status=0")
    XCTAssertEqual(r.stdout.split(separator: "\n").count, 2)
    XCTAssertEqual(r.stderr, note)
  }

  func testAFailedWriteToAnOutFileKeepsTheOldFile() throws {
    try "old\n".write(toFile: path("big.csv"), atomically: true, encoding: .utf8)
    // A file size limit makes write(2) fail with EFBIG (SIGXFSZ ignored, as the shell passes on).
    let r = try shell(
      "trap '' XFSZ; ulimit -f 8; $D -c 'list attendance' --out big.csv --force; "
        + "echo \"status=$?\"")
    XCTAssertEqual(r.stdout, "status=2\n")
    XCTAssertEqual(
      r.stderr, note + "dangke: error[E0658]: cannot write 'big.csv': File too large\n")
    XCTAssertEqual(contents("big.csv"), "old\n")
    XCTAssertEqual(try names(), ["big.csv"], "no temporary file left")
  }

  func testAFailedWriteToADeviceIsAnError() throws {
    let r = try DangkeProcess.run(["-c", "list members", "--out", "/dev/full"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr, note + "dangke: error[E0658]: cannot write '/dev/full': No space left on device\n")
  }

  // MARK: generate --out keeps a folder that holds something

  func testGenerateRefusesAFolderThatIsNotEmpty() throws {
    let data = path("mine")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    try "id,name\n1,mine\n".write(toFile: data + "/members.csv", atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["generate", "--out", data])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E1224]: the folder '\(data)' is not empty; use --force to write the data "
        + "set into it\n")
    XCTAssertEqual(
      try String(contentsOfFile: data + "/members.csv", encoding: .utf8), "id,name\n1,mine\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data), ["members.csv"])
    let xlsx = try DangkeProcess.run(["generate", "--format", "xlsx", "--out", data])
    XCTAssertEqual(xlsx.status, 2)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data), ["members.csv"])
  }

  func testGenerateWritesIntoAnEmptyFolderAndWithForce() throws {
    let empty = path("empty")
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    XCTAssertEqual(try DangkeProcess.run(["generate", "--out", empty]).status, 0)
    XCTAssertTrue(FileManager.default.fileExists(atPath: empty + "/members.csv"))
    let forced = try DangkeProcess.run(["generate", "--out", empty, "--force"])
    XCTAssertEqual(forced.status, 0, forced.stderr)
    XCTAssertEqual(forced.stderr, "")
  }

  func testGenerateRefusesAFile() throws {
    try "notes\n".write(toFile: path("notes.txt"), atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["generate", "--out", path("notes.txt"), "--force"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E1225]: '\(path("notes.txt"))' is a file; generate --out names a folder\n")
    XCTAssertEqual(contents("notes.txt"), "notes\n")
  }

  // MARK: No-replace is atomic

  func testOfTwoRunsWritingOneNewNameOneFails() throws {
    // Both pass the first check (the name is free), then write slowly: the second to finish
    // must find the name taken.
    var runs: [Process] = []
    var errors: [URL] = []
    for i in 0..<2 {
      let process = Process()
      process.executableURL = Repository.dangke
      process.arguments = ["-c", "list id of members limit 20", "--out", path("same.txt")]
      process.environment = ProcessInfo.processInfo.environment.merging([
        "DANGKE_TEST_SLOW_EXPORT_MS": "300", "LANG": "C.UTF-8", "NO_COLOR": "1",
      ]) { $1 }
      process.environment?["LC_ALL"] = nil
      process.environment?["LC_MESSAGES"] = nil
      let err = folder.appendingPathComponent("err\(i)")
      FileManager.default.createFile(atPath: err.path, contents: nil)
      process.standardError = try FileHandle(forWritingTo: err)
      process.standardOutput = FileHandle.nullDevice
      errors.append(err)
      runs.append(process)
    }
    for process in runs { try process.run() }
    for process in runs { process.waitUntilExit() }
    let statuses = runs.map(\.terminationStatus).sorted()
    XCTAssertEqual(statuses, [0, 2])
    let stderr = try errors.map { try String(contentsOf: $0, encoding: .utf8) }.sorted()
    XCTAssertEqual(
      stderr,
      [
        note,
        note + "dangke: error[E0656]: '\(path("same.txt"))' exists; use --force to replace it\n",
      ])
    XCTAssertEqual(
      contents("same.txt")?.split(separator: "\n").count, 23, "one whole table of 20 rows")
    XCTAssertEqual(try names(), ["err0", "err1", "same.txt"], "no temporary file left")
  }

  // MARK: Modes and temporaries

  func testReplacingAFileKeepsItsMode() throws {
    for wanted in [0o600, 0o640] {
      try "old\n".write(toFile: path("a.csv"), atomically: true, encoding: .utf8)
      chmod(path("a.csv"), mode_t(wanted))
      let r = try DangkeProcess.run(["-c", "count orgs", "--out", path("a.csv"), "--force"])
      XCTAssertEqual(r.status, 0, r.stderr)
      XCTAssertEqual(contents("a.csv"), "count\n40\n")
      XCTAssertEqual(try mode("a.csv"), wanted, String(wanted, radix: 8))
    }
    // A new file: as the umask makes it (0644 under 022).
    let r = try shell("umask 022; $D -c 'count orgs' --out new.csv")
    XCTAssertEqual(r.stderr, note)
    XCTAssertEqual(try mode("new.csv"), 0o644)
  }

  func testStaleTemporariesOfDeadProcessesAreRemovedOnTheNextWrite() throws {
    // A process id that no longer runs: a child that has ended.
    let dead = try shell("echo $BASHPID")
    let pid = dead.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let live = ProcessInfo.processInfo.processIdentifier
    let stale = ".a.csv.dangke-\(pid)-Ab12Cd"
    let other = ".b.txt.dangke-\(pid)-xyzXYZ"
    let running = ".a.csv.dangke-\(live)-Ab12Cd"
    let unlike = ".a.csv.dangke-Ab12Cd"
    for name in [stale, other, running, unlike] {
      try "half an answer".write(toFile: path(name), atomically: false, encoding: .utf8)
    }
    let r = try DangkeProcess.run(["-c", "count orgs", "--out", path("a.csv")])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(try names(), [running, unlike, "a.csv"].sorted())
  }
}
