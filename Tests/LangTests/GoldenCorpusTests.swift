import Foundation
import TestSupport
import XCTest

/// The shared golden-corpus reader (Tests/TestSupport): both layouts the corpora have been
/// written in, `<U+XXXX>` escapes, a folder read in name order, rewriting, and the reports of
/// `check`.
final class GoldenCorpusTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try ProcessRunner.temporaryDirectory("dangke-corpus")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A blank line before `---- zh` (the old bad-input layout) or none, and an appended case
  /// with no expected parts at all, read the same.
  func testReadsBothLayoutsAndABareCase() throws {
    let path = try write(
      "a.txt",
      """
      # plan
      # still missing: more

      === one
      count x
      ----
      error: one

      ---- zh
      错误：一

      === two
      set month=2016-13
      count y
      ----
      ---- zh
      === three
      count z<U+200B>

      """)
    let corpus = try GoldenCorpus(path: path)
    XCTAssertEqual(corpus.files.map(\.header), [["# plan", "# still missing: more", ""]])
    XCTAssertEqual(corpus.cases.map(\.title), ["one", "two", "three"])
    XCTAssertEqual(corpus.cases[0].input, ["count x"])
    XCTAssertEqual(corpus.cases[0].expected, "error: one")
    XCTAssertEqual(corpus.cases[0].expectedPrinted, "error: one\n")
    XCTAssertEqual(corpus.cases[0].expectedZh, "错误：一")
    XCTAssertEqual(corpus.cases[1].inputText, "set month=2016-13\ncount y")
    XCTAssertEqual(corpus.cases[1].expectedPrinted, "")
    XCTAssertEqual(corpus.cases[2].input, ["count z\u{200B}", ""])
    XCTAssertEqual(corpus.cases[2].name, "a.txt: three")
  }

  /// A folder is its files in name order; rewriting writes one layout and escapes what cannot
  /// be seen, and rewriting with the same texts changes nothing.
  func testFolderInNameOrderAndRewriting() throws {
    _ = try write("b.txt", "# b\n\n=== second\ny\n----\nold\n---- zh\n旧\n")
    _ = try write("a.txt", "# a\n\n=== first\nx\u{0}\n----\n---- zh\n")
    let corpus = try GoldenCorpus(path: folder.path)
    XCTAssertEqual(corpus.cases.map(\.name), ["a.txt: first", "b.txt: second"])
    XCTAssertEqual(corpus.cases[0].input, ["x\u{0}"])
    try corpus.write(actual: [("", ""), ("new\u{7F}\n", "新\n")])
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8),
      "# a\n\n=== first\nx<U+0000>\n----\n---- zh\n")
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("b.txt"), encoding: .utf8),
      "# b\n\n=== second\ny\n----\nnew<U+007F>\n---- zh\n新\n")
    let again = try GoldenCorpus(path: folder.path)
    XCTAssertEqual(again.cases[1].expectedPrinted, "new\u{7F}\n")
    try again.write(actual: [("", ""), ("new\u{7F}\n", "新\n")])
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("b.txt"), encoding: .utf8),
      "# b\n\n=== second\ny\n----\nnew<U+007F>\n---- zh\n新\n")
  }

  /// `check` names the case, its file and the language, with a line diff.
  func testCheckReportsEachDifferingText() throws {
    let path = try write("c.txt", "=== one\nx\n----\nsame\n---- zh\n旧\n")
    let corpus = try GoldenCorpus(path: path)
    guard !Golden.updating else { return }
    let reports = try corpus.check { _ in ("same", "新") }
    XCTAssertEqual(
      reports,
      [
        """
        case 'one' of c.txt, in Chinese:
        --- expected (c.txt)
        +++ actual
        @@ expected line 1 (1 lines), actual line 1 (1 lines) @@
        - 旧
        + 新

        """
      ])
    XCTAssertEqual(try corpus.check(printed: true) { _ in ("same\n", "旧\n") }, [])
  }
}
