import Foundation
import TestSupport
import XCTest

/// The Chinese manual (docs/zh/) keeps up with README.md and grammar.md: every `##` and `###`
/// section of the English document has a Chinese section of the same level, in the same
/// order, whose heading is followed by a marker naming the English heading:
///
///     ## 一、快速上手
///     <!-- en: Quick start -->
///
/// A new, renamed or moved English section fails this test until the Chinese one follows.
final class ChineseManualTests: XCTestCase {
  private let root = Repository.root

  /// English document → its Chinese counterpart.
  static let counterparts = [
    ("README.md", "docs/zh/README.md"),
    ("grammar.md", "docs/zh/grammar.md"),
  ]

  func testEverySectionHasAChineseCounterpart() throws {
    for (english, chinese) in Self.counterparts {
      let englishText = try read(english)
      let chineseText = try read(chinese)
      let expected = Self.headings(in: englishText).map { "\($0.level) \($0.title)" }
      let marked = Self.markers(in: chineseText)
      for problem in marked.problems { XCTFail("\(chinese): \(problem)") }
      let found = marked.sections.map { "\($0.level) \($0.title)" }
      let missing = expected.filter { !found.contains($0) }
      let stale = found.filter { !expected.contains($0) }
      XCTAssert(
        missing.isEmpty,
        "\(chinese) has no Chinese section for these sections of \(english) (write one, "
          + "with `<!-- en: TITLE -->` under its heading):\n" + missing.joined(separator: "\n"))
      XCTAssert(
        stale.isEmpty,
        "\(chinese) marks sections that \(english) no longer has:\n"
          + stale.joined(separator: "\n"))
      if missing.isEmpty, stale.isEmpty {
        XCTAssertEqual(found, expected, "\(chinese): sections in another order than \(english)")
      }
    }
  }

  func testTheManualIsLinkedFromTheReadmeAndTheGuide() throws {
    let readme = try read("README.md").components(separatedBy: "\n").prefix(8)
    XCTAssert(
      readme.contains { $0.contains("](docs/zh/README.md)") },
      "README.md should link to the Chinese manual in its first lines")
    let guide = try read("examples/README.zh.md")
    XCTAssert(guide.contains("](../docs/zh/README.md)"), "the guide should link to the manual")
    XCTAssert(guide.contains("](../docs/zh/grammar.md)"), "the guide should link to the grammar")
  }

