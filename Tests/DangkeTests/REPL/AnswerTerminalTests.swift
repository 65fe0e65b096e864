import Foundation
import Lang
import TestSupport
import XCTest

/// Long and wide answers at a real prompt (tmux), under LANG=C and zh_CN.UTF-8: the pager and
/// `.last`, tables fitted to an 80-column terminal, `.format line`, one wide row as records.
final class AnswerTerminalTests: XCTestCase {
  static let locales = ["C", "zh_CN.UTF-8"]

  override func setUpWithError() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
  }

  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-answers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  private func start(
    _ lang: String, environment: [String: String] = [:], width: Int = 160, height: Int = 50
  ) throws -> TerminalSession {
    var env = ["XDG_STATE_HOME": try folder().path]
    env.merge(environment) { _, new in new }
    let session = try TerminalSession(lang: lang, environment: env, width: width, height: height)
    try session.waitForPrompt()
    return session
  }

  /// The lines of `screen` after the last one that starts with `prefix`, up to the prompt.
  private func answer(_ screen: String, after prefix: String) -> [String] {
    let lines = screen.components(separatedBy: "\n")
    guard let i = lines.lastIndex(where: { $0.hasPrefix(prefix) }) else { return [] }
    return Array(lines[(i + 1)...].prefix { !$0.hasPrefix("dangke>") })
  }

  private func zh(_ lang: String) -> Bool { lang.hasPrefix("zh") }

  /// A fake pager that keeps what it reads and counts its runs.
  private func recordingPager(in folder: URL) throws -> URL {
    let script = folder.appendingPathComponent("pager.sh")
    let text = """
      #!/bin/sh
      cat > '\(folder.path)/paged.txt'
      echo run >> '\(folder.path)/runs'

      """
    try text.write(to: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    return script
  }

  func testLastPagesEveryRowOfTheLastAnswer() throws {
    for lang in Self.locales {
      let place = try folder()
      let pager = try recordingPager(in: place)
      let tty = try start(lang, environment: ["PAGER": pager.path])
      // 40 rows fit the 50 lines of the screen: no pager.
      let first = try tty.run("list sessions")
      let cut = zh(lang) ? "（共 485 行，显示前 40 行）" : "(40 of 485 rows shown)"
      XCTAssertEqual(answer(first, after: "dangke> list sessions").last, cut, lang)
      let paged = place.appendingPathComponent("paged.txt")
      XCTAssertFalse(FileManager.default.fileExists(atPath: paged.path), lang)

      let screen = try tty.run(".last")
      XCTAssertEqual(answer(screen, after: "dangke> .last"), [], "\(lang): \(screen)")
      let lines = try String(contentsOf: paged, encoding: .utf8)
        .components(separatedBy: "\n")
      XCTAssertEqual(lines.count, 2 + 485 + 1 + 1, lang)  // header, rule, rows, footer, ""
      XCTAssertTrue(lines[0].hasPrefix(" id  date        type"), "\(lang): \(lines[0])")
      XCTAssertTrue(lines[2].hasPrefix("  1  2012-03-01  training  居民区党员骨干培训班"), lines[2])
      XCTAssertTrue(lines[2 + 484].hasPrefix("485  "), lines[2 + 484])
      XCTAssertEqual(lines[2 + 485], zh(lang) ? "（共 485 行）" : "(485 rows)", lang)

      // Without the pager, `.last` prints every row on the screen.
      try tty.run(".pager off")
      try tty.type(".last")
      try tty.press("Enter")
      // The earlier prompts scroll away: wait for the footer, then the prompt under it.
      let plain = try tty.waitFor("every row on the screen") {
        $0.hasSuffix((zh(lang) ? "（共 485 行）" : "(485 rows)") + "\ndangke>")
      }
      let shown = answer(plain, after: "485  ")
      XCTAssertEqual(shown, [zh(lang) ? "（共 485 行）" : "(485 rows)"], "\(lang): \(plain)")
      let runs = try String(contentsOf: place.appendingPathComponent("runs"), encoding: .utf8)
      XCTAssertEqual(runs, "run\n", lang)
    }
  }

  func testLessShowsChineseAndQReturnsToThePrompt() throws {
    for lang in Self.locales {
      let tty = try start(lang, environment: ["PAGER": "less"])
      try tty.run(".maxrows 0")
      try tty.type("list sessions")
      try tty.press("Enter")
      let paging = try tty.waitFor("less's prompt") { $0.hasSuffix("\n:") }
      XCTAssertTrue(paging.contains("  1  2012-03-01  training  居民区党员骨干培训班"), paging)
      XCTAssertFalse(paging.contains("(485 rows)"), paging)
      try tty.press("q")
      try tty.waitFor("the prompt after q") { $0.hasSuffix("\ndangke>") }
      // q long before the end of 24,437 rows: the answer stops quietly.
      try tty.type("list attendance")
      try tty.press("Enter")
      try tty.waitFor("less's prompt again") { $0.hasSuffix("\n:") }
      try tty.press("q")
      let back = try tty.waitFor("the prompt after q") { $0.hasSuffix("\ndangke>") }
      XCTAssertFalse(back.contains("E0340"), back)
      let after = try tty.run("count sessions")
      XCTAssertTrue(after.hasSuffix(zh(lang) ? "（共 1 行）\ndangke>" : "(1 row)\ndangke>"), after)
    }
  }

  func testLastBeforeAnyAnswerSaysSo() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      let screen = try tty.run(".last")
      let expected =
        zh(lang) ? "错误[E1300]：还没有可以再显示的答案" : "error[E1300]: there is no answer to show again yet"
      XCTAssertEqual(answer(screen, after: "dangke> .last"), [expected], lang)
    }
  }

  /// A crosstab of 41 columns (a category, then 40 organisations with Chinese names) in an
  /// 80-column terminal: no line is wider, and the footer names the columns left out.
  func testACrosstabFitsAnEightyColumnTerminal() throws {
    let query = "count members by category across org.name"
    for lang in Self.locales {
      let tty = try start(lang, width: 80)
      let screen = try tty.run(query)
      let shown = answer(screen, after: "dangke> " + query)
      let expected = try DangkeProcess.run(
        ["--lang", zh(lang) ? "zh" : "en"], input: ".maxwidth 80\n" + query + "\n")
      XCTAssertEqual(shown.joined(separator: "\n") + "\n", expected.stdout, lang)
      XCTAssertTrue(shown.allSatisfy { displayWidth($0) <= 80 }, shown.joined(separator: "\n"))
      XCTAssertTrue(shown[0].hasPrefix("category"), shown[0])
      let footer = shown.drop { !$0.hasPrefix(zh(lang) ? "共 41 列" : "41 columns") }
      let prefix = zh(lang) ? "共 41 列，显示 4 列，未显示：" : "41 columns (4 shown), not shown: "
      XCTAssertTrue(footer.first?.hasPrefix(prefix) ?? false, shown.joined(separator: "\n"))
      XCTAssertTrue(footer.last?.hasSuffix("紫薇苑居民区党总支") ?? false, "\(footer)")
      XCTAssertEqual(shown.count, 2 + 5 + 1 + footer.count, lang)

      // The other wide answer: sessions, whose titles are long.
      let list = "list sessions limit 5"
      let sessions = answer(try tty.run(list), after: "dangke> " + list)
      let plain = try DangkeProcess.run(
        ["--lang", zh(lang) ? "zh" : "en"], input: ".maxwidth 80\n" + list + "\n")
      XCTAssertEqual(sessions.joined(separator: "\n") + "\n", plain.stdout, lang)
      XCTAssertTrue(
        sessions.allSatisfy { displayWidth($0) <= 80 }, sessions.joined(separator: "\n"))
      XCTAssertEqual(
        sessions.last,
        zh(lang)
          ? "共 12 列，显示 8 列，未显示：venue、mode、hours、base"
          : "12 columns (8 shown), not shown: venue, mode, hours, base", lang)
    }
  }

  func testFormatLineAndOneWideRowAsRecords() throws {
    for lang in Self.locales {
      let tty = try start(lang, width: 80)
      let wide = try tty.run("list sessions where id = 2")
      XCTAssertEqual(
        answer(wide, after: "dangke> list sessions where id = 2"),
        [
          "id       = 2", "date     = 2012-03-10", "type     = training",
          "title    = 机关事业单位党员集中培训：社区党校开学第一课", "teacher  = 10", "speaker  =",
          "host     = 1", "audience = agency", "venue    = fixed", "mode     = offline",
          "hours    = 1.5", "base     =", "", zh(lang) ? "（共 1 行）" : "(1 row)",
        ], lang)
      try tty.run(".format line")
      let screen = try tty.run("count sessions by type top 2")
      XCTAssertEqual(
        answer(screen, after: "dangke> count sessions by type top 2"),
        ["type  = lecture", "count = 223", "", "type  = training", "count = 170"], lang)
    }
  }
}
