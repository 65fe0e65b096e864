import Foundation
import TestSupport
import XCTest

/// Dot commands in scripts, `-c` and standard input work as at the prompt (as sqlite3 and
/// DuckDB scripts allow); `-c` may be given several times; `run` and `-c` without data say
/// on stderr that the answers come from the built-in sample.
final class ScriptDotCommandTests: XCTestCase {
  /// A script that changes the format, the labels and a parameter between its statements.
  private let lines = [
    "count sessions",
    ".format csv",
    ".labels on",
    "count sessions where type in (micro, open) by type",
    ".format",
    ".set month 2016-11",
    "count sessions where date in $month",
    ".labels off",
    ".format table",
    "count sessions by mode",
  ]

  /// What it prints: `.format` alone answers on stdout; the csv answers stay bare, the
  /// tables for people are parted by a blank line.
  private let expected = """
    count
    -----
      485
    (1 row)
    课型,count
    微党课,32
    公开课,14
    format: csv
    count
    21

    mode     count
    -------  -----
    offline    458
    online      27
    (2 rows)

    """

  private func script(_ text: String) throws -> String {
    let folder = try ProcessRunner.temporaryDirectory()
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report.dk").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func testAScriptMixingDotCommandsAndStatements() throws {
    let path = try script("# settings between statements\n" + lines.joined(separator: "\n"))
    let r = try DangkeProcess.run(["run", path])
    XCTAssertEqual(r.stdout, expected)
    XCTAssertEqual(r.stderr, DangkeProcess.sampleNote)
    XCTAssertEqual(r.status, 0)
  }

  func testTheSameOnStandardInput() throws {
    let r = try DangkeProcess.run([], input: lines.joined(separator: "\n") + "\n")
    XCTAssertEqual(r.stdout, expected)
    XCTAssertEqual(r.stderr, "", "piped statements print no note")
    XCTAssertEqual(r.status, 0)
  }

  func testTheSameAsSeveralC() throws {
    let r = try DangkeProcess.run(lines.flatMap { ["-c", $0] })
    XCTAssertEqual(r.stdout, expected)
    XCTAssertEqual(r.stderr, DangkeProcess.sampleNote)
    XCTAssertEqual(r.status, 0)
    // Several lines in one -c are one script too.
    let one = try DangkeProcess.run(["-c", lines.joined(separator: "\n")])
    XCTAssertEqual(one.stdout, expected)
  }

  func testADotCommandErrorNamesTheLineAndStopsTheScript() throws {
    let text = "count sessions\n\n  .maxrows -3\ncount members\n"
    let path = try script(text)
    let caret = """
        |
      3 |   .maxrows -3
        |   ^^^^^^^^^^^

      """
    let usage = "error[E1101]: usage: .maxrows N (0 or off: show every row)\n"
    let r = try DangkeProcess.run(["run", path])
    XCTAssertEqual(r.stdout, "count\n-----\n  485\n(1 row)\n")
    XCTAssertEqual(r.stderr, DangkeProcess.sampleNote + usage + " --> \(path):3:3\n" + caret)
    XCTAssertEqual(r.status, 1)

    let piped = try DangkeProcess.run([], input: text)
    XCTAssertEqual(piped.stdout, "count\n-----\n  485\n(1 row)\n")
    XCTAssertEqual(piped.stderr, usage + " --> <stdin>:3:3\n" + caret)
    XCTAssertEqual(piped.status, 1)

    let c = try DangkeProcess.run(["-c", "count orgs", "-c", ".tabels", "-c", "count members"])
    XCTAssertEqual(c.stdout, "count\n-----\n   40\n(1 row)\n")
    XCTAssertEqual(
      c.stderr,
      DangkeProcess.sampleNote + """
        error[E1100]: unknown command '.tabels'; did you mean '.tables'? (.help lists the commands)
         --> line 1, column 1
          |
        1 | .tabels
          | ^^^^^^^

        """)
    XCTAssertEqual(c.status, 1)

    // With --keep-going the script goes on after the bad line.
    let k = try DangkeProcess.run(["run", path, "--keep-going"])
    XCTAssertEqual(
      k.stdout, "count\n-----\n  485\n(1 row)\n\ncount\n-----\n 7888\n(1 row)\n")
    XCTAssertEqual(k.status, 1)
  }

