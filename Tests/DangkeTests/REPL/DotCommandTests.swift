import Lang
import TestSupport
import XCTest

@testable import dangke

/// The dot-command table: each command, what its arguments parse into, and the errors with
/// did-you-mean.
final class DotCommandTests: XCTestCase {
  /// The row `line` finds and what its words parse into, as `A`.
  private func parse<A>(_ line: String, as: A.Type = A.self) throws -> (String, A) {
    do {
      let found = try DotCommand.parse(line)
      let arguments = try XCTUnwrap(
        found.action.arguments as? A, "\(line): \(found.action.arguments)")
      return (found.command.name, arguments)
    } catch let error as DotCommandError {
      XCTFail("'\(line)': \(error.message)")
      throw error
    }
  }

  private func name(_ line: String) throws -> String {
    try DotCommand.parse(line).command.name
  }

  private func error(_ line: String) -> String? {
    do {
      _ = try DotCommand.parse(line)
      return nil
    } catch {
      return error.message
    }
  }

  func testCommandsAndArguments() throws {
    XCTAssertEqual(try parse(".help", as: String?.self).1, nil)
    XCTAssertEqual(try parse("  .help Count ", as: String?.self).1, "count")
    XCTAssertEqual(try name(".h"), ".help")
    XCTAssertEqual(try name(".?"), ".help")
    XCTAssertEqual(try name(".tables"), ".tables")
    XCTAssertEqual(try parse(".schema", as: String?.self).1, nil)
    XCTAssertEqual(try parse(".schema sessions", as: String?.self).1, "sessions")
    XCTAssertEqual(
      try parse(".load data/a.csv \"my data/b.csv\"", as: [String].self).1,
      ["data/a.csv", "my data/b.csv"])
    XCTAssertEqual(try name(".report"), ".report")
    XCTAssertEqual(try parse(".format CSV", as: OutputFormat?.self).1, .csv)
    XCTAssertEqual(try parse(".mode json", as: OutputFormat?.self).0, ".format")
    XCTAssertEqual(try parse(".format", as: OutputFormat?.self).1, nil)
    XCTAssertEqual(try parse(".maxrows 10", as: Int??.self).1, .some(10))
    XCTAssertEqual(try parse(".maxrows 0", as: Int??.self).1, .some(nil))
    XCTAssertEqual(try parse(".maxrows off", as: Int??.self).1, .some(nil))
    XCTAssertEqual(try parse(".maxrows", as: Int??.self).1, .none)
    XCTAssertEqual(try parse(".timer on", as: Bool.self).1, true)
    XCTAssertEqual(try parse(".timer OFF", as: Bool.self).1, false)
    XCTAssertEqual(try parse(".labels on", as: Bool.self).1, true)
    XCTAssertEqual(try parse(".labels off", as: Bool.self).1, false)
    XCTAssertEqual(try parse(".thousands on", as: Bool.self).1, true)
    XCTAssertEqual(try parse(".thousands OFF", as: Bool.self).1, false)
    XCTAssertEqual(
      try parse(".output out.csv", as: FileTarget?.self).1,
      FileTarget(path: "out.csv", force: false))
    XCTAssertEqual(
      try parse(".output out.csv --force", as: FileTarget?.self).1,
      FileTarget(path: "out.csv", force: true))
    XCTAssertEqual(try parse(".output", as: FileTarget?.self).1, nil)
    XCTAssertEqual(
      try parse(".once a.xlsx", as: FileTarget.self).1, FileTarget(path: "a.xlsx", force: false))
    let run = try parse(
      ".run report.dk month=2016-11 $org=寿益坊", as: (String, [String: String]).self)
    XCTAssertEqual(run.1.0, "report.dk")
    XCTAssertEqual(run.1.1, ["month": "2016-11", "org": "寿益坊"])
    let set = try parse(".set month 2016-11", as: (String, String)?.self).1
    XCTAssertEqual(set?.0, "month")
    XCTAssertEqual(set?.1, "2016-11")
    let spaced = try parse(".set $who 王 小明", as: (String, String)?.self).1
    XCTAssertEqual(spaced?.0, "who")
    XCTAssertEqual(spaced?.1, "王 小明")
    XCTAssertNil(try parse(".set", as: (String, String)?.self).1)
    XCTAssertEqual(try parse(".print 月度  \"报告 A\"", as: String.self).1, "月度 报告 A")
    XCTAssertEqual(try parse(".print", as: String.self).1, "")
    XCTAssertEqual(try parse(".example", as: Int?.self).1, nil)
    XCTAssertEqual(try parse(".example 3", as: Int?.self).1, 3)
    XCTAssertEqual(try parse(".examples 3", as: Int?.self).0, ".example")
    XCTAssertEqual(try parse(".lang zh", as: Language?.self).1, .zh)
    XCTAssertEqual(try parse(".language", as: Language?.self).1, nil)
    XCTAssertEqual(try name(".quit"), ".quit")
    XCTAssertEqual(try name(".exit"), ".quit")
    XCTAssertEqual(try name(".q"), ".quit")
  }

