import Engine
import Foundation
import TestSupport
import XCTest

@testable import dangke

/// Tab at the prompt of a PostgreSQL session: names from the server's catalog, values with
/// their counts from the server (under the conditions typed so far), and names only when the
/// server is too slow, with nothing on screen.
final class PostgresCompletionTests: XCTestCase {
  private var scratch: ScratchDatabase!
  private var url: String { scratch.url }

  override func setUpWithError() throws {
    guard let server = ScratchDatabase.server else { throw XCTSkip(ScratchDatabase.skipReason) }
    scratch = try ScratchDatabase(server: server, prefix: "dangke_complete")
    let sample = try Loader.load(
      .memory(name: "Kangjian sample", files: Generator(scale: .sample).files()))
    _ = try PostgresImport().run(sample, into: self.url)
    // A view that takes a second whatever is asked of it.
    try PostgresConnection(ConnectionString(self.url), readOnly: false).execute(
      "create view slow_sessions as select s.* from sessions s where (select pg_sleep(1)) is null"
    )
  }

  override func tearDown() {
    scratch?.drop()
  }

  private func shown(_ completer: Completer, _ line: String) -> [String] {
    completer.complete(line: line, cursor: line.utf8.count).candidates.map(\.display)
  }

  private func completer() throws -> Completer {
    let session = Session(server: try PostgresSource(url))
    var context = StoreCompletionContext(store: session.storeWithLets, lets: [:])
    context.session = session
    return Completer(context: context, pending: "")
  }

  func testNamesAndValueCountsFromTheServer() throws {
    let c = try completer()
    XCTAssertEqual(shown(c, "count slow_"), ["slow_sessions"])
    XCTAssertEqual(shown(c, "count sessions where mo"), ["mode"])
    // The same counts as in memory (WhereCompletionTests).
    XCTAssertEqual(
      shown(c, "count sessions where type=微党课 and mode="),
      ["线下 (27)", "offline (27)", "线上 (5)", "online (5)"])
    XCTAssertEqual(
      shown(c, "count attendance where member.category=retired and session.type=de"),
      ["demo (126)"])
  }

  func testASlowServerGivesNamesOnly() throws {
    let c = try completer()
    let started = ContinuousClock.now
    XCTAssertEqual(shown(c, "count slow_sessions where mode="), [])
    XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(900))
    XCTAssertEqual(shown(c, "count slow_sessions where ven"), ["venue"])
  }

  func testTabInATerminal() throws {
    try XCTSkipUnless(TerminalSession.tmuxAvailable, "tmux is not installed")
    let state = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: state) }
    let tty = try TerminalSession(
      lang: "C.UTF-8", environment: ["XDG_STATE_HOME": state.path], arguments: ["--data", url])
    try tty.waitForPrompt()
    try tty.type("count sessions where type=微党课 and mode=")
    try tty.press("Tab", "Tab")
    let listed = try tty.waitFor("values listed") { $0.contains("online (5)") }
    XCTAssertEqual(
      Array(listed.components(separatedBy: "\n").suffix(3)),
      [
        "dangke> count sessions where type=微党课 and mode=",
        "线下 (27)     offline (27)  线上 (5)      online (5)",
        "dangke> count sessions where type=微党课 and mode=",
      ])
    // A slow server: no list, no message, and the prompt answers at once.
    try tty.press("C-u")
    try tty.type("count slow_sessions where mode=")
    try tty.press("Tab", "Tab")
    usleep(1_000_000)
    XCTAssertEqual(try tty.lastLine(), "dangke> count slow_sessions where mode=")
    let screen = try tty.screen()
    XCTAssertFalse(screen.contains("error") || screen.contains("timeout"), screen)
  }
}
