import Foundation
import XCTest

/// The REPL driven through a real pseudo-terminal (tmux), under a UTF-8 locale and under
/// LANG=C, where libedit would drop every Chinese character unless dangke fixes LC_CTYPE.
final class TerminalTests: XCTestCase {
  static let locales = ["C.UTF-8", "C"]

  override func setUpWithError() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
  }

  /// A fresh history folder, removed after the test.
  private func stateFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  private func start(_ lang: String, state: URL? = nil, slowMs: Int? = nil) throws
    -> TerminalSession
  {
    var env = ["XDG_STATE_HOME": try (state ?? stateFolder()).path]
    if let slowMs { env["DANGKE_TEST_SLOW_MS"] = String(slowMs) }
    let session = try TerminalSession(lang: lang, environment: env)
    let banner = try session.waitForPrompt()
    XCTAssertTrue(banner.contains("sessions 485"), banner)
    XCTAssertTrue(banner.contains(".help"), banner)
    return session
  }

  /// The screen from the last line that starts with `prefix` on.
  private func tail(_ screen: String, from prefix: String) -> String {
    let lines = screen.components(separatedBy: "\n")
    guard let i = lines.lastIndex(where: { $0.hasPrefix(prefix) }) else { return "" }
    return lines[i...].joined(separator: "\n")
  }

  func testChineseQueryShowsTheTable() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      let query = "count sessions where type=微党课 by month"
      let screen = try tty.run(query)
      let answer = tail(screen, from: "dangke> count")
      XCTAssertTrue(answer.hasPrefix("dangke> " + query + "\n"), "\(lang): \(answer)")
      XCTAssertTrue(answer.contains("month"), "\(lang): \(answer)")
      XCTAssertNotNil(answer.range(of: #"\n2016-\d\d +\d+\n"#, options: .regularExpression), answer)
      XCTAssertTrue(answer.contains(" rows)"), "\(lang): \(answer)")
      XCTAssertFalse(answer.contains("error"), "\(lang): \(answer)")
    }
  }

  func testTabCompletesTableColumnAndChineseValue() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("count sess")
      try tty.press("Tab")
      try tty.waitFor("table completed") { $0.hasSuffix("dangke> count sessions") }
      try tty.type("where ty")
      try tty.press("Tab")
      try tty.waitFor("column completed") { $0.hasSuffix("dangke> count sessions where type") }
      try tty.type("=")
      try tty.press("Tab", "Tab")
      let listed = try tty.waitFor("values listed") { $0.contains("微党课 (") }
      XCTAssertNotNil(listed.range(of: #"micro \(\d+\)"#, options: .regularExpression), listed)
      XCTAssertNotNil(listed.range(of: #"微党课 \(\d+\)"#, options: .regularExpression), listed)
      try tty.type("微")
      try tty.press("Tab")
      try tty.waitFor("Chinese value completed") {
        $0.hasSuffix("dangke> count sessions where type =微党课")
      }
      let before = TerminalSession.promptCount(try tty.screen())
      try tty.press("Enter")
      let screen = try tty.waitForPrompt(after: before)
      let answer = tail(screen, from: "dangke> count sessions where")
      XCTAssertTrue(answer.contains("(1 row)"), "\(lang): \(answer)")
      XCTAssertFalse(answer.contains("error"), "\(lang): \(answer)")
    }
  }

  func testTabFollowsAReferencePath() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("count attendance by member.ca")
      try tty.press("Tab")
      try tty.waitFor("reference column completed") {
        $0.hasSuffix("dangke> count attendance by member.category")
      }
      let before = TerminalSession.promptCount(try tty.screen())
      try tty.press("Enter")
      let answer = tail(try tty.waitForPrompt(after: before), from: "dangke> count attendance")
      XCTAssertTrue(answer.contains("residential"), "\(lang): \(answer)")
    }
  }

  func testChineseHistoryIsRecalledInASecondRun() throws {
    for lang in Self.locales {
      let state = try stateFolder()
      let query = "count members where name ~ \"王\" by category"
      do {
        let first = try start(lang, state: state)
        try first.run(query)
        try first.run(query)  // a consecutive duplicate is not stored twice
        try first.press("C-d")
        _ = try first.waitForExit()
      }
      let second = try start(lang, state: state)
      try second.press("Up")
      try second.waitFor("history entry") { $0.hasSuffix("dangke> " + query) }
      try second.press("Up")
      usleep(200_000)
      XCTAssertTrue(try second.screen().hasSuffix("dangke> " + query), "only one entry stored")
      var before = TerminalSession.promptCount(try second.screen())
      try second.press("C-c")  // a new prompt also starts again from the newest entry
      try second.waitForPrompt(after: before)
      // Ctrl-R searches the history, with Chinese search text too.
      try second.press("C-r")
      try second.type("王")
      try second.waitFor("search match") { $0.hasSuffix("bck:王") }
      before = TerminalSession.promptCount(try second.screen())
      try second.press("Enter")
      let screen = try second.waitForPrompt(after: before)
      XCTAssertTrue(screen.contains("category"), "\(lang): \(screen)")
      XCTAssertTrue(screen.contains("residential"), "\(lang): \(screen)")
    }
  }

  func testCtrlCClearsTheLineAndTheContinuation() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("count sess")
      var count = TerminalSession.promptCount(try tty.screen())
      try tty.press("C-c")
      try tty.waitForPrompt(after: count)
      try tty.type("count sessions where")
      count = TerminalSession.promptCount(try tty.screen())
      try tty.press("Enter")
      try tty.waitForPrompt(after: count, prompt: "   ...>")
      try tty.type("type = mic")
      count = TerminalSession.promptCount(try tty.screen())
      try tty.press("C-c")
      try tty.waitForPrompt(after: count)
      let screen = try tty.run("count sessions")
      let answer = tail(screen, from: "dangke> count sessions")
      XCTAssertTrue(answer.contains("485"), "\(lang): \(answer)")
      XCTAssertFalse(screen.contains("error"), "\(lang): \(screen)")
    }
  }

  func testCtrlCCancelsARunningQuery() throws {
    for lang in Self.locales {
      let tty = try start(lang, slowMs: 30_000)
      try tty.type("count sessions by type")
      try tty.press("Enter")
      try tty.waitFor("query started") { $0.hasSuffix("dangke> count sessions by type") }
      usleep(200_000)
      let pressed = Date()
      try tty.press("C-c")
      let screen = try tty.waitForPrompt(after: 1)
      XCTAssertLessThan(Date().timeIntervalSince(pressed), 5, "cancelled promptly")
      let answer = tail(screen, from: "dangke> count sessions by type")
      XCTAssertTrue(answer.contains("error[E0340]: query cancelled"), "\(lang): \(answer)")
      XCTAssertFalse(answer.contains("rows)"), "\(lang): \(answer)")
    }
  }

  func testCtrlDExitsAndLeavesTheTerminalAsFound() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("count at")
      try tty.press("Tab")
      try tty.waitFor("completed") { $0.hasSuffix("dangke> count attendance") }
      let count = TerminalSession.promptCount(try tty.screen())
      try tty.press("C-c")
      try tty.waitForPrompt(after: count)
      try tty.run("count sessions")
      try tty.press("C-d")
      let stty = try tty.waitForExit()
      XCTAssertFalse(stty.before.isEmpty)
      XCTAssertEqual(stty.before, stty.after, lang)
      let status = try String(
        contentsOf: tty.folder.appendingPathComponent("exited"), encoding: .utf8)
      XCTAssertEqual(status.trimmingCharacters(in: .whitespacesAndNewlines), "0")
    }
  }
}
