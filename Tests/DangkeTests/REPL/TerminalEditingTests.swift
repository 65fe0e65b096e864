import Foundation
import XCTest

/// Editing at a real terminal (tmux), under C.UTF-8, a zh locale and LANG=C: the cursor
/// after each editing key over Chinese text, `.edit` with a fake editor, Ctrl-D on `...>`,
/// redraw on resize, two prompts on one history file, `.example N` then Up, and line
/// editing with stdout piped.
final class TerminalEditingTests: XCTestCase {
  static let locales = ["C.UTF-8", "zh_CN.UTF-8", "C"]

  override func setUpWithError() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
  }

  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-edit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  private func start(
    _ lang: String, state: URL? = nil, environment: [String: String] = [:], width: Int = 160,
    teeTo: String? = nil
  ) throws -> TerminalSession {
    var env = environment
    env["XDG_STATE_HOME"] = try (state ?? folder()).path
    let session = try TerminalSession(lang: lang, environment: env, teeTo: teeTo, width: width)
    try session.waitForPrompt()
    return session
  }

  /// Types `text`, presses `keys` one by one, and returns the last line and the cursor
  /// column once the line reads `expected`.
  private func edit(_ tty: TerminalSession, _ text: String, _ keys: [String], _ expected: String)
    throws -> Int
  {
    try tty.type(text)
    try tty.waitFor("typed") { $0.hasSuffix("dangke> " + text) }
    for key in keys {
      try tty.press(key)
      usleep(60_000)
    }
    try tty.waitFor(expected) { $0.hasSuffix("\n" + expected) }
    usleep(100_000)
    XCTAssertEqual(try tty.lastLine(), expected)
    return try tty.cursor().x
  }

  /// One case per editing key: the text, the keys, the line after, the cursor column after.
  /// "dangke> " is 8 columns; each Chinese character 2.
  static let keyCases: [(String, [String], String, Int)] = [
    // The case: Backspace deletes `b`; the cursor stays before 微.
    ("ab微党课", ["Left", "Left", "Left", "BSpace"], "dangke> a微党课", 9),
    ("党课 微党课", ["Left", "Left", "BSpace"], "dangke> 党课 党课", 13),
    ("ab微党课", ["Left", "Left", "Left", "Left", "DC"], "dangke> a微党课", 9),
    ("微党课ab党课", ["Left", "Left", "Left", "DC"], "dangke> 微党课a党课", 15),
    ("ab x微党课", ["Left", "Left", "Left", "C-w"], "dangke> ab 微党课", 11),
    ("党课 微党课 课", ["Left", "Left", "C-w"], "dangke> 党课  课", 13),
    // Ctrl-U deletes from the start of the line to the cursor (as in readline).
    ("ab微党课", ["Left", "Left", "C-u"], "dangke> 党课", 8),
    ("党课 ab微", ["Left", "C-u"], "dangke> 微", 8),
    ("ab 微党课 xy", ["M-b", "M-b"], "dangke> ab 微党课 xy", 11),
    ("ab 微党课 xy", ["Home", "M-f", "M-f"], "dangke> ab 微党课 xy", 17),
    // Typing before Chinese text.
    ("a微党课", ["Left", "Left", "Left", "b"], "dangke> ab微党课", 10),
  ]

  func testTheCursorStaysRightAfterEachEditingKeyOverChineseText() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      for (text, keys, expected, column) in Self.keyCases {
        let x = try edit(tty, text, keys, expected)
        XCTAssertEqual(x, column, "\(lang): \(text) \(keys)")
        let before = TerminalSession.promptCount(try tty.screen())
        try tty.press("C-c")
        try tty.waitForPrompt(after: before)
      }
    }
  }

  func testEditFixesAnEarlierLineOfAPendingStatement() throws {
    let dir = try folder()
    let editor = dir.appendingPathComponent("fake-editor").path
    try "#!/bin/sh\nsed -i 's/sesions/sessions/' \"$1\"\n".write(
      toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    for lang in Self.locales {
      let tty = try start(lang, environment: ["EDITOR": editor, "VISUAL": ""])
      var count = TerminalSession.promptCount(try tty.screen())
      try tty.type("count sesions where")
      try tty.press("Enter")
      try tty.waitForPrompt(after: count, prompt: "   ...>")
      count += 1
      try tty.type("type=微党课 and")
      try tty.press("Enter")
      try tty.waitForPrompt(after: count, prompt: "   ...>")
      count += 1
      // The editor fixes line 1; what it saved is unfinished, so it waits for more.
      try tty.type(".edit")
      try tty.press("Enter")
      let shown = try tty.waitForPrompt(after: count + 1, prompt: "   ...>")
      XCTAssertTrue(
        shown.hasSuffix(
          "   ...> .edit\ndangke> count sessions where\n   ...> type=微党课 and\n   ...>"),
        "\(lang): \(shown)")
      count = TerminalSession.promptCount(shown)
      try tty.type("mode=online")
      try tty.press("Enter")
      let screen = try tty.waitForPrompt(after: count)
      let oneRow = lang.hasPrefix("zh") ? "（共 1 行）" : "(1 row)"
      XCTAssertTrue(
        screen.hasSuffix("count\n-----\n    5\n\(oneRow)\ndangke>"), "\(lang): \(screen)")
      // Up brings back the whole statement as run, not `.edit`.
      try tty.press("Up")
      try tty.waitFor("history") {
        $0.hasSuffix("dangke> count sessions where\ntype=微党课 and\nmode=online")
      }
    }
  }

  func testEditOpensTheLastStatementAndAFailedEditorRunsNothing() throws {
    let dir = try folder()
    let editor = dir.appendingPathComponent("fake-editor").path
    try "#!/bin/sh\nsed -i 's/by type/by mode/' \"$1\"\n".write(
      toFile: editor, atomically: true, encoding: .utf8)
    chmod(editor, 0o755)
    let tty = try start("C.UTF-8", environment: ["VISUAL": editor])
    try tty.run("count sessions by type")
    let screen = try tty.run(".edit")
    XCTAssertTrue(
      screen.hasSuffix(
        "dangke> .edit\ndangke> count sessions by mode\nmode     count\n-------  -----\n"
          + "offline    458\nonline      27\n(2 rows)\ndangke>"), screen)
    let failing = try start("C.UTF-8", environment: ["VISUAL": "false"])
    let failed = try failing.run(".edit")
    XCTAssertTrue(
      failed.hasSuffix(
        "dangke> .edit\nerror[E1320]: the editor 'false' exited with status 1; nothing was run\n"
          + "dangke>"), failed)
  }

  func testCtrlDOnAContinuationLineKeepsTheStatement() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      var count = TerminalSession.promptCount(try tty.screen())
      try tty.type("count sessions where")
      try tty.press("Enter")
      try tty.waitForPrompt(after: count, prompt: "   ...>")
      count += 1
      try tty.press("C-d")
      let kept = try tty.waitForPrompt(after: count, prompt: "   ...>")
      let note =
        lang.hasPrefix("zh")
        ? "（语句还没写完：接着写、用 .edit 修改，或按 Ctrl-C 放弃）"
        : "(the statement is not finished: type on, .edit it, or drop it with Ctrl-C)"
      // libedit shows the Ctrl-D it read as `^D`.
      XCTAssertTrue(kept.hasSuffix("   ...> ^D\n" + note + "\n   ...>"), "\(lang): \(kept)")
      count = TerminalSession.promptCount(kept)
      try tty.type("type=微党课")
      try tty.press("Enter")
      let screen = try tty.waitForPrompt(after: count)
      let oneRow = lang.hasPrefix("zh") ? "（共 1 行）" : "(1 row)"
      XCTAssertTrue(screen.hasSuffix("-----\n   32\n\(oneRow)\ndangke>"), "\(lang): \(screen)")
      // At dangke> Ctrl-D still leaves.
      try tty.press("C-d")
      _ = try tty.waitForExit()
    }
  }

  func testNarrowingTheTerminalRedrawsAWrappedLine() throws {
    for lang in Self.locales {
      let tty = try start(lang, width: 40)
      let text = "count sessions where type=微党课 and mode=线上 by month"
      try tty.type(text)
      try tty.waitFor("typed") { $0.hasSuffix(" by month") }
      try tty.resize(width: 30)
      let redrawn = try tty.waitFor("redrawn") {
        $0.hasSuffix("dangke> count sessions where t\nype=微党课 and mode=线上 by mo\nnth")
      }
      XCTAssertTrue(redrawn.contains("dangke> count sessions where t\n"), "\(lang): \(redrawn)")
      XCTAssertEqual(try tty.cursor().x, 3, lang)
      // Keys after the resize edit the right place.
      try tty.press("Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left", "Left")
      try tty.type("X")
      try tty.waitFor("edited") {
        $0.hasSuffix("dangke> count sessions where t\nype=微党课 and mode=线上X by m\nonth")
      }
      XCTAssertFalse(try tty.screen().contains("dangke> dangke>"), lang)
    }
  }

  func testTwoPromptsShareOneHistoryFile() throws {
    for lang in ["C.UTF-8", "C"] {
      let state = try folder()
      let first = try start(lang, state: state)
      let second = try start(lang, state: state)
      try first.run("count sessions where type=微党课")
      try second.run("count members where name ~ \"王\"")
      try first.run("count orgs")
      try first.press("C-d")
      _ = try first.waitForExit()
      try second.press("C-d")
      _ = try second.waitForExit()
      let third = try start(lang, state: state)
      for expected in [
        "count orgs", "count members where name ~ \"王\"",
        "count sessions where type=微党课",
      ] {
        try third.press("Up")
        try third.waitFor(expected) { $0.hasSuffix("dangke> " + expected) }
      }
    }
  }

  func testExampleThenUpEditsTheExamplesQuery() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.run(".example 2")
      try tty.press("Up")
      try tty.waitFor("example query") {
        $0.hasSuffix("dangke> count sessions where type=微党课 by month")
      }
      try tty.press("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
      try tty.type("year")
      let before = TerminalSession.promptCount(try tty.screen())
      try tty.press("Enter")
      let screen = try tty.waitForPrompt(after: before)
      XCTAssertTrue(screen.contains("\n2016     "), "\(lang): \(screen)")
    }
  }

  func testLineEditingStaysOnWithStdoutPiped() throws {
    let dir = try folder()
    let log = dir.appendingPathComponent("session.log").path
    for lang in ["C.UTF-8", "C"] {
      let tty = try start(lang, teeTo: log)
      XCTAssertTrue(try tty.screen().contains("Tab completes"), lang)
      try tty.type("count sess")
      try tty.press("Tab")
      try tty.waitFor("completed") { $0.hasSuffix("dangke> count sessions") }
      let before = TerminalSession.promptCount(try tty.screen())
      try tty.press("Enter")
      try tty.waitForPrompt(after: before)
      try tty.press("Up")
      try tty.waitFor("history") { $0.hasSuffix("dangke> count sessions") }
      let shown = TerminalSession.promptCount(try tty.screen())
      try tty.press("C-c")
      try tty.waitForPrompt(after: shown)
      try tty.press("C-d")
      _ = try tty.waitForExit()
      let written = try String(contentsOfFile: log, encoding: .utf8)
      XCTAssertTrue(written.contains("count\n-----\n  485\n(1 row)\n"), written)
      XCTAssertFalse(written.contains("dangke>"), "the prompt is drawn on the terminal only")
      XCTAssertFalse(written.contains("\u{1B}"), written)
    }
  }

  func testTabCountsUnderTheConditionsAndCompletesChinesePaths() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      _ = FileManager.default.createFile(
        atPath: tty.folder.appendingPathComponent("报告.csv").path, contents: Data())
      try tty.type("count sessions where type=微党课 and mode=")
      try tty.press("Tab", "Tab")
      let expected =
        "dangke> count sessions where type=微党课 and mode=\n"
        + "线下 (27)     offline (27)  线上 (5)      online (5)\n"
        + "dangke> count sessions where type=微党课 and mode="
      // The list is drawn, then the prompt again: wait for both.
      let listed = try tty.waitFor("counts listed") { $0.hasSuffix(expected) }
      XCTAssertTrue(listed.hasSuffix(expected), "\(lang): \(listed)")
      let before = TerminalSession.promptCount(try tty.screen())
      try tty.press("C-c")
      try tty.waitForPrompt(after: before)
      try tty.type(".once 报")
      try tty.press("Tab")
      try tty.waitFor("path completed") { $0.hasSuffix("dangke> .once 报告.csv") }
    }
  }
}