  func testCheckReadsDotCommandsWithoutRunningThem() throws {
    let good = try script(lines.joined(separator: "\n") + "\n")
    let ok = try DangkeProcess.run(["check", good])
    XCTAssertEqual(ok.stdout, "\(good): ok\n")
    XCTAssertEqual(ok.stderr, "")
    XCTAssertEqual(ok.status, 0)
    let bad = try script(".format csv\ncount sessions\n.formt x\ncount sesions\n")
    let r = try DangkeProcess.run(["check", bad])
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(
      r.stderr,
      """
      error[E1100]: unknown command '.formt'; did you mean '.format'? (.help lists the commands)
       --> \(bad):3:1
        |
      3 | .formt x
        | ^^^^^^
      error[E0301]: unknown table 'sesions'
       --> \(bad):4:7
        |
      4 | count sesions
        |       ^^^^^^^ did you mean 'sessions'?

      """)
    XCTAssertEqual(r.status, 1)
  }

  func testSeveralCRunInOrderAndAnErrorStopsTheRest() throws {
    let r = try DangkeProcess.run(["-c", "count orgs", "-c", "count members"])
    XCTAssertEqual(r.stdout, "count\n-----\n   40\n(1 row)\n\ncount\n-----\n 7888\n(1 row)\n")
    XCTAssertEqual(r.status, 0)
    // `.print` writes a heading where the answers go; no blank line is added after it.
    let headed = try DangkeProcess.run(
      ["-c", ".print 一、组织", "-c", "count orgs", "-c", ".print", "-c", "count orgs as csv"])
    XCTAssertEqual(headed.stdout, "一、组织\ncount\n-----\n   40\n(1 row)\n\ncount\n40\n")
    let stopped = try DangkeProcess.run(["-c", "count sesions", "-c", "count members"])
    XCTAssertEqual(stopped.stdout, "")
    XCTAssertTrue(
      stopped.stderr.hasPrefix(DangkeProcess.sampleNote + "error[E0301]: "), stopped.stderr)
    XCTAssertEqual(stopped.status, 1)
  }

  func testLoadInAScriptIsQuietAndTakesTheNoteAway() throws {
    let data = Repository.root.appendingPathComponent("examples/data/kangjian").path
    let r = try DangkeProcess.run(["-c", ".load \(data)", "-c", "count orgs", "-c", ".lang zh"])
    XCTAssertEqual(r.stdout, "count\n-----\n   40\n(1 row)\n")
    XCTAssertEqual(r.stderr, "", "the answers do not come from the built-in sample")
    XCTAssertEqual(r.status, 0)
    let bad = try DangkeProcess.run(["-c", ".load /no/such/folder", "-c", "count orgs"])
    XCTAssertEqual(bad.stdout, "")
    XCTAssertTrue(bad.stderr.hasPrefix("dangke: "), bad.stderr)
    XCTAssertTrue(
      bad.stderr.hasSuffix(
        """
        error[E1104]: the data stay as they were
         --> line 1, column 1
          |
        1 | .load /no/such/folder
          | ^^^^^^^^^^^^^^^^^^^^^

        """), bad.stderr)
    XCTAssertEqual(bad.status, 1)
  }

  func testTheNoteOnlyWithoutData() throws {
    let data = Repository.root.appendingPathComponent("examples/data/kangjian").path
    let withData = try DangkeProcess.run(["--data", data, "-c", "count orgs"])
    XCTAssertEqual(withData.stderr, "")
    let positional = try DangkeProcess.run([data, "-c", "count orgs"])
    XCTAssertEqual(positional.stderr, "")
    let path = try script("count orgs\n")
    let run = try DangkeProcess.run(["run", path, "--data", data])
    XCTAssertEqual(run.stderr, "")
    // Only dot commands: no statement, no note.
    let version = try DangkeProcess.run(["-c", ".format"])
    XCTAssertEqual(version.stdout, "format: table\n")
    XCTAssertEqual(version.stderr, "")
    // In Chinese.
    let zh = try DangkeProcess.run(["--lang", "zh", "-c", "count orgs"])
    XCTAssertEqual(zh.stderr, "dangke: 警告[W1150]：没有指定数据：答案来自内置的示例数据（用 --data 目录 读取你自己的数据）\n")
  }
}
