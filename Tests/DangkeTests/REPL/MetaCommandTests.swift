import XCTest

@testable import dangke

/// Parsing dot commands: each command, its arguments, and the errors with did-you-mean.
final class MetaCommandTests: XCTestCase {
  private func parse(_ line: String) throws -> MetaCommand {
    do {
      return try MetaCommand.parse(line)
    } catch {
      XCTFail("'\(line)': \(error.message)")
      throw error
    }
  }

  private func error(_ line: String) -> String? {
    do {
      _ = try MetaCommand.parse(line)
      return nil
    } catch {
      return error.message
    }
  }

  func testCommandsAndArguments() throws {
    XCTAssertEqual(try parse(".help"), .help(topic: nil))
    XCTAssertEqual(try parse("  .help Count "), .help(topic: "count"))
    XCTAssertEqual(try parse(".tables"), .tables)
    XCTAssertEqual(try parse(".schema"), .schema(table: nil))
    XCTAssertEqual(try parse(".schema sessions"), .schema(table: "sessions"))
    XCTAssertEqual(
      try parse(".load data/a.csv \"my data/b.csv\""),
      .load(paths: ["data/a.csv", "my data/b.csv"]))
    XCTAssertEqual(try parse(".report"), .report)
    XCTAssertEqual(try parse(".format CSV"), .format(.csv))
    XCTAssertEqual(try parse(".format"), .format(nil))
    XCTAssertEqual(try parse(".maxrows 10"), .maxRows(.some(10)))
    XCTAssertEqual(try parse(".maxrows 0"), .maxRows(.some(nil)))
    XCTAssertEqual(try parse(".maxrows off"), .maxRows(.some(nil)))
    XCTAssertEqual(try parse(".maxrows"), .maxRows(.none))
    XCTAssertEqual(try parse(".timer on"), .timer(true))
    XCTAssertEqual(try parse(".timer OFF"), .timer(false))
    XCTAssertEqual(try parse(".labels on"), .labels(true))
    XCTAssertEqual(try parse(".labels off"), .labels(false))
    XCTAssertEqual(try parse(".thousands on"), .thousands(true))
    XCTAssertEqual(try parse(".thousands OFF"), .thousands(false))
    XCTAssertEqual(try parse(".output out.csv"), .output(path: "out.csv", force: false))
    XCTAssertEqual(try parse(".output out.csv --force"), .output(path: "out.csv", force: true))
    XCTAssertEqual(try parse(".output"), .output(path: nil, force: false))
    XCTAssertEqual(
      try parse(".run report.dk month=2016-11 $org=寿益坊"),
      .run(path: "report.dk", parameters: ["month": "2016-11", "org": "寿益坊"]))
    XCTAssertEqual(try parse(".set month 2016-11"), .set(name: "month", value: "2016-11"))
    XCTAssertEqual(try parse(".set $who 王 小明"), .set(name: "who", value: "王 小明"))
    XCTAssertEqual(try parse(".set"), .listParameters)
    XCTAssertEqual(try parse(".example"), .example(nil))
    XCTAssertEqual(try parse(".example 3"), .example(3))
    XCTAssertEqual(try parse(".quit"), .quit)
    XCTAssertEqual(try parse(".exit"), .quit)
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
      "unknown format 'cvs'; did you mean 'csv'? (table, csv, json, markdown, chart, xlsx or html)")
    XCTAssertEqual(
      error(".run x.dk month"), "parameters are name=value, e.g. month=2016-11 (got 'month')")
    XCTAssertEqual(error(".load \"open"), "unclosed quote")
  }

  func testIsMeta() {
    XCTAssertTrue(MetaCommand.isMeta(".help"))
    XCTAssertTrue(MetaCommand.isMeta("   .tables"))
    XCTAssertFalse(MetaCommand.isMeta("count sessions"))
    XCTAssertFalse(MetaCommand.isMeta(""))
  }

  func testHelpTopics() throws {
    let count = try XCTUnwrap(HelpText.text(for: "count"))
    XCTAssertTrue(count.contains("count sessions where type=micro by month"), count)
    XCTAssertEqual(HelpText.text(for: "avg"), HelpText.text(for: "sum"))
    XCTAssertEqual(HelpText.text(for: ".timer"), HelpText.text(for: "timer"))
    XCTAssertTrue(try XCTUnwrap(HelpText.text(for: "timer")).hasPrefix(".timer on|off"))
    XCTAssertNil(HelpText.text(for: "nonsense"))
    for name in MetaCommand.names where name != ".exit" {
      XCTAssertTrue(HelpText.overview.contains(name), name)
      XCTAssertNotNil(HelpText.text(for: name), name)
    }
  }
}
