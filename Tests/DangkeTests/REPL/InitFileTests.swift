import Foundation
import TestSupport
import XCTest

@testable import dangke

/// `$XDG_CONFIG_HOME/dangke/init.dk` runs when the prompt starts (in a real terminal), and
/// `--no-init` skips it.
final class InitFileTests: XCTestCase {
  func testInitFilePath() {
    XCTAssertEqual(
      InitFile.path(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]), "/c/dangke/init.dk")
    XCTAssertEqual(
      InitFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]),
      "/h/.config/dangke/init.dk")
    XCTAssertEqual(InitFile.path(environment: ["HOME": "/h"]), "/h/.config/dangke/init.dk")
    XCTAssertNil(InitFile.path(environment: [:]))
  }

  /// A config folder with an init file: a dot command, a `let` used later, a statement that
  /// prints, and an error that names the file and line.
  private func configFolder() throws -> URL {
    let config = try ProcessRunner.temporaryDirectory()
    addTeardownBlock { try? FileManager.default.removeItem(at: config) }
    let folder = config.appendingPathComponent("dangke")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try """
    .format csv
    let recent = sessions
      where date >= 2016-06-01
    count sesions
    count recent
    """.write(to: folder.appendingPathComponent("init.dk"), atomically: true, encoding: .utf8)
    return config
  }

  func testInitFileRunsAtThePromptsStart() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
    let config = try configFolder()
    let session = try TerminalSession(
      lang: "C.UTF-8", environment: ["XDG_CONFIG_HOME": config.path])
    let screen = try session.waitForPrompt()
    let initPath = config.appendingPathComponent("dangke/init.dk").path
    XCTAssertTrue(screen.contains(" --> \(initPath):4:7"), screen)
    XCTAssertTrue(screen.contains("4 | count sesions"), screen)
    XCTAssertTrue(screen.hasSuffix("count\n101\ndangke>"), screen)
    let answer = try session.run("count recent by type")
    XCTAssertTrue(answer.contains("type,count\n"), answer)
  }

  func testNoInitSkipsIt() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
    let config = try configFolder()
    let session = try TerminalSession(
      lang: "C.UTF-8", environment: ["XDG_CONFIG_HOME": config.path], arguments: ["--no-init"])
    let screen = try session.waitForPrompt()
    XCTAssertFalse(screen.contains("sesions"), screen)
    let answer = try session.run("count recent")
    // An error under `recent`: no init file made it.
    XCTAssertTrue(answer.contains("1 | count recent\n  |       ^^^^^^"), answer)
  }
}
