import Foundation
import TestSupport
import XCTest

/// `dangke generate --scale`: the four scales are listed, and a scale whose attendance table
/// does not fit in a worksheet is refused as a workbook before anything is generated (E1430).
final class GenerateScaleTests: XCTestCase {
  private func out() throws -> URL {
    try ProcessRunner.temporaryDirectory().appendingPathComponent("out")
  }

  func testHelpListsTheFourScales() throws {
    let r = try DangkeProcess.run(["help", "generate"])
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertTrue(
      r.stdout.contains("sample, district, city or province. (values: sample,"), r.stdout)
  }

  func testAProvinceWorkbookIsRefused() throws {
    let folder = try out()
    let r = try DangkeProcess.run(
      ["generate", "--scale", "province", "--format", "xlsx", "--out", folder.path])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(r.stdout, "")
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E1430]: the province data set has 50,000,000 attendance rows, more than a "
        + "worksheet holds (1,048,576); write it as CSV files (--format csv)\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
  }

  func testACityWorkbookIsRefusedInChinese() throws {
    let folder = try out()
    let r = try DangkeProcess.run(
      ["generate", "--scale", "city", "--format", "xlsx", "--out", folder.path, "--lang", "zh"])
    XCTAssertEqual(r.status, 2)
    XCTAssertEqual(
      r.stderr,
      "dangke: 错误[E1430]：city 规模的数据集有 10,000,000 条参学记录，一张工作表放不下（最多 1,048,576 行）；"
        + "请写成 CSV 文件（--format csv）\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
  }

  /// The size is checked before the folder: a city into a folder that holds a file is
  /// refused for its size, a district (1,000,000 attendance rows fit) only for the folder.
  func testTheSizeIsCheckedFirstAndTheDistrictFits() throws {
    let folder = try out()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: folder.appendingPathComponent("keep.txt"))
    let city = try DangkeProcess.run(
      ["generate", "--scale", "city", "--format", "xlsx", "--out", folder.path])
    XCTAssertEqual(city.status, 2)
    XCTAssertTrue(
      city.stderr.hasPrefix("dangke: error[E1430]: the city data set has "), city.stderr)
    let district = try DangkeProcess.run(
      ["generate", "--scale", "district", "--format", "xlsx", "--out", folder.path])
    XCTAssertEqual(district.status, 2)
    XCTAssertEqual(
      district.stderr,
      "dangke: error[E1224]: the folder '\(folder.path)' is not empty; use --force to write the "
        + "data set into it\n")
  }
}
