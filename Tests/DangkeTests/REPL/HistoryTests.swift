import XCTest

@testable import dangke

/// What goes into the history and how it survives a restart (no terminal needed).
final class HistoryTests: XCTestCase {
  func testPolicyDropsBlanksAndConsecutiveDuplicates() {
    let policy = HistoryPolicy()
    XCTAssertNil(policy.entry(for: "", after: nil))
    XCTAssertNil(policy.entry(for: "   \n ", after: nil))
    XCTAssertEqual(policy.entry(for: "count sessions  ", after: nil), "count sessions")
    XCTAssertNil(policy.entry(for: "count sessions", after: "count sessions"))
    XCTAssertNil(policy.entry(for: "count sessions \n", after: "count sessions"))
    XCTAssertEqual(policy.entry(for: "count sessions", after: "count members"), "count sessions")
    XCTAssertEqual(
      policy.entry(for: "count sessions where\n  type=微党课", after: nil),
      "count sessions where\n  type=微党课")
  }

  func testDefaultPath() {
    XCTAssertEqual(
      HistoryPolicy.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]),
      "/s/dangke/history")
    XCTAssertEqual(
      HistoryPolicy.defaultPath(environment: ["HOME": "/h"]), "/h/.local/state/dangke/history")
    XCTAssertEqual(
      HistoryPolicy.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]),
      "/h/.local/state/dangke/history")
    XCTAssertNil(HistoryPolicy.defaultPath(environment: [:]))
  }

  private func temporaryPath() -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-history-\(UUID().uuidString)")
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    return folder.appendingPathComponent("state/dangke/history").path
  }

  func testEntriesSurviveARestartWithChineseAndNewlines() throws {
    let path = temporaryPath()
    let first = History(path: path)
    XCTAssertTrue(first.add("count sessions where type=微党课 by month"))
    XCTAssertFalse(first.add("count sessions where type=微党课 by month"))
    XCTAssertTrue(first.add("count sessions where\n  type=micro"))
    XCTAssertTrue(first.add("list members where name ~ \"王\""))
    XCTAssertTrue(FileManager.default.fileExists(atPath: path), "folder and file created")

    let second = History(path: path)
    XCTAssertEqual(
      second.entries,
      [
        "count sessions where type=微党课 by month", "count sessions where\n  type=micro",
        "list members where name ~ \"王\"",
      ])
  }

  func testHistoryIsCapped() throws {
    let path = temporaryPath()
    let history = History(path: path, policy: HistoryPolicy(capacity: 5))
    for i in 1...12 { history.add("count sessions limit \(i)") }
    XCTAssertEqual(history.entries, (8...12).map { "count sessions limit \($0)" })
    let reloaded = History(path: path, policy: HistoryPolicy(capacity: 5))
    XCTAssertEqual(reloaded.entries, (8...12).map { "count sessions limit \($0)" })
  }
}

/// Two prompts on one history file, and what dot-command lines leave in the history.
final class SharedHistoryTests: XCTestCase {
  private func temporaryPath() -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-history-\(UUID().uuidString)")
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    return folder.appendingPathComponent("dangke/history").path
  }

  func testTwoPromptsOpenAtOnceKeepBothEntries() {
    let path = temporaryPath()
    let first = History(path: path)
    XCTAssertTrue(first.add("count sessions"))
    let second = History(path: path)  // opened while the first is still open
    XCTAssertTrue(first.add("count members where name ~ \"王\""))
    XCTAssertTrue(second.add("list orgs limit 3"))
    XCTAssertTrue(first.add("count sessions by type"))
    XCTAssertEqual(
      first.entries,
      ["count sessions", "count members where name ~ \"王\"", "count sessions by type"])
    XCTAssertEqual(second.entries, ["count sessions", "list orgs limit 3"])
    XCTAssertEqual(
      History(path: path).entries,
      [
        "count sessions", "count members where name ~ \"王\"", "list orgs limit 3",
        "count sessions by type",
      ])
  }

  func testTheSameEntryFromTwoPromptsIsStoredOnce() {
    let path = temporaryPath()
    let first = History(path: path)
    let second = History(path: path)
    XCTAssertTrue(first.add("count sessions"))
    XCTAssertTrue(second.add("count sessions"))
    XCTAssertEqual(History(path: path).entries, ["count sessions"])
  }

  func testTheFileIsPrivate() throws {
    let path = temporaryPath()
    History(path: path).add("count sessions")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
  }
}
