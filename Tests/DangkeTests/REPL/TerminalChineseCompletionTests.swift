import Foundation
import XCTest

/// Tab on Chinese input in a real terminal (tmux): table labels, Chinese keywords, and the
/// candidate list lined up by display width. Run under C.UTF-8, under a real zh_CN.UTF-8
/// locale (`./dk test` generates it when missing; without it dangke falls back to C.UTF-8 for
/// its input, with Chinese messages) and under plain C.
final class TerminalChineseCompletionTests: XCTestCase {
  static let locales = ["C.UTF-8", "zh_CN.UTF-8", "C"]

  override func setUpWithError() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
  }

  private func start(_ lang: String) throws -> TerminalSession {
    let state = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: state) }
    let session = try TerminalSession(lang: lang, environment: ["XDG_STATE_HOME": state.path])
    let banner = try session.waitForPrompt()
    XCTAssertTrue(banner.contains("sessions 485"), banner)
    return session
  }

  /// The last `count` lines of the screen.
  private func lastLines(_ screen: String, _ count: Int) -> [String] {
    Array(screen.components(separatedBy: "\n").suffix(count))
  }

  func testTabCompletesAChineseTableLabel() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("count 党")
      try tty.press("Tab")  // 党组织, 党员, 党课 share only 党: nothing to add
      usleep(200_000)
      XCTAssertEqual(try tty.lastLine(), "dangke> count 党", lang)
      try tty.press("Tab")
      let listed = try tty.waitFor("labels listed") { $0.contains("党组织") }
      XCTAssertEqual(
        lastLines(listed, 3), ["dangke> count 党", "党组织  党员    党课", "dangke> count 党"],
        lang)
      try tty.type("课")
      try tty.press("Tab")
      try tty.waitFor("label completed") { $0.hasSuffix("dangke> count 党课") }
      let before = TerminalSession.promptCount(try tty.screen())
      try tty.press("Enter")
      let screen = try tty.waitForPrompt(after: before)
      XCTAssertEqual(lastLines(screen, 5)[1...2], ["-----", "  485"], "\(lang): \(screen)")
    }
  }

  func testTabCompletesAChineseKeyword() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("统")
      try tty.press("Tab")
      try tty.waitFor("keyword completed") { $0.hasSuffix("dangke> 统计") }
      try tty.type("党课 其中 课型=微")
      try tty.press("Tab")
      try tty.waitFor("value completed") { $0.hasSuffix("dangke> 统计 党课 其中 课型=微党课") }
      let before = TerminalSession.promptCount(try tty.screen())
      try tty.press("Enter")
      let screen = try tty.waitForPrompt(after: before)
      XCTAssertEqual(lastLines(screen, 5)[1...2], ["-----", "   32"], "\(lang): \(screen)")
    }
  }

  func testTheCandidateListLinesUpByDisplayWidth() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("count sessions where type=")
      try tty.press("Tab", "Tab")
      let listed = try tty.waitFor("values listed") { $0.contains("微党课 (") }
      XCTAssertEqual(
        lastLines(listed, 4),
        [
          "dangke> count sessions where type=",
          "专题讲座 (223)  集中培训 (170)  微党课 (32)     讲评课 (22)     公开课 (14)     "
            + "实践课 (13)     示范课 (11)",
          "lecture (223)   training (170)  micro (32)      review (22)     open (14)       "
            + "practice (13)   demo (11)",
          "dangke> count sessions where type=",
        ], lang)
    }
  }

  func testALongListAsksFirst() throws {
    for lang in Self.locales {
      let tty = try start(lang)
      try tty.type("count members where name=王")
      try tty.press("Tab", "Tab")
      let asked = try tty.waitFor("question") { $0.contains("504") }
      let question =
        lang.hasPrefix("zh")
        ? "一共 504 个候选项，全部列出来吗？(y/n)" : "Display all 504 possibilities? (y or n)"
      XCTAssertEqual(
        lastLines(asked, 2), ["dangke> count members where name=王", question], lang)
      try tty.press("n")
      let declined = try tty.waitFor("prompt again") {
        $0.hasSuffix(question + "\ndangke> count members where name=王")
      }
      XCTAssertFalse(declined.contains("王秀红"), lang)
      try tty.type("秀")
      try tty.press("Tab", "Tab")
      let listed = try tty.waitFor("short list") { $0.contains("王秀红") }
      XCTAssertEqual(
        lastLines(listed, 3),
        [
          "dangke> count members where name=王秀",
          "王秀 (2)    王秀红 (1)  王秀华 (1)  王秀惠 (1)  王秀云 (1)",
          "dangke> count members where name=王秀",
        ], lang)
    }
  }
}
