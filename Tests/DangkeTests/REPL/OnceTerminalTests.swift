import Foundation
import TestSupport
import XCTest

/// `.once` at the real prompt (tmux): the next answer goes to the file, in the format of its
/// extension and with every row; the one after it is on the screen again.
final class OnceTerminalTests: XCTestCase {
  func testOnceAtThePrompt() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
    let folder = try ProcessRunner.temporaryDirectory()
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("答案.csv").path
    for lang in ["C", "C.UTF-8"] {
      try? FileManager.default.removeItem(atPath: file)
      let tty = try TerminalSession(lang: lang)
      _ = try tty.waitForPrompt()
      try tty.run(".once \(file)")
      let written = try tty.run("list id of members order by id limit 60")
      XCTAssertTrue(written.hasSuffix("answers written to \(file)\ndangke>"), "\(lang): \(written)")
      let text = try String(contentsOfFile: file, encoding: .utf8)
      XCTAssertEqual(text.split(separator: "\n").count, 61, "\(lang): a header and 60 rows")
      XCTAssertTrue(text.hasPrefix("id\n1\n2\n"), "\(lang): \(text.prefix(20))")
      let screen = try tty.run("count orgs")
      XCTAssertTrue(
        screen.hasSuffix("dangke> count orgs\ncount\n-----\n   40\n(1 row)\ndangke>"),
        "\(lang): \(screen)")
    }
  }

  /// `.output FILE` at the real prompt: all 24,437 rows of `list attendance` in table
  /// format, no escape codes, the file there before `.output` switches back.
  func testOutputAtThePromptHoldsEveryRow() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
    let folder = try ProcessRunner.temporaryDirectory()
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    for (lang, written) in [("C", "answers written to"), ("zh_CN.UTF-8", "答案已写入")] {
      let file = folder.appendingPathComponent("出勤-\(lang).txt").path
      let tty = try TerminalSession(lang: lang)
      _ = try tty.waitForPrompt()
      try tty.run(".output \(file)")
      try tty.run("list attendance")
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      XCTAssertEqual(lines.count, 24_437 + 4, "\(lang): header, rule, rows, footer, end")
      if lang == "C" { XCTAssertEqual(lines[lines.count - 2], "(24,437 rows)") }
      XCTAssertFalse(text.contains("\u{1B}"), "\(lang): no escape codes")
      let back = try tty.run(".output")
      XCTAssertTrue(back.hasSuffix("\(written) \(file)\ndangke>"), "\(lang): \(back)")
      XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), text, lang)
    }
  }
}
