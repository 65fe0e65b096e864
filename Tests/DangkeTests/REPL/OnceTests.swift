import Engine
import Lang
import XCTest

@testable import dangke

/// `.once FILE`: the next answer only goes to FILE, whole and in the format of its
/// extension unless the format was chosen; then answers go back where they went. And a
/// prompt-only row of the table is skipped in a script with W1151.
final class OnceTests: XCTestCase {
  private var out = ""
  private var err = ""
  private var folder: URL!

  override func setUpWithError() throws {
    Language.current = .en
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-once-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  private func contents(_ name: String) -> String? {
    try? String(contentsOfFile: path(name), encoding: .utf8)
  }

  private func makeREPL(_ arguments: [String] = []) throws -> REPL {
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    if let format = try OutputOptions.parse(arguments).format { shell.format = format }
    let repl = REPL(shell: shell, output: try OutputOptions.parse(arguments)) {
      [unowned self] in self.out += $0
    }
    repl.state.shell.err = { [unowned self] in self.err += $0 }
    return repl
  }

  func testTheNextAnswerGoesToTheFileInItsExtensionsFormat() throws {
    let state = try makeREPL().state
    XCTAssertTrue(state.perform(".once \(path("types.csv"))"))
    XCTAssertNil(contents("types.csv"), "nothing is written before the answer")
    state.execute("count sessions where type in (micro, open) by type")
    XCTAssertEqual(contents("types.csv"), "type,count\nmicro,32\nopen,14\n")
    XCTAssertEqual(out, "answers written to \(path("types.csv"))\n")
    XCTAssertEqual(err, "")
    out = ""
    state.execute("count orgs")
    XCTAssertEqual(out, "count\n-----\n   40\n(1 row)\n", "back to the screen, as a table")
    XCTAssertEqual(state.shell.format, .table)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["types.csv"])
  }

  func testOnlyTheFirstStatementAndEveryRow() throws {
    let state = try makeREPL().state
    XCTAssertEqual(state.shell.options.maxRows, 40)
    _ = state.perform(".once \(path("members.md"))")
    out = ""
    state.execute("list id of members order by id limit 45\ncount orgs")
    let file = try XCTUnwrap(contents("members.md"))
    XCTAssertTrue(file.hasPrefix("|  id |\n| --: |\n|   1 |\n"), file)
    XCTAssertEqual(file.split(separator: "\n").count, 47, "every row, not the prompt's 40")
    XCTAssertFalse(file.contains("\u{1B}["), "no colour codes")
    XCTAssertTrue(out.hasSuffix("count\n-----\n   40\n(1 row)\n"), out)
    XCTAssertEqual(state.shell.options.maxRows, 40)
  }

  func testAChosenFormatWins() throws {
    let state = try makeREPL().state
    _ = state.perform(".format json")
    _ = state.perform(".once \(path("a.csv"))")
    state.execute("count orgs")
    XCTAssertEqual(contents("a.csv"), "[\n{\"count\":40}\n]\n")
    let chosen = try makeREPL(["--format", "csv"]).state
    _ = chosen.perform(".once \(path("b.md"))")
    chosen.execute("count orgs")
    XCTAssertEqual(contents("b.md"), "count\n40\n")
  }

  func testAWorkbook() throws {
    let state = try makeREPL().state
    _ = state.perform(".once \(path("types.xlsx"))")
    state.execute("count sessions by type")
    let bytes = try Data(contentsOf: folder.appendingPathComponent("types.xlsx"))
    XCTAssertEqual(Array(bytes.prefix(2)), Array("PK".utf8), "a zip file")
    XCTAssertEqual(err, "")
    out = ""
    state.execute("count orgs")
    XCTAssertEqual(out, "count\n-----\n   40\n(1 row)\n")
  }

  func testOutputReturnsToTheOutputFile() throws {
    let state = try makeREPL().state
    _ = state.perform(".output \(path("all.txt"))")
    _ = state.perform(".once \(path("one.json"))")
    state.execute("count orgs")
    state.execute("count sessions")
    _ = state.perform(".output")
    XCTAssertEqual(contents("one.json"), "[\n{\"count\":40}\n]\n")
    XCTAssertEqual(contents("all.txt"), "count\n-----\n  485\n(1 row)\n")
  }

  func testAFailedStatementWritesNothingAndExistingFilesAreReplaced() throws {
    let state = try makeREPL().state
    _ = state.perform(".once \(path("x.csv"))")
    state.execute("count sesions")
    XCTAssertNil(contents("x.csv"))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    err = ""
    state.execute("count orgs")
    XCTAssertNil(contents("x.csv"), ".once is used up by the failed statement")

    // An existing file is replaced, as sqlite3's .once does; --force changes nothing.
    try "old\n".write(toFile: path("old.csv"), atomically: true, encoding: .utf8)
    err = ""
    _ = state.perform(".once \(path("old.csv"))")
    state.execute("count orgs")
    XCTAssertEqual(contents("old.csv"), "count\n40\n")
    _ = state.perform(".once \(path("old.csv")) --force")
    state.execute("count sessions")
    XCTAssertEqual(contents("old.csv"), "count\n485\n")
    XCTAssertEqual(err, "")
  }

  func testPromptOnlyRowsAreSkippedInAScript() throws {
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    let state = ShellState(
      shell: shell, interactive: false, screen: { [unowned self] in self.out += $0 })
    state.shell.err = { [unowned self] in self.err += $0 }
    let edit = DotCommand(
      [".edit"], usage: { Message(verbatim: ".edit") }, help: { Message(verbatim: "edit") },
      promptOnly: true, parse: { _ in () }, run: { state, _ in state.timer = true })
    state.commands.append(edit)
    XCTAssertTrue(
      ScriptRunner(state: state, fileName: "t.dk").run("count orgs\n.edit\ncount orgs\n"))
    XCTAssertFalse(state.timer, "not run")
    XCTAssertEqual(
      err,
      """
      warning[W1151]: .edit only works at the prompt; a script goes on without it
       --> t.dk:2:1
        |
      2 | .edit
        | ^^^^^

      """)
    XCTAssertEqual(out, "count\n-----\n   40\n(1 row)\n\ncount\n-----\n   40\n(1 row)\n")
  }
}
