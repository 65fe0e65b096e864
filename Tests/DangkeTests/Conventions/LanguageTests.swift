import Foundation
import TestSupport
import XCTest

/// The language follows the locale (LC_ALL, LC_MESSAGES, LANG) and `--lang` overrides it:
/// messages, usage errors and `--help`, through the real binary.
final class LanguageTests: XCTestCase {
  private func run(_ args: [String], _ environment: [String: String] = [:]) throws
    -> ProcessOutput
  {
    try DangkeProcess.run(args, environment: environment)
  }

  private let chinese = ["LANG": "zh_CN.UTF-8"]

  func testUsageErrorInTheLocalesLanguage() throws {
    let args = ["--set", "month", "-c", "count sessions"]
    let zh = try run(args, chinese)
    XCTAssertEqual(
      zh.stderr,
      "dangke: 错误[E0650]：--set 的写法是 名称=值，例如 --set month=2016-11（收到的是“month”）\n"
        + "用法请看 dangke --help\n")
    XCTAssertEqual(zh.status, 2)
    let en = try run(args, ["LANG": "C.UTF-8"])
    XCTAssertEqual(
      en.stderr,
      "dangke: error[E0650]: --set takes NAME=VALUE, e.g. --set month=2016-11 (got 'month')\n"
        + "run 'dangke --help' for usage\n")
    XCTAssertEqual(en.status, 2)
  }

  func testLangOverridesTheLocaleAndLCAllComesFirst() throws {
    let args = ["--set", "month", "-c", "count sessions"]
    XCTAssertTrue(
      try run(args + ["--lang", "en"], chinese).stderr.hasPrefix("dangke: error[E0650]: "))
    XCTAssertTrue(try run(["--lang=zh"] + args).stderr.hasPrefix("dangke: 错误[E0650]："))
    let lcAll = try run(args, ["LC_ALL": "zh_CN.UTF-8", "LANG": "C.UTF-8"])
    XCTAssertTrue(lcAll.stderr.hasPrefix("dangke: 错误[E0650]："), lcAll.stderr)
    let messages = try run(args, ["LC_MESSAGES": "zh_TW.UTF-8"])
    XCTAssertTrue(messages.stderr.hasPrefix("dangke: 错误[E0650]："), messages.stderr)
  }

  func testQueryErrorsUseTheChineseFrame() throws {
    let r = try run(["-c", "count sesions"], chinese)
    XCTAssertEqual(r.status, 1)
    let lines = r.stderr.components(separatedBy: "\n")
    XCTAssertEqual(lines[0], "dangke: 警告[W1150]：没有指定数据：答案来自内置的示例数据（用 --data 目录 读取你自己的数据）")
    XCTAssertTrue(lines[1].hasPrefix("错误"), r.stderr)
    XCTAssertEqual(lines[2], " --> 第 1 行，第 7 列")
    XCTAssertEqual(lines[4], "1 | count sesions")
    XCTAssertTrue(lines[5].hasPrefix("  |       ^^^^^^^ "), r.stderr)
  }

  func testUnknownLanguageIsAUsageError() throws {
    let r = try run(["--lang", "fr", "-c", "count sessions"])
    XCTAssertEqual(
      r.stderr,
      "dangke: error[E0662]: unknown language 'fr'; use zh or en\nrun 'dangke --help' for usage\n")
    XCTAssertEqual(r.status, 2)
  }

  func testSubcommandHelpInChinese() throws {
    let r = try run(["run", "--help"], chinese)
    XCTAssertEqual(r.status, 0)
    let lines = r.stdout.components(separatedBy: "\n")
    XCTAssertEqual(lines[0], "简介：运行一个语句脚本（.dk 文件）。")
    XCTAssertTrue(lines.contains { $0 == "用法：dangke run [<options>] <script>" }, r.stdout)
    XCTAssertTrue(lines.contains("参数："), r.stdout)
    XCTAssertTrue(lines.contains("选项："), r.stdout)
    XCTAssertTrue(
      lines.contains("  --keep-going            出错后继续运行，而不是停下。"), r.stdout)
    XCTAssertTrue(lines.contains("  -h, --help              显示帮助信息。"), r.stdout)
    for command in ["check", "generate", "snapshot"] {
      let help = try run([command, "--help", "--lang", "zh"])
      XCTAssertTrue(help.stdout.hasPrefix("简介："), help.stdout)
      XCTAssertFalse(help.stdout.contains("OPTIONS:"), help.stdout)
    }
  }

  func testParserErrorsInChinese() throws {
    let r = try run(["--lang", "zh", "--no-such-flag"])
    XCTAssertEqual(r.status, 2)
    XCTAssertTrue(
      r.stderr.hasPrefix("dangke: 错误[E0661]：命令行有误：没有这个选项：'--no-such-flag'"), r.stderr)
    XCTAssertTrue(r.stderr.hasSuffix("用法请看 dangke --help\n"), r.stderr)
  }
}
