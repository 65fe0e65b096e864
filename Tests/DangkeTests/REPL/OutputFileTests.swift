import Engine
import Lang
import TestSupport
import XCTest

@testable import dangke

/// `.output FILE` (issue #20, item 4): every row, no colour, the extension's format unless one
/// was chosen, the file there as its first answer is written; an existing file is replaced,
/// as sqlite3 does, keeping its mode; a device is written through. And `.once`/`.output` between two prompts at once, and `--bom`.
final class OutputFileTests: XCTestCase {
  private var out = ""
  private var err = ""
  private var folder: URL!

  override func setUpWithError() throws {
    Language.current = .en
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The file's text, a byte-order mark kept (`String(contentsOfFile:)` drops it).
  private func contents(_ name: String) -> String? {
    FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
  }

  private func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  /// A prompt's state: 40 rows, colour on when asked (as on a terminal).
  private func makeState(bom: Bool = false, color: Bool = false) -> ShellState {
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    shell.options.bom = bom
    let repl = REPL(shell: shell, output: try! OutputOptions.parse([])) {
      [unowned self] in self.out += $0
    }
    repl.state.shell.err = { [unowned self] in self.err += $0 }
    repl.state.shell.options.color = color
    return repl.state
  }

  private let ids = (1...45).map { "\($0)\n" }.joined()

  func testEveryRowNoColourAndTheExtensionsFormat() throws {
    let state = makeState(color: true)
    _ = state.perform(".output \(path("ids.csv"))")
    state.execute("list id of members order by id limit 45")
    XCTAssertEqual(contents("ids.csv"), "id\n" + ids)
    _ = state.perform(".output \(path("ids.txt"))")
    state.execute("list id of members order by id limit 45")
    let table = try XCTUnwrap(contents("ids.txt"))
    XCTAssertFalse(table.contains("\u{1B}["), "no colour codes: \(table.prefix(40))")
    let rows = (1...45).map { ($0 < 10 ? " " : "") + "\($0)\n" }.joined()
    XCTAssertEqual(table, "id\n--\n" + rows + "(45 rows)\n", "every row, not the prompt's 40")
    _ = state.perform(".output")
    XCTAssertEqual(err, "")
    XCTAssertEqual(state.shell.options.maxRows, 40, "the screen's settings again")
    XCTAssertTrue(state.shell.options.color)
    XCTAssertEqual(state.shell.format, .table)
  }

  func testAChosenFormatWinsOverTheExtension() throws {
    let state = makeState()
    _ = state.perform(".format json")
    _ = state.perform(".output \(path("a.csv"))")
    state.execute("count orgs")
    XCTAssertEqual(contents("a.csv"), "[\n{\"count\":40}\n]\n")
  }

  func testTheFileIsThereAsItsFirstAnswerIsWritten() throws {
    let state = makeState()
    XCTAssertTrue(state.perform(".output \(path("a.txt"))"))
    XCTAssertNil(contents("a.txt"), "no answer yet")
    state.execute("count orgs")
    XCTAssertEqual(contents("a.txt"), "count\n-----\n   40\n(1 row)\n")
    state.execute("count sessions")
    XCTAssertEqual(
      contents("a.txt"), "count\n-----\n   40\n(1 row)\ncount\n-----\n  485\n(1 row)\n",
      "answers as on the screen")
    XCTAssertEqual(try names(), ["a.txt"], "no temporary file beside it")
    XCTAssertEqual(out, "")
    _ = state.perform(".output")
    XCTAssertEqual(out, "answers written to \(path("a.txt"))\n")
  }

  func testAnExistingFileIsReplacedAndKeepsItsMode() throws {
    // As sqlite3's .output: an existing file is replaced (atomically, its mode kept); --force
    // is accepted and changes nothing.
    try "old\n".write(toFile: path("old.txt"), atomically: true, encoding: .utf8)
    chmod(path("old.txt"), 0o600)
    let state = makeState()
    _ = state.perform(".output \(path("old.txt"))")
    XCTAssertEqual(contents("old.txt"), "old\n", "replaced as the first answer is written")
    state.execute("count orgs")
    XCTAssertEqual(contents("old.txt"), "count\n-----\n   40\n(1 row)\n")
    var attributes = try FileManager.default.attributesOfItem(atPath: path("old.txt"))
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    _ = state.perform(".output \(path("old.txt")) --force")
    state.execute("count sessions")
    XCTAssertEqual(contents("old.txt"), "count\n-----\n  485\n(1 row)\n")
    attributes = try FileManager.default.attributesOfItem(atPath: path("old.txt"))
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    XCTAssertEqual(try names(), ["old.txt"], "no temporary file beside it")
    XCTAssertEqual(err, "")
  }

  /// The tables of a workbook and each one's rows as CSV, read back with `--data`.
  private func readBack(_ name: String) throws -> [String] {
    try OfficeCLITests.tableNames(path(name)).map { table in
      let r = try DangkeProcess.run([
        "--data", path(name), "-c", "list \(table)", "--format", "csv",
      ])
      XCTAssertEqual(r.status, 0, r.stderr)
      return table + ":\n" + r.stdout
    }
  }

  func testAWorkbookGetsASheetPerAnswerWrittenAfterEach() throws {
    let state = makeState()
    XCTAssertTrue(state.perform(".output \(path("a.xlsx"))"))
    XCTAssertNil(contents("a.xlsx"), "no answer yet")
    state.execute("count orgs")
    XCTAssertEqual(try readBack("a.xlsx"), ["a:\ncount\n40\n"], "there from the first answer")
    state.execute("count sesions")
    state.execute("# 类型\ncount sessions by type order by type limit 2")
    XCTAssertEqual(
      try readBack("a.xlsx"),
      ["count_orgs:\ncount\n40\n", "类型:\ntype,count\ndemo,11\nlecture,223\n"],
      "every answer so far, one sheet each, named as --out names them")
    XCTAssertEqual(try names(), ["a.xlsx"], "no temporary file beside it")
    XCTAssertEqual(
      err,
      "error[E0301]: unknown table 'sesions'\n --> line 1, column 7\n  |\n1 | count sesions\n"
        + "  |       ^^^^^^^ did you mean 'sessions'?\n", "a failed statement adds no sheet")
    err = ""
    _ = state.perform(".output")
    XCTAssertEqual(out, "answers written to \(path("a.xlsx"))\n")
    state.execute("count orgs")
    XCTAssertEqual(out, "answers written to \(path("a.xlsx"))\ncount\n-----\n   40\n(1 row)\n")
    XCTAssertEqual(state.shell.format, .table, "the screen's settings again")
    XCTAssertEqual(state.shell.options.maxRows, 40)
    XCTAssertEqual(try readBack("a.xlsx").count, 2)
  }

  func testAWorkbookIsReplacedAndAPageGrowsToo() throws {
    try "old\n".write(toFile: path("old.xlsx"), atomically: true, encoding: .utf8)
    let state = makeState()
    _ = state.perform(".output \(path("old.xlsx"))")
    state.execute("count orgs")
    state.execute("count members")
    XCTAssertEqual(
      try readBack("old.xlsx"), ["count_orgs:\ncount\n40\n", "count_members:\ncount\n7888\n"])
    _ = state.perform(".output \(path("r.html"))")
    state.execute("count orgs")
    let page = try XCTUnwrap(contents("r.html"))
    XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"), String(page.prefix(40)))
    state.execute("count sessions")
    let grown = try XCTUnwrap(contents("r.html"))
    XCTAssertTrue(grown.contains("<td>40</td>") || grown.contains(">40<"), "the first answer")
    XCTAssertTrue(grown.contains(">485<"), "and the second")
    _ = state.perform(".output \(path("none.xlsx"))")
    _ = state.perform(".output")
    XCTAssertEqual(
      FileManager.default.contents(atPath: path("none.xlsx")).map { Array($0.prefix(2)) } ?? [],
      Array("PK".utf8), "no answer: a workbook with one empty sheet, as .output makes an empty file"
    )
    XCTAssertEqual(err, "")
  }

  func testADeviceIsWrittenThrough() throws {
    let state = makeState()
    XCTAssertTrue(state.perform(".output /dev/null --force"))
    state.execute("count orgs")
    _ = state.perform(".once /dev/null")
    state.execute("count sessions")
    _ = state.perform(".output")
    XCTAssertEqual(err, "")
    XCTAssertEqual(out, "answers written to /dev/null\nanswers written to /dev/null\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
    XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeCharacterSpecial)
  }

  func testAFailedWriteIsToldAndTheAnswersComeBackToTheScreen() throws {
    let state = makeState()
    XCTAssertTrue(state.perform(".output /dev/full"))
    state.execute("count orgs")
    XCTAssertEqual(err, "error[E1111]: cannot write '/dev/full': No space left on device\n")
    XCTAssertEqual(out, "")
    state.execute("count orgs")
    XCTAssertEqual(out, "count\n-----\n   40\n(1 row)\n")
    XCTAssertNil(state.sink.target)
  }

  // MARK: Two prompts writing one name: the last answer written holds the name, whole

  func testOfTwoOnceFilesOfOneNameTheLaterReplacesTheEarlier() throws {
    let first = makeState()
    let second = makeState()
    _ = first.perform(".once \(path("same.csv"))")
    _ = second.perform(".once \(path("same.csv"))")
    first.execute("count orgs")
    XCTAssertEqual(contents("same.csv"), "count\n40\n")
    second.execute("count sessions")
    XCTAssertEqual(err, "")
    XCTAssertEqual(contents("same.csv"), "count\n485\n")
    XCTAssertEqual(try names(), ["same.csv"], "no temporary file left")
  }

  func testOfTwoOutputFilesOfOneNameTheLaterHoldsTheName() throws {
    let first = makeState()
    let second = makeState()
    _ = first.perform(".output \(path("same.csv"))")
    _ = second.perform(".output \(path("same.csv"))")
    first.execute("count orgs")
    XCTAssertEqual(contents("same.csv"), "count\n40\n")
    second.execute("count sessions")
    XCTAssertEqual(err, "")
    XCTAssertEqual(contents("same.csv"), "count\n485\n")
    XCTAssertEqual(try names(), ["same.csv"])
  }

  // MARK: --bom: one byte-order mark per file

  func testEveryFileStartsWithOneMark() throws {
    let state = makeState(bom: true)
    _ = state.perform(".output \(path("two.csv"))")
    state.execute("count orgs")
    state.execute("count sessions")
    _ = state.perform(".once \(path("one.csv"))")
    state.execute("count orgs")
    _ = state.perform(".output \(path("next.csv"))")
    state.execute("count orgs")
    _ = state.perform(".output")
    XCTAssertEqual(contents("two.csv"), "\u{FEFF}count\n40\ncount\n485\n")
    XCTAssertEqual(contents("one.csv"), "\u{FEFF}count\n40\n")
    XCTAssertEqual(contents("next.csv"), "\u{FEFF}count\n40\n")
  }
}
