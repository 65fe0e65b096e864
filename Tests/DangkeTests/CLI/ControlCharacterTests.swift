import Foundation
import TestSupport
import XCTest

/// Control characters from data never reach a terminal raw: table, markdown and html show
/// them (ESC as ␛, a C1 control as `\x9B`), json escapes them, and csv shows them on a
/// terminal while a pipe or a file gets the data as it is.
final class ControlCharacterTests: XCTestCase {
  /// A temporary folder with `ctl.csv`: an escape sequence and a bell, and a C1 control.
  private func data() throws -> URL {
    let dir = try ProcessRunner.temporaryDirectory()
    try Data("id,name\n1,\"a\u{1B}[31mred\u{07}\"\n2,x\u{9B}y\n".utf8).write(
      to: dir.appendingPathComponent("ctl.csv"))
    return dir
  }

  private func run(_ format: String, in dir: URL) throws -> String {
    try DangkeProcess.run(["ctl.csv", "--format", format, "-c", "list ctl"], directory: dir).stdout
  }

  func testTableAndMarkdownShowControlCharacters() throws {
    let dir = try data()
    XCTAssertEqual(
      try run("table", in: dir),
      "id  name\n--  ----------\n 1  a\u{241B}[31mred\u{2407}\n 2  x\\x9By\n(2 rows)\n")
    XCTAssertEqual(
      try run("markdown", in: dir),
      "|  id | name       |\n| --: | ---------- |\n|   1 | a\u{241B}[31mred\u{2407} |\n"
        + "|   2 | x\\x9By     |\n")
    XCTAssertTrue(try run("html", in: dir).contains("<td>a\u{241B}[31mred\u{2407}</td>"))
  }

  func testJSONEscapesThem() throws {
    XCTAssertEqual(
      try run("json", in: try data()),
      "[\n{\"id\":1,\"name\":\"a\\u001b[31mred\\u0007\"},\n{\"id\":2,\"name\":\"x\\u009by\"}\n]\n")
  }

  func testCSVKeepsThemForAPipeAndShowsThemOnATerminal() throws {
    let dir = try data()
    XCTAssertEqual(try run("csv", in: dir), "id,name\n1,a\u{1B}[31mred\u{07}\n2,x\u{9B}y\n")
    // `script` runs dangke with a terminal as standard output (which ends lines with CR LF).
    let command = "'\(Repository.dangke.path)' ctl.csv --format csv -c 'list ctl'"
    let terminal = try ProcessRunner.run(
      URL(fileURLWithPath: "/usr/bin/script"), ["-qc", command, "/dev/null"],
      environment: ["NO_COLOR": "1", "LANG": "C.UTF-8"], directory: dir)
    XCTAssertEqual(
      terminal.stdout, "id,name\r\n1,a\u{241B}[31mred\u{2407}\r\n2,x\\x9By\r\n")
  }
}
