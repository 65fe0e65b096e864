import Engine
import Lang
import XCTest

@testable import dangke

/// The REPL's commands run against the sample, with answers captured (no terminal needed).
final class REPLCommandTests: XCTestCase {
  private var out = ""
  private var err = ""

  private func makeREPL() throws -> REPL {
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    let repl = REPL(shell: shell, output: try OutputOptions.parse([])) { [unowned self] in
      self.out += $0
    }
    repl.state.shell.err = { [unowned self] in self.err += $0 }
    return repl
  }

  func testExamplesRunWithoutErrors() throws {
    let repl = try makeREPL()
    for (i, example) in Examples.all.enumerated() {
      out = ""
      err = ""
      repl.state.execute(example.statement)
      XCTAssertEqual(err, "", "example \(i + 1): \(example.statement)")
      XCTAssertFalse(out.isEmpty, "example \(i + 1)")
    }
  }

  func testHelpExamplesParse() {
    for topic in HelpText.topics {
      for example in topic.examples {
        XCTAssertEqual(Parser.parse(example).diagnostics, [], example)
      }
    }
  }

  func testTheUnderHoursExampleCountsMembersWhoNeverCameAndLeavesExemptOnesOut() throws {
    let repl = try makeREPL()
    out = ""
    XCTAssertTrue(repl.state.perform(".example 9"))
    XCTAssertEqual(err, "")
    XCTAssertEqual(
      out,
      """
      # Members under the 32 hours a year the regulation asks for, in 2016, by category (those who never came count; exempt members do not)
      dangke> count members where exempt = false and sum(attendance.hours where session.date in 2016) < 32 by category
      category     count
      -----------  -----
      agency         265
      leadership       8
      residential   6511
      retired        411
      twonew         294
      (5 rows)

      """)
  }

  func testHelpHavingWarnsThatGroupsNeedRows() throws {
    let saved = Language.current
    defer { Language.current = saved }
    Language.current = .en
    XCTAssertEqual(
      HelpText.text(for: "having"),
      """
      having: Keep only the groups whose totals satisfy a condition. It sees only groups that have rows: a member who never came has no attendance to sum, so to find members under 32 hours measure their related rows in `where` (the second example, which also leaves exempt members out).
        count sessions where date in 2016 by month having count < 10
        count members where exempt = false and sum(attendance.hours where session.date in 2016) < 32 by category

      """)
    Language.current = .zh
    XCTAssertEqual(
      HelpText.text(for: "having")?.split(separator: "\n").first,
      "having：只保留汇总结果满足条件的组。having 只看得到有记录的组：一次没来的党员没有参学记录可加，所以要找学时不足 32 的党员，应在 where 里统计相关记录（第二个例子，同时排除免学党员）。"
    )
  }

  func testLetNamesAreRecordedForCompletion() throws {
    let repl = try makeREPL()
    repl.state.execute("let recent = sessions where date >= 2016-06-01")
    repl.state.execute("let recentMicro = recent where type=micro")
    XCTAssertEqual(repl.state.lets, ["recent": "sessions", "recentMicro": "sessions"])
    repl.state.execute("let broken = nosuchtable")
    XCTAssertNil(repl.state.lets["broken"])
  }

  func testOutputGoesToAFileAndReplacesAnOldOne() throws {
    let repl = try makeREPL()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("answers.txt").path

    XCTAssertTrue(repl.state.perform(".output \(path)"))
    repl.state.execute("count sessions")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertEqual(written, "count\n-----\n  485\n(1 row)\n", "there as the answer is written")
    XCTAssertTrue(repl.state.perform(".output"))
    XCTAssertTrue(written.contains("485"), written)
    XCTAssertFalse(out.contains("485"), "nothing on the screen")

    // Again on the same name: replaced, as sqlite3's .output does.
    XCTAssertTrue(repl.state.perform(".output \(path)"))
    XCTAssertEqual(err, "")
    repl.state.execute("count members")
    try repl.state.sink.close()
    XCTAssertFalse(try String(contentsOfFile: path, encoding: .utf8).contains("485"))
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.path), ["answers.txt"],
      "no temporary file left")
  }

  func testSettingsCommands() throws {
    let repl = try makeREPL()
    XCTAssertTrue(repl.state.perform(".format csv"))
    XCTAssertEqual(repl.state.shell.format, .csv)
    XCTAssertTrue(repl.state.perform(".maxrows 5"))
    XCTAssertEqual(repl.state.shell.options.maxRows, 5)
    XCTAssertTrue(repl.state.perform(".set month 2016-11"))
    XCTAssertEqual(repl.state.shell.session.parameters["month"], "2016-11")
    XCTAssertTrue(repl.state.perform(".timer on"))
    XCTAssertTrue(repl.state.timer)
    XCTAssertTrue(repl.state.perform(".thousands on"))
    XCTAssertTrue(repl.state.shell.options.thousands)
    XCTAssertTrue(repl.state.perform(".thousands off"))
    XCTAssertFalse(repl.state.shell.options.thousands)
    XCTAssertFalse(repl.state.perform(".quit"))
    err = ""
    XCTAssertTrue(repl.state.perform(".tabels"))
    XCTAssertTrue(err.contains("did you mean '.tables'?"), err)
  }
}
