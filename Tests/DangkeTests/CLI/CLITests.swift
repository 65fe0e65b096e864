import Foundation
import TestSupport
import XCTest

/// Every non-interactive path of the command line: stdout, stderr and exit status.
final class CLITests: XCTestCase {
  private func run(_ args: [String], input: String = "") throws -> ProcessOutput {
    try DangkeProcess.run(args, input: input)
  }

  func testOneQuery() throws {
    let r = try run(["-c", "count sessions"])
    XCTAssertEqual(r.stdout, "count\n-----\n  485\n(1 row)\n")
    XCTAssertEqual(r.stderr, DangkeProcess.sampleNote)
    XCTAssertEqual(r.status, 0)
  }

  func testOneQueryAsCSV() throws {
    let r = try run(["-c", "count attendance by member.category", "--format", "csv"])
    XCTAssertEqual(
      r.stdout,
      "member.category,count\nagency,2805\nleadership,216\nresidential,15435\nretired,3285\ntwonew,2696\n"
    )
    XCTAssertEqual(r.status, 0)
  }

  func testLabelsShowCodesByTheirChineseNames() throws {
    let keys = try run(["--labels", "-c", "count sessions where type in (micro, open) by type"])
    // Headers of columns from the schema show their labels too.
    XCTAssertEqual(keys.stdout, "课型    count\n------  -----\n微党课     32\n公开课     14\n(2 rows)\n")
    let fields = try run(
      ["--labels", "--format", "csv", "-c", "list date, type, mode of sessions limit 2"])
    XCTAssertEqual(fields.stdout, "日期,课型,形式\n2012-03-01,集中培训,线下\n2012-03-10,集中培训,线下\n")
    // A crosstab's columns named after codes take their labels too.
    let across = try run(
      [
        "--labels", "--format", "csv", "-c",
        "count sessions where date in 2016 by year across mode",
      ])
    XCTAssertEqual(across.stdout, "year,线下,线上\n2016,139,6\n")
    let codes = try run(["--format", "csv", "-c", "list date, type, mode of sessions limit 2"])
    XCTAssertEqual(
      codes.stdout, "date,type,mode\n2012-03-01,training,offline\n2012-03-10,training,offline\n")
  }

  func testThousandsGroupAmountsInTablesOnly() throws {
    let table = try run([
      "--thousands", "-c", "count, min member.born of attendance by session.mode",
    ])
    XCTAssertEqual(
      table.stdout,
      "session.mode   count   min\n------------  ------  ----\noffline       22,797  1924\nonline         1,640  1926\n(2 rows)\n"
    )
    let csv = try run(["--thousands", "--format", "csv", "-c", "count attendance by session.mode"])
    XCTAssertEqual(csv.stdout, "session.mode,count\noffline,22797\nonline,1640\n")
  }

  func testAnEmptyKeyInAChineseSession() throws {
    let r = try run(["--lang", "zh", "-c", "count sessions where date in 2016 by base.kind"])
    XCTAssertEqual(
      r.stdout,
      "base.kind  count\n---------  -----\npractice      12\nred           14\n（空）       119\n（共 3 行）\n"
    )
  }

  func testQueryErrorExitsOneWithCaret() throws {
    let r = try run(["-c", "count sesions"])
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(
      r.stderr,
      DangkeProcess.sampleNote + """
        error[E0301]: unknown table 'sesions'
         --> line 1, column 7
          |
        1 | count sesions
          |       ^^^^^^^ did you mean 'sessions'?

        """)
    XCTAssertEqual(r.status, 1)
  }

  func testUsageErrorExitsTwo() throws {
    let r = try run(["--no-such-flag"])
    XCTAssertEqual(r.status, 2)
    XCTAssertTrue(r.stderr.contains("--no-such-flag"), r.stderr)
    let s = try run(["-c", "count sessions", "--set", "month"])
    XCTAssertEqual(s.status, 2)
    XCTAssertTrue(s.stderr.contains("--set takes NAME=VALUE"), s.stderr)
  }

