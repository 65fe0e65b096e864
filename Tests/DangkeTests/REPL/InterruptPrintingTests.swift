import Foundation
import TestSupport
import XCTest

/// Ctrl-C while an answer of 1,000,000 rows prints at a real prompt (tmux), on a generated
/// district: printing stops at once and the prompt is back within a second.
final class InterruptPrintingTests: XCTestCase {
  nonisolated(unsafe) private static var district: URL?

  override class func tearDown() {
    if let district {
      try? FileManager.default.removeItem(at: district.deletingLastPathComponent())
    }
    district = nil
  }

  /// `dangke generate --scale district` (1,000,000 attendance rows), made once for the class.
  private func districtFolder() throws -> URL {
    if let district = Self.district { return district }
    let parent = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-district-\(UUID().uuidString)")
    let data = parent.appendingPathComponent("district")
    let made = try DangkeProcess.run(["generate", "--scale", "district", "--out", data.path])
    XCTAssertEqual(made.status, 0, made.stderr)
    Self.district = data
    return data
  }

  override func setUpWithError() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
  }

  /// Runs `command`, presses Ctrl-C once rows scroll by, and checks the prompt is back within
  /// a second with the cancel message.
  private func stopPrinting(
    _ tty: TerminalSession, _ command: String, lang: String, rowPattern: String,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    try tty.type(command)
    try tty.press("Enter")
    try tty.waitFor("rows of \(command)", timeout: 60, file: file, line: line) { screen in
      let lines = screen.components(separatedBy: "\n")
      return lines.count >= 45
        && lines.last?.range(of: rowPattern, options: .regularExpression) != nil
    }
    try tty.press("C-c")
    let pressed = Date()
    let screen = try tty.waitFor("the prompt after Ctrl-C", timeout: 10, file: file, line: line) {
      $0.hasSuffix("\ndangke>")
    }
    let elapsed = Date().timeIntervalSince(pressed)
    XCTAssertLessThan(elapsed, 1.0, "\(lang) \(command): \(elapsed) s", file: file, line: line)
    let cancelled = lang == "C" ? "error[E0340]: query cancelled" : "错误[E0340]：查询已取消"
    XCTAssertTrue(screen.contains(cancelled), "\(lang): \(screen)", file: file, line: line)
  }

  func testCtrlCStopsAMillionRowsWithinASecond() throws {
    let data = try districtFolder()
    for lang in ["C", "zh_CN.UTF-8"] {
      let state = FileManager.default.temporaryDirectory
        .appendingPathComponent("dangke-state-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: state) }
      let tty = try TerminalSession(
        lang: lang, environment: ["XDG_STATE_HOME": state.path], arguments: [data.path])
      try tty.waitFor("the prompt on the district", timeout: 180) { $0.hasSuffix("\ndangke>") }
      usleep(50_000)
      try tty.run(".maxrows 0")
      try tty.run(".pager off")
      try tty.type("list attendance")
      try tty.press("Enter")
      let row = #"^ +\d+ +\d+ +[\d.]+ +\d*$"#
      try tty.waitFor("rows printing", timeout: 60) { screen in
        let lines = screen.components(separatedBy: "\n")
        return lines.count >= 45 && lines.last?.range(of: row, options: .regularExpression) != nil
      }
      try tty.press("C-c")
      let pressed = Date()
      let screen = try tty.waitFor("the prompt after Ctrl-C", timeout: 10) {
        $0.hasSuffix("\ndangke>")
      }
      let elapsed = Date().timeIntervalSince(pressed)
      XCTAssertLessThan(elapsed, 1.0, "\(lang): the prompt came back after \(elapsed) s")
      let cancelled = lang == "C" ? "error[E0340]: query cancelled" : "错误[E0340]：查询已取消"
      XCTAssertTrue(screen.contains(cancelled), "\(lang): \(screen)")
      XCTAssertFalse(screen.contains("1,000,000"), "\(lang): every row printed before Ctrl-C")
      // The same in csv, and while `.last` prints the million rows again.
      try tty.run(".format csv")
      try stopPrinting(tty, "list attendance", lang: lang, rowPattern: #"^\d+,\d+,[\d.]+,\d*$"#)
      try tty.run(".format table")
      try stopPrinting(tty, ".last", lang: lang, rowPattern: row)
      // The prompt works on.
      let next = try tty.run("count sessions")
      XCTAssertTrue(next.contains("20000"), "\(lang): \(next)")
    }
  }
}
