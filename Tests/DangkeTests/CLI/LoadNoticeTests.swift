import Foundation
import TestSupport
import XCTest

/// What the command line says about a load that needed care: `-c`, piped statements and
/// `run` print one line on stderr when the data loaded with warnings; `check` aligns Chinese
/// column names; a data path that names nothing is said to be not found.
final class LoadNoticeTests: XCTestCase {
  /// A folder `office` with a CSV that loads with 3 warnings (values trimmed, a marker read
  /// as missing, a total row left out), and the temporary directory holding it.
  private func office() throws -> URL {
    let dir = try ProcessRunner.temporaryDirectory()
    let folder = dir.appendingPathComponent("office")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "id,姓名,学时\n1,张三 ,2\n2,李四,N/A\n合计,,2\n".write(
      to: folder.appendingPathComponent("members.csv"), atomically: true, encoding: .utf8)
    return dir
  }

  func testOneQuerySaysHowManyLoadWarnings() throws {
    let dir = try office()
    let r = try DangkeProcess.run(["office", "-c", "count members"], directory: dir)
    XCTAssertEqual(r.stdout, "count\n-----\n    2\n(1 row)\n")
    XCTAssertEqual(r.stderr, "dangke: warning[W1269]: 3 load warnings — dangke check office\n")
    XCTAssertEqual(r.status, 0)
    let zh = try DangkeProcess.run(
      ["--lang", "zh", "office", "-c", "count members"], directory: dir)
    XCTAssertEqual(zh.stderr, "dangke: 警告[W1269]：加载时有 3 条警告——详见 dangke check office\n")
  }

  func testPipedStatementsAndRunSayItToo() throws {
    let dir = try office()
    let piped = try DangkeProcess.run(
      ["--data", "office/members.csv"], input: "count members\n", directory: dir)
    XCTAssertEqual(
      piped.stderr, "dangke: warning[W1269]: 3 load warnings — dangke check office/members.csv\n")
    try "count members\n".write(
      to: dir.appendingPathComponent("r.dk"), atomically: true, encoding: .utf8)
    let run = try DangkeProcess.run(["run", "r.dk", "--data", "office"], directory: dir)
    XCTAssertEqual(run.stderr, "dangke: warning[W1269]: 3 load warnings — dangke check office\n")
    XCTAssertEqual(run.status, 0)
  }

  func testNoLineWithoutWarnings() throws {
    let r = try DangkeProcess.run(["examples/data/kangjian", "-c", "count sessions"])
    XCTAssertEqual(r.stderr, "")
  }

  func testCheckAlignsChineseColumnNamesByDisplayWidth() throws {
    let dir = try office()
    let r = try DangkeProcess.run(["check", "office"], directory: dir)
    XCTAssertEqual(
      r.stdout,
      """
      office: 1 table

      members: 2 rows, office/members.csv, utf-8
        id    integer
        姓名  text
        学时  integer

      3 warnings:
      office/members.csv:4: warning[W1262]: line 4 is a total row ("合计"), left out; set "total": "keep" for table members in schema.json to keep it
      office/members.csv: warning[W1260]: column 姓名: 1 value had spaces at the start or end, which were removed
      office/members.csv: warning[W1261]: column 学时: 1 cell read as missing (N/A), so the column stays integer

      """)
  }

  func testAMissingFolderSuggestsTheNearestName() throws {
    let dir = try office()
    let r = try DangkeProcess.run(["ofice", "-c", "count members"], directory: dir)
    XCTAssertEqual(
      r.stderr, "dangke: ofice: error[E0401]: folder not found\n  hint: did you mean 'office'?\n")
    XCTAssertEqual(r.status, 3)
  }
}
