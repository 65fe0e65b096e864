import Foundation
import TestSupport
import XCTest

/// Issue 17: a script saved with a byte order mark failed at 1:1; a GBK script gave nonsense.
/// A leading UTF-8 BOM is skipped in a script file, on standard input and in `-c`; bytes that
/// are not UTF-8 are an error naming the file, line and column, saying GBK when they read as
/// GBK, and nothing runs.
final class ScriptEncodingTests: XCTestCase {
  private let answer = "count\n-----\n   40\n(1 row)\n"

  private func script(_ bytes: [UInt8]) throws -> String {
    let folder = try ProcessRunner.temporaryDirectory()
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report.dk").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The reproduction: a script file that starts with a BOM.
  func testAByteOrderMarkIsSkippedInAScript() throws {
    let path = try script([0xEF, 0xBB, 0xBF] + Array("count orgs\n".utf8))
    let result = try DangkeProcess.run(["run", path])
    XCTAssertEqual(result.stdout, answer)
    XCTAssertEqual(result.status, 0)
  }

  /// Variations: on standard input and at the start of `-c`.
  func testAByteOrderMarkIsSkippedOnStandardInputAndInCommands() throws {
    let piped = try DangkeProcess.run([], input: "\u{FEFF}count orgs\n")
    XCTAssertEqual(piped.stdout, answer)
    XCTAssertEqual(piped.status, 0)
    let command = try DangkeProcess.run(["-c", "\u{FEFF}count orgs"])
    XCTAssertEqual(command.stdout, answer)
    XCTAssertEqual(command.status, 0)
  }

  /// The reproduction: a script saved as GBK (张伟 in a condition on line 2).
  func testAGBKScriptIsRefusedWithItsPlaceAndWhatToDo() throws {
    let gbk: [UInt8] = [0xD5, 0xC5, 0xCE, 0xB0]
    let path = try script(
      Array("count orgs\ncount members where name = \"".utf8) + gbk + [0x22, 0x0A])
    let result = try DangkeProcess.run(["run", path])
    XCTAssertEqual(result.stdout, "")
    XCTAssertEqual(
      result.stderr.replacingOccurrences(of: path, with: "report.dk"),
      """
      dangke: error[E1245]: report.dk:2:29: the script is not UTF-8 text (byte 0xD5)
      it looks saved as GBK (ANSI on a Chinese Windows); save it again as UTF-8 (Notepad: File > Save As, Encoding: UTF-8)

      """)
    XCTAssertEqual(result.status, 2)
    let zh = try DangkeProcess.run(["run", path], environment: ["LANG": "zh_CN.UTF-8"])
    XCTAssertEqual(
      zh.stderr.replacingOccurrences(of: path, with: "report.dk"),
      """
      dangke: 错误[E1245]：report.dk:2:29：脚本不是 UTF-8 文本（字节 0xD5）
      它像是存成了 GBK（中文 Windows 的 ANSI）；请另存为 UTF-8（记事本：文件 > 另存为，编码选 UTF-8）

      """)
  }

  /// Variations: bytes that are neither UTF-8 nor GBK (a stray 0xFF), and a BOM followed by
  /// GBK (the line and column count from after the mark; 统 in GBK, CD B3, happens to be
  /// valid UTF-8, so the first bad byte is the first of 计, BC C6, in column 5).
  func testOtherBytesAreRefusedToo() throws {
    let stray = try script(Array("count orgs\n".utf8) + [0xFF, 0x0A])
    let result = try DangkeProcess.run(["run", stray])
    XCTAssertEqual(
      result.stderr.replacingOccurrences(of: stray, with: "report.dk"),
      """
      dangke: error[E1245]: report.dk:2:1: the script is not UTF-8 text (byte 0xFF)
      save it again as UTF-8

      """)
    XCTAssertEqual(result.status, 2)
    let marked = try script(
      [0xEF, 0xBB, 0xBF] + Array("# 统计\n".utf8).prefix(2) + [0xCD, 0xB3, 0xBC, 0xC6, 0x0A])
    let second = try DangkeProcess.run(["run", marked])
    XCTAssertEqual(
      second.stderr.replacingOccurrences(of: marked, with: "report.dk"),
      """
      dangke: error[E1245]: report.dk:1:5: the script is not UTF-8 text (byte 0xBC)
      it looks saved as GBK (ANSI on a Chinese Windows); save it again as UTF-8 (Notepad: File > Save As, Encoding: UTF-8)

      """)
  }
}
