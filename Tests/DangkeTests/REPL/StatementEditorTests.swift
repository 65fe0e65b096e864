import Engine
import Lang
import XCTest

@testable import dangke

/// `.edit` below the terminal: which editor, what it is given and what comes back, and the
/// history entries of dot-command lines.
final class StatementEditorTests: XCTestCase {
  private func script(_ body: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-editor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("fake editor.sh").path
    try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return path
  }

  func testTheEditorIsVisualThenEditorThenVi() {
    XCTAssertEqual(
      StatementEditor.command(environment: ["VISUAL": "nano", "EDITOR": "ed"]), "nano")
    XCTAssertEqual(StatementEditor.command(environment: ["VISUAL": " ", "EDITOR": "ed"]), "ed")
    XCTAssertEqual(StatementEditor.command(environment: [:]), "vi")
  }

  func testTheEditorChangesAnEarlierLine() throws {
    let editor = try script(#"sed -i 's/sesions/sessions/; s/by mnth/by month/' "$1""#)
    let saved = try StatementEditor.edit(
      "count sesions where type=微党课\n  by mnth",
      environment: ["EDITOR": "'\(editor)'"])
    XCTAssertEqual(saved, "count sessions where type=微党课\n  by month")
    XCTAssertEqual(
      StatementEditor.echo(saved), "dangke> count sessions where type=微党课\n   ...>   by month\n")
  }

  func testAFailingEditorRunsNothing() throws {
    let editor = try script("exit 3")
    XCTAssertThrowsError(
      try StatementEditor.edit("count sessions", environment: ["VISUAL": "'\(editor)'"])
    ) { error in
      XCTAssertEqual(
        (error as? DotCommandError)?.message,
        "the editor ''\(editor)'' exited with status 3; nothing was run")
    }
    XCTAssertThrowsError(
      try StatementEditor.edit("count sessions", environment: ["VISUAL": "/nonexistent/ed"]))
  }

  func testHistoryKeepsTheExamplesQueryAndNotEdit() {
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    let state = ShellState(shell: shell, interactive: true, screen: { _ in })
    XCTAssertEqual(
      state.historyEntry(forDotLine: ".example 2"), Examples.all[1].statement)
    XCTAssertEqual(state.historyEntry(forDotLine: ".example 99"), ".example 99")
    XCTAssertEqual(state.historyEntry(forDotLine: ".example"), ".example")
    XCTAssertNil(state.historyEntry(forDotLine: ".edit"))
    XCTAssertEqual(state.historyEntry(forDotLine: ".tables"), ".tables")
    XCTAssertTrue(ShellState.isEdit(" .edit "))
    XCTAssertFalse(ShellState.isEdit(".example 1"))
  }

  func testRowsAboveTheCursorAfterAResize() {
    XCTAssertEqual(rowsAbove("dangke> count", width: 30), 0)
    XCTAssertEqual(rowsAbove(String(repeating: "a", count: 30), width: 30), 1)
    // 29 columns, then a wide character that does not fit goes to the next row.
    XCTAssertEqual(rowsAbove(String(repeating: "a", count: 29) + "微", width: 30), 1)
    XCTAssertEqual(
      rowsAbove("dangke> count sessions where type=微党课 and mode=线上 by month", width: 30), 2)
  }

  func testTheBannerOffersTabOnlyWithLineEditing() {
    XCTAssertTrue(REPL.banner(CompletionTests.store).contains("Tab completes"))
    let plain = REPL.banner(CompletionTests.store, editing: false)
    XCTAssertFalse(plain.contains("Tab"), plain)
    XCTAssertTrue(plain.contains("no line editing"), plain)
  }
}
