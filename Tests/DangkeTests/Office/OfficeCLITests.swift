import Foundation
import TestSupport
import XCTest

/// Workbooks and HTML reports through the real binary: every example report written as a
/// workbook reads back with the same rows; the sample as a workbook loads with the same
/// figures; old and damaged workbooks end with status 3 and say what to do.
final class OfficeCLITests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ProcessRunner.temporaryDirectory()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// The example scripts (absolute paths), each with the arguments after its path in the
  /// command of its first comment line (read as the golden tests read it).
  static func examples() throws -> [(script: String, args: [String])] {
    try ExampleScript.all(root: Repository.root).map { example in
      (Repository.path(example.path), Array(example.arguments.dropFirst(2)))
    }
  }

  /// The tables `dangke check` lists for a data source, in order.
  static func tableNames(_ data: String) throws -> [String] {
    let r = try DangkeProcess.run(["check", data])
    XCTAssertEqual(r.status, 0, r.stderr)
    return r.stdout.split(separator: "\n").compactMap { line -> String? in
      guard !line.hasPrefix(" "), line.contains(" rows, ") || line.contains(" row, ") else {
        return nil
      }
      return String(line.prefix { $0 != ":" && $0 != " " })
    }
  }

  func testEveryExampleReportRoundTripsThroughAWorkbook() throws {
    let examples = try Self.examples()
    XCTAssertGreaterThanOrEqual(examples.count, 5)
    for (script, args) in examples {
      let book = path("answers.xlsx")
      try? FileManager.default.removeItem(atPath: book)
      let written = try DangkeProcess.run(["run", script] + args + ["--out", book])
      XCTAssertEqual(written.status, 0, written.stderr)
      XCTAssertEqual(written.stdout, "")
      let csv = try DangkeProcess.run(["run", script] + args + ["--format", "csv"])
      XCTAssertEqual(csv.status, 0, csv.stderr)
      var back = ""
      let names = try Self.tableNames(book)
      XCTAssertFalse(names.isEmpty, script)
      for name in names {
        let r = try DangkeProcess.run(["--data", book, "-c", "list \(name)", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        back += r.stdout
      }
      XCTAssertEqual(back, csv.stdout, script)
    }
  }

  func testGeneratedWorkbookLoadsWithTheSameFigures() throws {
    let out = path("sample")
    let r = try DangkeProcess.run(["generate", "--format", "xlsx", "--out", out])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: out).sorted(),
      ["kangjian.xlsx", "schema.json"])
    let query = """
      count sessions
      count attendance
      sum hours of attendance
      count members where exempt = true
      count sessions by year
      count attendance by member.category
      """
    let fromBook = try DangkeProcess.run(["--data", out, "--format", "csv"], input: query)
    let fromSample = try DangkeProcess.run(["--format", "csv"], input: query)
    XCTAssertEqual(fromBook.status, 0, fromBook.stderr)
    XCTAssertEqual(fromBook.stdout, fromSample.stdout)
    XCTAssertTrue(fromBook.stdout.hasPrefix("count\n485\ncount\n24437\n"), fromBook.stdout)
  }

  func testOldFormatWorkbookEndsWithStatus3() throws {
    var ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    ole += [UInt8](repeating: 0, count: 504)
    FileManager.default.createFile(atPath: path("花名册.xls"), contents: Data(ole))
    let r = try DangkeProcess.run(["--data", path("花名册.xls"), "-c", "count 花名册"])
    XCTAssertEqual(r.status, 3)
    XCTAssertEqual(
      r.stderr.replacingOccurrences(of: folder.path, with: "$F"),
      """
      dangke: $F/花名册.xls: error[E0701]: '花名册.xls' is an old-format workbook (.xls), which Dangke cannot read
        hint: open it in Excel or WPS and save it as an Excel workbook (.xlsx)

      """)
  }

  func testAWorkbookNeedsAFile() throws {
    let r = try DangkeProcess.run(["-c", "count sessions", "--format", "xlsx"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E0711]: a workbook (xlsx) is written to a file: add --out FILE.xlsx\n")
    let asked = try DangkeProcess.run(["-c", "count sessions as xlsx"])
    XCTAssertEqual(asked.status, 1)
    XCTAssertEqual(
      asked.stderr,
      DangkeProcess.sampleNote + """
        error[E0711]: a workbook (xlsx) is written to a file: add --out FILE.xlsx
         --> line 1, column 1
          |
        1 | count sessions as xlsx
          | ^^^^^^^^^^^^^^^^^^^^^^

        """)
  }

  func testHTMLReportEscapesTextAndNeedsNoNetwork() throws {
    let script = path("r.dk")
    try """
    # Report <b>&</b> "quoted"
    #
    # An introduction.

    # Venues <i>by</i> kind
    count sessions by venue
    """.write(toFile: script, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["run", script, "--out", path("r.html")])
    XCTAssertEqual(r.status, 0, r.stderr)
    let page = try String(contentsOfFile: path("r.html"), encoding: .utf8)
    XCTAssertTrue(
      page.contains("<title>Report &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot;</title>"))
    XCTAssertTrue(page.contains("<h2>Venues &lt;i&gt;by&lt;/i&gt; kind</h2>"))
    XCTAssertTrue(page.contains("<p class=\"intro\">An introduction.</p>"))
    XCTAssertTrue(page.contains("<td>fixed</td><td class=\"n\">285</td>"))
    XCTAssertTrue(page.contains("<svg class=\"chart\""))
    XCTAssertFalse(page.contains("<b>"))
    XCTAssertFalse(page.contains("<script"))
    XCTAssertFalse(page.contains("http://") && !page.contains("http://www.w3.org/2000/svg"))
    XCTAssertFalse(page.contains("https://"))
    XCTAssertTrue(page.contains("\"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\""))
    XCTAssertTrue(page.contains("@page { size: A4;"))
    XCTAssertTrue(page.contains("<p>数据来源 Data source: 康健街道社区党校 (sample)</p>"))
  }

  func testMaskingAndLabelsInAWorkbook() throws {
    let book = path("m.xlsx")
    let r = try DangkeProcess.run(
      ["-c", "list name, phone, category of members limit 2", "--labels", "--out", book])
    XCTAssertEqual(r.status, 0, r.stderr)
    let back = try DangkeProcess.run(["--data", book, "-c", "list m", "--format", "csv"])
    XCTAssertEqual(
      back.stdout, "姓名,手机号码,类别\n江静欣,187****1889,街道党工委班子\n张鹏俊,152****6060,街道党工委班子\n")
  }
}
