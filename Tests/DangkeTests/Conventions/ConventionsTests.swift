import Foundation
import TestSupport
import XCTest

/// What people bring from other shells: `--version`, a top-level `--help` that shows the
/// default command's options, completion scripts and a man page made from the same help.
final class ConventionsTests: XCTestCase {
  func testVersion() throws {
    let r = try DangkeProcess.run(["--version"])
    XCTAssertEqual(r.status, 0)
    XCTAssertTrue(r.stdout.hasPrefix("dangke "), r.stdout)
    let number = r.stdout.dropFirst("dangke ".count).trimmingCharacters(in: .newlines)
    XCTAssertNotNil(
      number.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+$"#, options: .regularExpression), r.stdout)
    XCTAssertEqual(r.stderr, "")
  }

  func testTopLevelHelpShowsTheDefaultCommandsOptionsAboveTheSubcommands() throws {
    let r = try DangkeProcess.run(["--help"])
    XCTAssertEqual(r.status, 0)
    let lines = r.stdout.components(separatedBy: "\n")
    func index(_ prefix: String) throws -> Int {
      try XCTUnwrap(lines.firstIndex { $0.hasPrefix(prefix) }, "no line \(prefix):\n\(r.stdout)")
    }
    XCTAssertEqual(
      lines[try index("USAGE:")],
      "USAGE: dangke [<options>] [<data> ...]")
    XCTAssertEqual(lines[try index("USAGE:") + 1], "       dangke <subcommand>")
    let options = try index("OPTIONS:")
    let subcommands = try index("SUBCOMMANDS:")
    for option in ["  -c <query>", "  --data <data>", "  --format <format>", "  --out <out>"] {
      let at = try index(option)
      XCTAssertTrue(options < at && at < subcommands, option)
    }
    XCTAssertTrue(lines[try index("  --version")].hasSuffix("Show the version."))
    for command in ["run", "check", "generate", "snapshot"] {
      XCTAssertGreaterThan(try index("  \(command) "), subcommands)
    }
    XCTAssertEqual(try DangkeProcess.run(["-h"]).stdout, r.stdout)
    XCTAssertEqual(try DangkeProcess.run(["help"]).stdout, r.stdout)
  }

  func testCompletionScripts() throws {
    let bash = try DangkeProcess.run(["--generate-completion-script", "bash"])
    XCTAssertEqual(bash.status, 0)
    XCTAssertTrue(bash.stdout.contains("--data"), "bash script completes --data")
    XCTAssertTrue(bash.stdout.contains("snapshot"), "bash script completes the subcommands")
    let zsh = try DangkeProcess.run(["--generate-completion-script", "zsh"])
    XCTAssertTrue(zsh.stdout.hasPrefix("#compdef dangke"), zsh.stdout)
    let fish = try DangkeProcess.run(["--generate-completion-script", "fish"])
    XCTAssertTrue(
      fish.stdout.contains("complete -c 'dangke'") || fish.stdout.contains("complete -c dangke"),
      fish.stdout)
    // The bash script loads and registers a completion function for `dangke`.
    let folder = try ProcessRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("dangke.bash")
    try bash.stdout.write(to: file, atomically: true, encoding: .utf8)
    let loaded = try ProcessRunner.run(
      "/bin/bash", ["-c", "source \(file.path) && complete -p dangke"])
    XCTAssertEqual(loaded.status, 0, loaded.stderr)
    XCTAssertTrue(loaded.stdout.hasPrefix("complete "), loaded.stdout)
    XCTAssertTrue(loaded.stdout.contains(" -F _dangke "), loaded.stdout)
    XCTAssertTrue(loaded.stdout.hasSuffix(" dangke\n"), loaded.stdout)
  }

  func testManPageIsTheCommittedOneAndCoversEveryCommand() throws {
    let r = try DangkeProcess.run(["--lang", "en", "--generate-man-page"])
    XCTAssertEqual(r.status, 0)
    let committed = try String(
      contentsOf: Repository.root.appendingPathComponent("docs/dangke.1"), encoding: .utf8)
    XCTAssertEqual(
      r.stdout, committed,
      "docs/dangke.1 is out of date: dangke --lang en --generate-man-page > docs/dangke.1")
    XCTAssertTrue(r.stdout.contains("\n.TH DANGKE 1 "))
    for heading in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH COMMANDS", ".SH FILES"] {
      XCTAssertTrue(r.stdout.contains("\n\(heading)\n"), heading)
    }
    for command in ["run", "check", "generate", "snapshot"] {
      XCTAssertTrue(r.stdout.contains(".SS \"dangke \(command) "), command)
    }
    XCTAssertTrue(
      r.stdout.contains(
        "\\fB\\-c <query>\\fR\nRun this query (or dot command) and exit; several \\-c run in order.\n"
      ))
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") {
      let page = try ProcessRunner.temporaryDirectory().appendingPathComponent("dangke.1")
      try r.stdout.write(to: page, atomically: true, encoding: .utf8)
      let shown = try ProcessRunner.run(
        "/usr/bin/groff", ["-k", "-man", "-Tutf8", "-ww", page.path])
      XCTAssertEqual(shown.status, 0)
      XCTAssertEqual(shown.stderr, "", "groff warnings")
    }
  }
}
