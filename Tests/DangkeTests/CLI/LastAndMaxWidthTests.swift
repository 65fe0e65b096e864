import Foundation
import TestSupport
import XCTest

/// `.last` and `.maxwidth` in piped statements (as in a script): `.last` writes the last answer
/// again in the format its statement asked for, else the current one; scripts keep whole
/// tables unless they set a width.
final class LastAndMaxWidthTests: XCTestCase {
  func testLastUsesTheCurrentFormatUnlessTheStatementAskedForOne() throws {
    let csv = try DangkeProcess.run([], input: "list sessions limit 2\n.format csv\n.last\n")
    XCTAssertEqual(csv.status, 0, csv.stderr)
    XCTAssertTrue(
      csv.stdout.hasSuffix(
        """
        (2 rows)
        id,date,type,title,teacher,speaker,host,audience,venue,mode,hours,base
        1,2012-03-01,training,居民区党员骨干培训班（第5期）,54,,1,residential,mobile,offline,1.5,
        2,2012-03-10,training,机关事业单位党员集中培训：社区党校开学第一课,10,,1,agency,fixed,offline,1.5,

        """), csv.stdout)
    let json = try DangkeProcess.run(
      [], input: "count sessions by type top 2 as json\n.format markdown\n.last\n")
    let answer = """
      [
      {"type":"lecture","count":223},
      {"type":"training","count":170}
      ]

      """
    XCTAssertEqual(json.stdout, answer + answer)
  }

  func testLastBeforeAnyAnswerIsAnError() throws {
    for (lang, line) in [
      ("en", "error[E1300]: there is no answer to show again yet"),
      ("zh", "错误[E1300]：还没有可以再显示的答案"),
    ] {
      let r = try DangkeProcess.run(["--lang", lang], input: ".last\n")
      XCTAssertEqual(r.status, 1, lang)
      XCTAssertEqual(r.stdout, "", lang)
      XCTAssertTrue(
        r.stderr.hasSuffix(line + "\n --> <stdin>:1:1\n  |\n1 | .last\n  | ^^^^^\n"), r.stderr)
    }
  }

  func testMaxWidthInAScript() throws {
    let r = try DangkeProcess.run(
      [], input: ".maxwidth\n.maxwidth 50\n.maxwidth\ncount sessions by mode across audience\n")
    XCTAssertEqual(r.status, 0, r.stderr)
    XCTAssertEqual(
      r.stdout,
      """
      maxwidth: 0 (no limit)
      maxwidth: 50
      mode     agency  leadership  residential  retired
      -------  ------  ----------  -----------  -------
      offline      47          32          287       46
      online        2           4           14        2
      (2 rows)
      6 columns (5 shown), not shown: twonew

      """)
    let bad = try DangkeProcess.run([], input: ".maxwidth -1\n")
    XCTAssertEqual(bad.status, 1)
    XCTAssertTrue(
      bad.stderr.hasSuffix(
        "error[E1101]: usage: .maxwidth N (0: no limit; auto: the terminal's width)\n"
          + " --> <stdin>:1:1\n  |\n1 | .maxwidth -1\n  | ^^^^^^^^^^^^\n"), bad.stderr)
  }
}