  func testDataErrorExitsThree() throws {
    let r = try run(["/no/such/folder", "-c", "count sessions"])
    XCTAssertEqual(r.status, 3)
    XCTAssertEqual(r.stdout, "")
    XCTAssertTrue(r.stderr.hasPrefix("dangke: "), r.stderr)
    XCTAssertTrue(r.stderr.contains("/no/such/folder"), r.stderr)
  }

  func testStatementsFromStandardInput() throws {
    let r = try run(
      [], input: "# a comment\nlet recent = sessions where date >= 2016-06-01\ncount recent\n")
    XCTAssertEqual(r.stdout, "count\n-----\n  101\n(1 row)\n")
    XCTAssertEqual(r.status, 0)
  }

  func testScriptWithParametersAndFileLocation() throws {
    let dir = try ProcessRunner.temporaryDirectory()
    let script = dir.appendingPathComponent("report.dk")
    try """
    #!/usr/bin/env -S dangke run
    count sessions where date in $month as csv
    count sessions where typo = 1
    count orgs
    """.write(to: script, atomically: true, encoding: .utf8)
    let r = try run(["run", script.path, "--set", "month=2016-11"])
    XCTAssertEqual(r.stdout, "count\n21\n")
    XCTAssertEqual(
      r.stderr,
      DangkeProcess.sampleNote + """
        error[E0302]: table 'sessions' has no column 'typo'
         --> \(script.path):3:22
          |
        3 | count sessions where typo = 1
          |                      ^^^^ did you mean 'type'?

        """)
    XCTAssertEqual(r.status, 1)
    let k = try run(["run", script.path, "--set", "month=2016-11", "--keep-going"])
    XCTAssertEqual(k.stdout, "count\n21\n\ncount\n-----\n   40\n(1 row)\n")
    XCTAssertEqual(k.status, 1)
  }

  func testMissingParameterNamesIt() throws {
    let r = try run(["-c", "count sessions where date in $month"])
    XCTAssertEqual(r.status, 1)
    XCTAssertTrue(r.stderr.contains("parameter $month has no value"), r.stderr)
  }

  func testCheckScriptWithoutRunning() throws {
    let dir = try ProcessRunner.temporaryDirectory()
    let good = dir.appendingPathComponent("good.dk")
    try "count sessions by type\nlist members where nmae ~ \"王\"\n".write(
      to: good, atomically: true, encoding: .utf8)
    let r = try run(["check", good.path])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(r.stdout, "")
    XCTAssertTrue(r.stderr.contains("\(good.path):2:20"), r.stderr)
    XCTAssertTrue(r.stderr.contains("did you mean 'name'?"), r.stderr)
    try "count sessions by type\n".write(to: good, atomically: true, encoding: .utf8)
    let ok = try run(["check", good.path])
    XCTAssertEqual(ok.status, 0)
    XCTAssertEqual(ok.stdout, "\(good.path): ok\n")
  }

  func testCheckDataFolderPrintsReport() throws {
    let r = try run(["check", "examples/data/kangjian"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertTrue(r.stdout.contains("sessions"), r.stdout)
    XCTAssertTrue(r.stdout.contains("485"), r.stdout)
  }

  func testClosedPipeIsQuiet() throws {
    let r = try ProcessRunner.run(
      "/bin/sh",
      [
        "-c",
        "'\(Repository.dangke.path)' -c 'list members' | head -3; echo \"status=${PIPESTATUS:-$?}\"",
      ])
    XCTAssertEqual(r.stdout.split(separator: "\n").count, 4, r.stdout)
    XCTAssertEqual(r.stderr, DangkeProcess.sampleNote)
  }

  func testGenerateWritesTheSample() throws {
    let dir = try ProcessRunner.temporaryDirectory().appendingPathComponent("out")
    let r = try run(["generate", "--scale", "sample", "--out", dir.path])
    XCTAssertEqual(r.status, 0, r.stderr)
    let committed = Repository.root.appendingPathComponent("examples/data/kangjian")
    for name in ["sessions.csv", "attendance.csv", "schema.json"] {
      XCTAssertEqual(
        try Data(contentsOf: dir.appendingPathComponent(name)),
        try Data(contentsOf: committed.appendingPathComponent(name)), name)
    }
  }
}
