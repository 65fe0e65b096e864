import Foundation
import TestSupport
import XCTest

/// Ctrl-C while an answer streams from a PostgreSQL server at a real prompt (tmux): printing
/// stops at once, the server's statement is cancelled, and the same prompt and connection
/// answer the next statement. Needs DANGKE_PG_URL and tmux (skipped without them).
final class PostgresCancelTerminalTests: XCTestCase {
  var scratch: ScratchDatabase!
  var admin: String { scratch.admin }
  var database: String { scratch.name }
  var url: String { scratch.url }

  override func setUpWithError() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
    guard let server = ScratchDatabase.server else { throw XCTSkip(ScratchDatabase.skipReason) }
    scratch = try ScratchDatabase(server: server, prefix: "dangke_cancel")
  }

  override func tearDown() {
    scratch?.drop()
  }

  @discardableResult
  private func psql(_ url: String, _ sql: String) throws -> String {
    try ScratchDatabase.psql(url, sql)
  }

  func testCtrlCStopsAStreamedAnswerAndTheConnectionWorksOn() throws {
    try psql(
      url,
      "create table attendance as select g as id, g % 500 as member, (g % 9) / 2.0 as hours "
        + "from generate_series(1, 1000000) g")
    let state = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-state-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: state) }
    let tty = try TerminalSession(
      lang: "C", environment: ["XDG_STATE_HOME": state.path], arguments: ["--data", url])
    try tty.waitFor("the prompt on the server", timeout: 60) { $0.hasSuffix("\ndangke>") }
    usleep(50_000)
    try tty.run(".maxrows 0")
    try tty.run(".pager off")
    for (format, row) in [
      ("table", #"^ *\d+ +\d+ +[\d.]+$"#), ("csv", #"^\d+,\d+,[\d.]+$"#),
    ] {
      try tty.run(".format \(format)")
      try tty.type("list attendance")
      try tty.press("Enter")
      try tty.waitFor("rows printing as \(format)", timeout: 60) { screen in
        let lines = screen.components(separatedBy: "\n")
        return lines.count >= 45 && lines.last?.range(of: row, options: .regularExpression) != nil
      }
      try tty.press("C-c")
      let pressed = Date()
      let screen = try tty.waitFor("the prompt after Ctrl-C", timeout: 10) {
        $0.hasSuffix("\ndangke>")
      }
      let elapsed = Date().timeIntervalSince(pressed)
      XCTAssertLessThan(elapsed, 1.0, "\(format): the prompt came back after \(elapsed) s")
      // The message follows the last row written (and the terminal's `^C`).
      let lines = screen.components(separatedBy: "\n")
      XCTAssertEqual(
        Array(lines.suffix(5)),
        [" --> line 1, column 1", "  |", "1 | list attendance", "  | ^^^^^^^^^^^^^^^", "dangke>"],
        screen)
      XCTAssertTrue(
        lines.dropLast(5).last?.hasSuffix("error[E0340]: query cancelled") == true, screen)
      XCTAssertFalse(screen.contains("rows)"), "\(format): a footer after Ctrl-C")
      // The server is no longer running the statement: the session's backend waits, idle.
      let states = try psql(
        admin,
        "select state from pg_stat_activity where datname = '\(database)' "
          + "and application_name = 'dangke'")
      XCTAssertEqual(states, "idle\n", format)
    }
    // The same connection answers the next statements, in full.
    try tty.run(".format table")
    try tty.run(".maxrows 2")
    let shown = try tty.run("list attendance")
    XCTAssertTrue(
      shown.hasSuffix(
        """
        id  member  hours
        --  ------  -----
         1       1    0.5
         2       2      1
        (2 of 1,000,000 rows shown)
        dangke>
        """), shown)
    let counted = try tty.run("count attendance")
    XCTAssertTrue(counted.contains("1000000\n(1 row)"), counted)
  }
}
