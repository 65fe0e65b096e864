import Foundation
import TestSupport
import XCTest

/// `--out FILE` writes the format its extension names unless `--format` says otherwise
/// (issue #20: `--out t.csv` wrote the table format), and `--bom` puts one byte-order mark
/// at the start of a file or of standard output, not one per answer (issue #17).
final class OutFormatTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ProcessRunner.temporaryDirectory()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The file's text, a byte-order mark kept (`String(contentsOfFile:)` drops it).
  private func contents(_ name: String) -> String? {
    FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
  }

  private func run(_ args: [String], input: String = "") throws -> String? {
    let r = try DangkeProcess.run(args, input: input)
    XCTAssertEqual(r.status, 0, r.stderr)
    return r.stdout
  }

  func testTheExtensionChoosesTheFormat() throws {
    _ = try run(["-c", "count sessions by venue", "--out", path("t.csv")])
    XCTAssertEqual(contents("t.csv"), "venue,count\nfixed,285\nmobile,200\n")
    _ = try run(["-c", "count orgs", "--out", path("t.json")])
    XCTAssertEqual(contents("t.json"), "[\n{\"count\":40}\n]\n")
    try "count orgs\n".write(toFile: path("r.dk"), atomically: true, encoding: .utf8)
    _ = try run(["run", path("r.dk"), "--out", path("r.md")])
    XCTAssertEqual(contents("r.md"), "| count |\n| ----: |\n|    40 |\n")
    _ = try run(["--out", path("piped.txt")], input: "count orgs\n")
    XCTAssertEqual(contents("piped.txt"), "count\n-----\n   40\n(1 row)\n")
  }

  func testFormatAndAsWinOverTheExtension() throws {
    _ = try run(["-c", "count orgs", "--out", path("t.md"), "--format", "csv"])
    XCTAssertEqual(contents("t.md"), "count\n40\n")
    _ = try run(["-c", "count orgs as json", "--out", path("a.csv")])
    XCTAssertEqual(contents("a.csv"), "[\n{\"count\":40}\n]\n")
  }

  /// `.output FILE` in a script: the file is there even when the script does not switch
  /// back, and holds every answer; an empty one too.
  func testOutputInAScriptWithoutSwitchingBack() throws {
    let stdout = try run([
      "-c", ".output \(path("a.csv"))", "-c", "count orgs", "-c", "count sessions",
    ])
    XCTAssertEqual(stdout, "")
    XCTAssertEqual(contents("a.csv"), "count\n40\ncount\n485\n")
    _ = try run(["-c", ".output \(path("empty.csv"))"])
    XCTAssertEqual(contents("empty.csv"), "")
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
      ["a.csv", "empty.csv"])
  }

  func testOneByteOrderMarkPerFile() throws {
    _ = try run([
      "-c", "count orgs", "-c", "count sessions", "--format", "csv", "--bom", "--out",
      path("two.csv"),
    ])
    XCTAssertEqual(contents("two.csv"), "\u{FEFF}count\n40\ncount\n485\n")
    let stdout = try run(
      ["-c", "count orgs", "-c", "count sessions by venue", "--format", "csv", "--bom"])
    XCTAssertEqual(stdout, "\u{FEFF}count\n40\nvenue,count\nfixed,285\nmobile,200\n")
    try "count orgs\ncount sessions\n".write(
      toFile: path("r.dk"), atomically: true, encoding: .utf8)
    _ = try run(["run", path("r.dk"), "--bom", "--out", path("r.csv")])
    XCTAssertEqual(contents("r.csv"), "\u{FEFF}count\n40\ncount\n485\n")
  }
}