  /// Every relative link of the Chinese documents names a file that exists and, with an
  /// anchor, a heading of that file (anchors as GitHub makes them).
  func testLinksOfTheChineseDocumentsResolve() throws {
    let files = ["docs/zh/README.md", "docs/zh/grammar.md", "examples/README.zh.md", "README.md"]
    for file in files {
      let url = root.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      for link in Self.links(in: text) {
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let target =
          path.isEmpty ? url : url.deletingLastPathComponent().appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: target.path) else {
          XCTFail("\(file): link to a missing file: \(link)")
          continue
        }
        guard parts.count == 2, target.pathExtension == "md" else { continue }
        let anchors = Set(
          Self.allHeadings(in: try String(contentsOf: target, encoding: .utf8)).map(Self.slug))
        XCTAssert(
          anchors.contains(String(parts[1])), "\(file): no heading for the anchor of \(link)")
      }
    }
  }

  func testAnchorsAreMadeAsGitHubMakesThem() {
    XCTAssertEqual(Self.slug("办公文件：Excel 与网页报告"), "办公文件excel-与网页报告")
    XCTAssertEqual(Self.slug("`筛选` 详解"), "筛选-详解")
    XCTAssertEqual(
      Self.slug("Chinese keywords and punctuation (中文关键字与全角标点)"),
      "chinese-keywords-and-punctuation-中文关键字与全角标点")
  }

  /// The relative link targets of a Markdown text, outside fenced blocks.
  static func links(in text: String) -> [String] {
    let lines = LineDiff.lines(text)
    var fenced = Set<Int>()
    for block in DocBlocks.blocks(in: text) {
      fenced.formUnion(block.openIndex...min(block.closeIndex, lines.count - 1))
    }
    var result: [String] = []
    for (index, line) in lines.enumerated() where !fenced.contains(index) {
      var rest = Substring(line)
      while let open = rest.range(of: "](") {
        let after = rest[open.upperBound...]
        guard let close = after.firstIndex(of: ")") else { break }
        let target = String(after[..<close])
        if !target.contains("://"), !target.hasPrefix("mailto:") { result.append(target) }
        rest = after[after.index(after: close)...]
      }
    }
    return result
  }

  /// Every heading's title (any level) outside fenced blocks.
  static func allHeadings(in text: String) -> [String] {
    let lines = LineDiff.lines(text)
    var fenced = Set<Int>()
    for block in DocBlocks.blocks(in: text) {
      fenced.formUnion(block.openIndex...min(block.closeIndex, lines.count - 1))
    }
    return lines.enumerated().compactMap { index, line in
      guard !fenced.contains(index), line.hasPrefix("#") else { return nil }
      let hashes = line.prefix { $0 == "#" }.count
      guard hashes <= 6, line.dropFirst(hashes).hasPrefix(" ") else { return nil }
      return line.dropFirst(hashes + 1).trimmingCharacters(in: .whitespaces)
    }
  }

  /// GitHub's anchor for a heading: lower case, punctuation dropped (letters, digits, marks,
  /// `_`, `-` and spaces kept), spaces made `-`.
  static func slug(_ title: String) -> String {
    var result = ""
    for scalar in title.lowercased().unicodeScalars {
      let properties = scalar.properties
      if scalar == " " {
        result += "-"
      } else if scalar == "-" || scalar == "_" || properties.isAlphabetic
        || properties.numericType != nil || properties.generalCategory == .nonspacingMark
      {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  func testMarkersAreReadFromHeadings() {
    let text = """
      # 标题
      ## 一、开始
      <!-- en: Quick start -->
      ```dk
      ## not a heading
      ```
      ### 细节

      <!-- en: Details -->
      ## 没有标记
      正文
      <!-- en: Orphan -->
      """
    let marked = Self.markers(in: text)
    XCTAssertEqual(marked.sections.map(\.title), ["Quick start", "Details"])
    XCTAssertEqual(marked.sections.map(\.level), ["##", "###"])
    XCTAssertEqual(
      marked.problems,
      [
        "line 10: heading '## 没有标记' has no `<!-- en: … -->` marker under it",
        "line 12: marker 'Orphan' is not right under a heading",
      ])
    XCTAssertEqual(
      Self.headings(in: text).map(\.title), ["一、开始", "细节", "没有标记"])
  }

  private func read(_ file: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
  }

  struct Section: Equatable {
    var level: String
    var title: String
  }

  /// The `##` and `###` headings outside fenced blocks, with their 0-based line numbers.
  static func headings(in text: String) -> [Section] {
    headingLines(in: text).map(\.section)
  }

  private static func headingLines(in text: String) -> [(line: Int, section: Section)] {
    let lines = LineDiff.lines(text)
    var fenced = Set<Int>()
    for block in DocBlocks.blocks(in: text) {
      fenced.formUnion(block.openIndex...min(block.closeIndex, lines.count - 1))
    }
    var result: [(Int, Section)] = []
    for (index, line) in lines.enumerated() where !fenced.contains(index) {
      for level in ["###", "##"] where line.hasPrefix(level + " ") {
        let title = line.dropFirst(level.count + 1).trimmingCharacters(in: .whitespaces)
        result.append((index, Section(level: level, title: title)))
        break
      }
    }
    return result
  }

  /// The English sections the Chinese headings name, and what is wrong with the markers.
  static func markers(in text: String) -> (sections: [Section], problems: [String]) {
    let lines = LineDiff.lines(text)
    let headings = headingLines(in: text)
    var sections: [Section] = []
    var problems: [String] = []
    var claimed = Set<Int>()
    for (line, heading) in headings {
      var next = line + 1
      while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty {
        next += 1
      }
      if next < lines.count, let title = marker(lines[next]) {
        sections.append(Section(level: heading.level, title: title))
        claimed.insert(next)
      } else {
        problems.append(
          "line \(line + 1): heading '\(heading.level) \(heading.title)' has no "
            + "`<!-- en: … -->` marker under it")
      }
    }
    for (index, line) in lines.enumerated() where !claimed.contains(index) {
      if let title = marker(line) {
        problems.append("line \(index + 1): marker '\(title)' is not right under a heading")
      }
    }
    return (sections, problems)
  }

  /// The English title in a `<!-- en: TITLE -->` line, or nil.
  private static func marker(_ line: String) -> String? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("<!-- en: "), trimmed.hasSuffix(" -->") else { return nil }
    return String(trimmed.dropFirst("<!-- en: ".count).dropLast(" -->".count))
      .trimmingCharacters(in: .whitespaces)
  }
}