  /// Every name, alias and hidden spelling belongs to one row only.
  func testNamesAreUnique() {
    let spellings = DotCommand.all.flatMap { $0.names + $0.hidden }
    XCTAssertEqual(spellings.count, Set(spellings).count, spellings.description)
    XCTAssertTrue(spellings.allSatisfy { $0.hasPrefix(".") && $0 == $0.lowercased() })
  }

  /// README's table of commands has a line for every row.
  func testTheReadmeListsEveryCommand() throws {
    let readme = try String(
      contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    for command in DotCommand.all {
      XCTAssertTrue(
        readme.contains("\n| `\(command.name)"), "README.md: no row for \(command.name)")
    }
  }

  func testUnknownCommandSuggestsTheClosest() {
    XCTAssertEqual(
      error(".tabels"),
      "unknown command '.tabels'; did you mean '.tables'? (.help lists the commands)")
    XCTAssertEqual(
      error(".formt csv"),
      "unknown command '.formt'; did you mean '.format'? (.help lists the commands)")
    XCTAssertEqual(error(".zzzzzz"), "unknown command '.zzzzzz' (.help lists the commands)")
  }

  func testWrongArgumentsSayTheUsage() {
    XCTAssertEqual(error(".timer maybe"), "usage: .timer on|off")
    XCTAssertEqual(error(".labels"), "usage: .labels on|off")
    XCTAssertEqual(error(".thousands 3"), "usage: .thousands on|off")
    XCTAssertEqual(error(".maxrows -3"), "usage: .maxrows N (0 or off: show every row)")
    XCTAssertEqual(error(".load"), "usage: .load PATH…")
    XCTAssertEqual(error(".run"), "usage: .run FILE [name=value…]")
    XCTAssertEqual(error(".set month"), "usage: .set NAME VALUE")
    XCTAssertEqual(error(".example zero"), "usage: .example [N]")
    XCTAssertEqual(error(".tables extra"), "usage: .tables")
    XCTAssertEqual(
      error(".output --force"), "usage: .output FILE [--force], or .output to go back to the screen"
    )
    XCTAssertEqual(
      error(".format cvs"),
      "unknown format 'cvs'; did you mean 'csv'? (table, csv, json, markdown, chart, xlsx, html or line)"
    )
    XCTAssertEqual(
      error(".run x.dk month"), "parameters are name=value, e.g. month=2016-11 (got 'month')")
    XCTAssertEqual(error(".load \"open"), "unclosed quote")
    XCTAssertEqual(error(".once"), "usage: .once FILE [--force]")
    XCTAssertEqual(error(".once a.csv b.csv"), "usage: .once FILE [--force]")
  }

  func testIsDot() {
    XCTAssertTrue(DotCommand.isDot(".help"))
    XCTAssertTrue(DotCommand.isDot("   .tables"))
    XCTAssertFalse(DotCommand.isDot("count sessions"))
    XCTAssertFalse(DotCommand.isDot(""))
  }

  func testHelpTopics() throws {
    let count = try XCTUnwrap(HelpText.text(for: "count"))
    XCTAssertTrue(count.contains("count sessions where type=micro by month"), count)
    XCTAssertEqual(HelpText.text(for: "avg"), HelpText.text(for: "sum"))
    XCTAssertEqual(HelpText.text(for: ".timer"), HelpText.text(for: "timer"))
    XCTAssertTrue(try XCTUnwrap(HelpText.text(for: "timer")).hasPrefix(".timer on|off"))
    XCTAssertNil(HelpText.text(for: "nonsense"))
    for command in DotCommand.all {
      XCTAssertTrue(HelpText.overview.contains(command.name), command.name)
      for name in command.names + command.hidden {
        XCTAssertEqual(
          HelpText.text(for: name),
          command.usage().description + "  " + command.help().description + "\n", name)
      }
    }
    XCTAssertEqual(
      HelpText.text(for: "once"),
      ".once FILE [--force]  write only the next answer to FILE, in the format of its "
        + "extension (.csv, .xlsx …)\n")
  }
}
