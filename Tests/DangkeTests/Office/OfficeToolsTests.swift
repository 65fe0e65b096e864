import Foundation
import TestSupport
import XCTest

/// How real office software sees what Dangke writes: LibreOffice converts a written workbook
/// to CSV with the same cells as `--format csv`, and headless Chromium opens the HTML report,
/// whose DOM holds every answer cell, and takes its screenshot. Each test is skipped, with
/// the reason printed, only when its program is not installed (`.ci/run` installs both).
final class OfficeToolsTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ProcessRunner.temporaryDirectory()
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Runs an office program in the test's folder, with that folder as HOME (LibreOffice and
  /// Chromium write their profiles there), stopped after two minutes; its standard output.
  @discardableResult
  private func office(_ program: URL, _ args: [String]) throws -> String {
    try ProcessRunner.run(
      program, args, environment: ["HOME": folder.path], directory: folder, timeout: 120
    ).stdout
  }

  /// RFC 4180 records of `text`.
  static func records(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.append("\"")
            chars = chars.dropFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" || c == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else if c != "\r" {
        field.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }

  /// Whether LibreOffice's cell shows Dangke's value: the same text, the same number (to the
  /// 15 significant digits a spreadsheet keeps; a percentage is its fraction), or the same
  /// boolean in capitals.
  static func same(_ office: String, _ dangke: String) -> Bool {
    if office == dangke || office.lowercased() == dangke { return true }
    var text = office
    var scale = 1.0
    if text.hasSuffix("%") {
      text.removeLast()
      scale = 0.01
    }
    guard let a = Double(text).map({ $0 * scale }), let b = Double(dangke) else { return false }
    return abs(a - b) <= 1e-12 * max(1, abs(b))
  }

  func testLibreOfficeSeesTheCellsOfFormatCSV() throws {
    guard let soffice = ProcessRunner.which("soffice") else {
      print("skipped: soffice is not installed (Debian: libreoffice-calc-nogui)")
      throw XCTSkip("soffice is not installed")
    }
    for (script, args) in try OfficeCLITests.examples()
    where script.hasSuffix("monthly-report.dk") || script.hasSuffix("annual-hours.dk") {
      let book = path("answers.xlsx")
      try? FileManager.default.removeItem(atPath: book)
      let written = try DangkeProcess.run(["run", script] + args + ["--out", book])
      XCTAssertEqual(written.status, 0, written.stderr)
      let csv = try DangkeProcess.run(["run", script] + args + ["--format", "csv"])
      var expected = Self.records(csv.stdout)[...]
      // Each sheet's file is named after it; `check` lists the sheets in order with their rows.
      let outDir = folder.appendingPathComponent("lo-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: outDir, withIntermediateDirectories: true)
      try office(
        soffice,
        [
          "--headless", "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir", outDir.path, book,
        ])
      let report = try DangkeProcess.run(["check", book]).stdout
      var sheets = 0
      for line in report.split(separator: "\n") where line.hasSuffix(", xlsx") {
        guard let at = line.range(of: "answers.xlsx:") else { continue }
        let sheet = String(line[at.upperBound...].dropLast(", xlsx".count))
        let rows = Int(line.split(separator: ":")[1].split(separator: " ")[0]) ?? 0
        let file = outDir.appendingPathComponent("answers-\(sheet).csv").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let office = Self.records(text)
        let answer = Array(expected.prefix(rows + 1))
        expected = expected.dropFirst(rows + 1)
        XCTAssertEqual(office.count, answer.count, "\(script): sheet \(sheet)")
        for (o, d) in zip(office, answer) {
          XCTAssertEqual(o.count, d.count, "\(script): sheet \(sheet) row \(d)")
          for (a, b) in zip(o, d) where !Self.same(a, b) {
            XCTFail("\(script): sheet \(sheet): LibreOffice shows \(a), --format csv \(b)")
          }
        }
        sheets += 1
      }
      XCTAssertGreaterThan(sheets, 2, script)
      XCTAssertTrue(expected.isEmpty, "\(script): answers left over: \(expected)")
    }
  }

  func testChromiumOpensTheReportWithEveryCell() throws {
    guard let chromium = ProcessRunner.which("chromium") ?? ProcessRunner.which("chromium-browser")
    else {
      print("skipped: chromium is not installed (Debian: chromium)")
      throw XCTSkip("chromium is not installed")
    }
    let script = Repository.root.appendingPathComponent("examples/monthly-report.dk").path
    let page = path("report.html")
    let r = try DangkeProcess.run(["run", script, "--set", "month=2016-11", "--out", page])
    XCTAssertEqual(r.status, 0, r.stderr)
    let dom = try office(
      chromium,
      ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + page])
    XCTAssertTrue(dom.contains("<h1>Monthly training report"), dom)
    // Every cell of every answer, as the display formats (markdown) show it.
    let markdown = try DangkeProcess.run(
      ["run", script, "--set", "month=2016-11", "--format", "markdown"])
    var cells = 0
    for line in markdown.stdout.split(separator: "\n") where line.hasPrefix("| ") {
      if line.hasPrefix("| -") { continue }
      for cell in line.dropFirst(2).dropLast(2).components(separatedBy: " | ") {
        let text = cell.trimmingCharacters(in: .whitespaces)
        XCTAssertTrue(
          dom.contains(">\(text)</td>") || dom.contains(">\(text)</th>"), "missing cell \(text)")
        cells += 1
      }
    }
    XCTAssertGreaterThan(cells, 30)
    let shot = path("report.png")
    try office(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--screenshot=" + shot,
        "--window-size=1000,1400", "file://" + page,
      ])
    let png = try Data(contentsOf: URL(fileURLWithPath: shot))
    XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    XCTAssertGreaterThan(png.count, 20_000)
  }
}
