import Foundation
import TestSupport
import XCTest

/// With `--format json`, errors and warnings go to standard error as JSON lines with the
/// fields code, severity, message, hint, file, line and column.
final class JSONErrorTests: XCTestCase {
  private func objects(_ stderr: String) throws -> [[String: Any]] {
    try stderr.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      return try XCTUnwrap(object as? [String: Any], String(line))
    }
  }

  func testUsageErrorAsOneJSONLine() throws {
    let r = try DangkeProcess.run(["--format", "json", "--set", "x", "-c", "count sessions"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      #"{"code":"E0650","severity":"error","message":"--set takes NAME=VALUE, e.g. --set month=2016-11 (got 'x')","hint":"run 'dangke --help' for usage","file":null,"line":null,"column":null}"#
        + "\n")
  }

  func testQueryErrorWithPlaceAndHint() throws {
    let r = try DangkeProcess.run(["--format", "json", "-c", "count sessions\ncount sesions"])
    XCTAssertEqual(r.status, 1)
    XCTAssertEqual(r.stdout, "[\n{\"count\":485}\n]\n")
    let lines = try objects(r.stderr)
    XCTAssertEqual(lines.count, 2, r.stderr)
    // The built-in sample's note comes first: no --data, and stdin is not a terminal.
    XCTAssertEqual(lines[0]["code"] as? String, "W1150")
    XCTAssertEqual(lines[0]["severity"] as? String, "warning")
    let error = lines[1]
    XCTAssertEqual(error["severity"] as? String, "error")
    XCTAssertEqual(error["line"] as? Int, 2)
    XCTAssertEqual(error["column"] as? Int, 7)
    XCTAssertTrue(error["file"] is NSNull)
    XCTAssertTrue((error["message"] as? String)?.contains("sesions") == true, r.stderr)
    XCTAssertTrue((error["hint"] as? String)?.contains("sessions") == true, r.stderr)
    XCTAssertEqual(
      Set(error.keys), ["code", "severity", "message", "hint", "file", "line", "column"])
  }

  func testScriptErrorNamesTheFileAndDataErrorTheFolder() throws {
    let folder = try ProcessRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("bad.dk")
    try "# a report\ncount sesions\n".write(to: script, atomically: true, encoding: .utf8)
    let r = try DangkeProcess.run(["run", script.path, "--format", "json"])
    XCTAssertEqual(r.status, 1)
    let error = try XCTUnwrap(try objects(r.stderr).last)
    XCTAssertEqual(error["file"] as? String, script.path)
    XCTAssertEqual(error["line"] as? Int, 2)
    let missing = try DangkeProcess.run(["/no/such/folder", "--format", "json", "-c", "count orgs"])
    XCTAssertEqual(missing.status, 3)
    let load = try XCTUnwrap(try objects(missing.stderr).first, missing.stderr)
    XCTAssertEqual(load["severity"] as? String, "error")
    XCTAssertEqual(load["file"] as? String, "/no/such/folder")
  }
}
