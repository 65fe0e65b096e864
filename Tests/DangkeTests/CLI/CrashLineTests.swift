import Foundation
import TestSupport
import XCTest

/// A crash prints one line a user can act on before the runtime's backtrace (issue #17).
/// Debug builds crash on purpose with DANGKE_TEST_CRASH (a failed bounds check, abort(), a
/// segmentation fault).
final class CrashLineTests: XCTestCase {
  private var version: String {
    let line = (try? DangkeProcess.run(["--version"]).stdout) ?? ""
    return line.trimmingCharacters(in: .whitespacesAndNewlines)  // "dangke 0.19.0"
  }

  private var english: String {
    "dangke: error[E1219]: \(version) stopped on an internal error (a bug, not a mistake of"
      + " yours): please report the query you ran and the output of `dangke --version`; the"
      + " details below help to find the cause"
  }

  private func crash(_ how: String, lang: String = "C.UTF-8") throws -> ProcessOutput {
    try DangkeProcess.run(
      ["-c", "count sessions"],
      environment: [
        "DANGKE_TEST_CRASH": how, "LANG": lang,
        "SWIFT_BACKTRACE": "enable=yes,symbolicate=off,interactive=no",
      ])
  }

  func testFailedCheckPrintsTheLineFirst() throws {
    let out = try crash("trap")
    XCTAssertNotEqual(out.status, 0)
    let lines = out.stderr.split(separator: "\n").map(String.init)
    // The runtime's own "Fatal error" line comes first (written before it traps), then
    // ours, then the backtrace.
    XCTAssertEqual(
      lines.prefix(2),
      ["Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range", english])
    XCTAssertEqual(out.stdout, "")
  }

  func testAbortPrintsTheLineInChinese() throws {
    let out = try crash("abort", lang: "zh_CN.UTF-8")
    XCTAssertNotEqual(out.status, 0)
    XCTAssertEqual(
      out.stderr.split(separator: "\n").first.map(String.init),
      "dangke: 错误[E1219]：\(version) 因内部错误停止了（这是程序的缺陷，不是你的错）：请报告你运行的查询和"
        + " `dangke --version` 的输出；下面的详细信息有助于找到原因")
  }

  func testSegmentationFaultPrintsTheLineOnce() throws {
    let out = try crash("segv")
    XCTAssertNotEqual(out.status, 0)
    XCTAssertEqual(out.stderr.split(separator: "\n").first.map(String.init), english)
    XCTAssertEqual(out.stderr.components(separatedBy: "E1219").count, 2, out.stderr)
  }
}
