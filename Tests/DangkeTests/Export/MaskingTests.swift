import Foundation
import TestSupport
import XCTest

/// members.phone is personal data: masked in every format of the real binary unless
/// `--reveal`, hidden from `describe`, and still usable in filters and counts.
final class MaskingTests: XCTestCase {
  private let query = "list name, phone of members limit 3"

  private func run(_ args: [String]) throws -> ProcessOutput {
    let r = try DangkeProcess.run(args)
    let json = args.contains("json")
    XCTAssertEqual(
      r.stderr, json ? DangkeProcess.sampleNoteJSON : DangkeProcess.sampleNote,
      args.joined(separator: " "))
    XCTAssertEqual(r.status, 0, args.joined(separator: " "))
    return r
  }

  func testPhoneIsMaskedInEveryFormat() throws {
    let expected = [
      "csv": "name,phone\n江静欣,187****1889\n张鹏俊,152****6060\n陈强刚,186****4988\n",
      "json": """
      [
      {"name":"江静欣","phone":"187****1889"},
      {"name":"张鹏俊","phone":"152****6060"},
      {"name":"陈强刚","phone":"186****4988"}
      ]

      """,
      "markdown": """
      | name   | phone       |
      | ------ | ----------- |
      | 江静欣 | 187****1889 |
      | 张鹏俊 | 152****6060 |
      | 陈强刚 | 186****4988 |

      """,
      "table": """
      name    phone
      ------  -----------
      江静欣  187****1889
      张鹏俊  152****6060
      陈强刚  186****4988
      (3 rows)

      """,
    ]
    for (format, text) in expected {
      XCTAssertEqual(try run(["-c", query, "--format", format]).stdout, text, format)
    }
    // `as csv` in the query itself, and the chart format, mask too.
    XCTAssertEqual(try run(["-c", query + " as csv"]).stdout, expected["csv"])
    let chart = try run(["-c", "count members by phone order by count desc limit 3 as chart"])
    XCTAssertTrue(chart.stdout.contains("****"), chart.stdout)
    XCTAssertNil(chart.stdout.firstMatch(of: /1[3-9][0-9]{9}/), chart.stdout)
    let all = try run(["-c", "list members limit 50", "--format", "json"]).stdout
    XCTAssertNil(all.firstMatch(of: /1[3-9][0-9]{9}/), all)
  }

  func testRevealShowsPhonesInEveryFormat() throws {
    for format in ["csv", "json", "markdown", "table"] {
      let out = try run(["-c", query, "--format", format, "--reveal"]).stdout
      for phone in ["18772371889", "15238736060", "18662774988"] {
        XCTAssertTrue(out.contains(phone), "\(format): \(out)")
      }
      XCTAssertFalse(out.contains("****"), format)
    }
  }

  func testFiltersAndCountsUseTheRealNumber() throws {
    // 7237 is in the hidden middle of 187****1889: only the real number can match it.
    XCTAssertEqual(
      try run(["-c", "count members where phone ~ \"7237\""]).stdout,
      "count\n-----\n    8\n(1 row)\n")
    XCTAssertEqual(
      try run(["-c", "count members where phone ~ \"138\""]).stdout,
      "count\n-----\n  332\n(1 row)\n")
    XCTAssertEqual(
      try run(["-c", "list name of members where phone = \"18772371889\""]).stdout,
      "name\n------\n江静欣\n(1 row)\n")
    XCTAssertEqual(
      try run(["-c", "count distinct phone of members"]).stdout,
      try run(["-c", "count distinct phone of members", "--reveal"]).stdout)
    // Grouped by phone, the keys are masked but the counts are those of the real numbers.
    let grouped = try run(["-c", "count members by phone order by count desc limit 3"]).stdout
    XCTAssertTrue(grouped.contains("****"), grouped)
    XCTAssertFalse(grouped.contains("18772371889"), grouped)
  }

  func testDescribeShowsNoPhoneExamples() throws {
    let out = try run(["-c", "describe members"]).stdout
    let line = try XCTUnwrap(out.split(separator: "\n").first { $0.hasPrefix("phone ") })
    XCTAssertTrue(line.contains("sensitive"), String(line))
    XCTAssertTrue(line.hasSuffix("(hidden)"), String(line))
    XCTAssertFalse(line.contains("****"), String(line))
    XCTAssertNil(line.firstMatch(of: /1[3-9][0-9]{2}/), String(line))
  }

  func testExportedFileIsMaskedToo() throws {
    let folder = try ProcessRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("phones.csv").path
    _ = try run(["-c", query, "--format", "csv", "--out", file])
    XCTAssertEqual(
      try String(contentsOfFile: file, encoding: .utf8),
      "name,phone\n江静欣,187****1889\n张鹏俊,152****6060\n陈强刚,186****4988\n")
  }
}
