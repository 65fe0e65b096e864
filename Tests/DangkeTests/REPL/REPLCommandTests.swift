import Engine
import Lang
import XCTest

@testable import dangke

/// The REPL's commands run against the sample, with answers captured (no terminal needed).
final class REPLCommandTests: XCTestCase {
  private var out = ""
  private var err = ""

  private func makeREPL() throws -> REPL {
    let shell = StatementRunner(
      session: Session(store: CompletionTests.store), out: { _ in }, err: { _ in })
    let repl = REPL(shell: shell, output: try OutputOptions.parse([])) { [unowned self] in
      self.out += $0
    }
    repl.shell.err = { [unowned self] in self.err += $0 }
    return repl
  }

  func testExamplesRunWithoutErrors() throws {
    let repl = try makeREPL()
    for (i, example) in Examples.all.enumerated() {
      out = ""
      err = ""
      repl.execute(example.statement)
      XCTAssertEqual(err, "", "example \(i + 1): \(example.statement)")
      XCTAssertFalse(out.isEmpty, "example \(i + 1)")
    }
  }

  func testHelpExamplesParse() {
    for topic in HelpText.topics {
      for example in topic.examples {
        XCTAssertEqual(Parser.parse(example).diagnostics, [], example)
      }
    }
  }

  func testLetNamesAreRecordedForCompletion() throws {
    let repl = try makeREPL()
    repl.execute("let recent = sessions where date >= 2016-06-01")
    repl.execute("let recentMicro = recent where type=micro")
    XCTAssertEqual(repl.lets, ["recent": "sessions", "recentMicro": "sessions"])
    repl.execute("let broken = nosuchtable")
    XCTAssertNil(repl.lets["broken"])
  }

  func testOutputGoesToAFileAndRefusesToOverwrite() throws {
    let repl = try makeREPL()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("answers.txt").path

    XCTAssertTrue(repl.perform(".output \(path)"))
    repl.execute("count sessions")
    XCTAssertFalse(FileManager.default.fileExists(atPath: path), "written under a temporary name")
    XCTAssertTrue(repl.perform(".output"))
    let written = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(written.contains("485"), written)
    XCTAssertFalse(out.contains("485"), "nothing on the screen")

    XCTAssertTrue(repl.perform(".output \(path)"))
    XCTAssertTrue(err.contains("exists"), err)
    XCTAssertTrue(repl.perform(".output \(path) --force"))
    repl.execute("count members")
    try repl.sink.close()
    XCTAssertFalse(try String(contentsOfFile: path, encoding: .utf8).contains("485"))
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.path), ["answers.txt"],
      "no temporary file left")
  }

  func testSettingsCommands() throws {
    let repl = try makeREPL()
    XCTAssertTrue(repl.perform(".format csv"))
    XCTAssertEqual(repl.shell.format, .csv)
    XCTAssertTrue(repl.perform(".maxrows 5"))
    XCTAssertEqual(repl.shell.options.maxRows, 5)
    XCTAssertTrue(repl.perform(".set month 2016-11"))
    XCTAssertEqual(repl.shell.session.parameters["month"], "2016-11")
    XCTAssertTrue(repl.perform(".timer on"))
    XCTAssertTrue(repl.timer)
    XCTAssertTrue(repl.perform(".thousands on"))
    XCTAssertTrue(repl.shell.options.thousands)
    XCTAssertTrue(repl.perform(".thousands off"))
    XCTAssertFalse(repl.shell.options.thousands)
    XCTAssertFalse(repl.perform(".quit"))
    err = ""
    XCTAssertTrue(repl.perform(".tabels"))
    XCTAssertTrue(err.contains("did you mean '.tables'?"), err)
  }
}
