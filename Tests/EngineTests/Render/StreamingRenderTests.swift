import Lang
import Synchronization
import XCTest

@testable import Engine

/// Table and markdown answers stream: the renderer reads rows from a lazy row source as it
/// writes them, holding only the first block that sets the column widths. The source counts
/// the rows pulled; the output records how many were pulled when each line was written.
final class StreamingRenderTests: XCTestCase {
  private final class Pulls: Sendable {
    let count = Atomic<Int>(0)
  }

  /// Records, for every line written, the rows pulled from the source by then.
  private struct Recorder: TextOutputStream {
    let pulls: Pulls
    var lines = 0
    var pulledAtLine: [Int] = []
    var last = ""

    mutating func write(_ text: String) {
      for character in text {
        if character == "\n" {
          lines += 1
          pulledAtLine.append(pulls.count.load(ordering: .relaxed))
          last = ""
        } else {
          last.append(character)
        }
      }
    }
  }

  private func source(_ rows: Int, pulls: Pulls) -> ResultTable {
    ResultTable(
      columns: [
        ResultColumn(name: "id", kind: .integer), ResultColumn(name: "name", kind: .text),
      ],
      rows: ResultRows(count: rows) { i in
        pulls.count.add(1, ordering: .relaxed)
        return [.integer(Int64(i)), .text(i == 4_000 ? "一个比前面一千行都长得多的名字" : "党员\(i % 7)")]
      })
  }

  private func check(
    _ format: OutputFormat, header: Int, file: StaticString = #filePath, line: UInt = #line
  ) {
    let rows = 50_000
    let pulls = Pulls()
    var out = Recorder(pulls: pulls)
    renderer(for: format, options: RenderOptions()).write(source(rows, pulls: pulls), to: &out)
    XCTAssertEqual(out.lines, header + rows + (format == .table ? 1 : 0), file: file, line: line)
    // Each row is pulled once; when data line k is written, at most the first block of
    // 1,000 rows is pulled ahead of it.
    XCTAssertEqual(pulls.count.load(ordering: .relaxed), rows, file: file, line: line)
    var ahead = 0
    for (k, pulled) in out.pulledAtLine.enumerated() {
      ahead = max(ahead, pulled - max(k - header + 1, 0))
    }
    XCTAssertEqual(ahead, TextLayout.layoutRows, file: file, line: line)
  }

  func testTableStreams() { check(.table, header: 2) }
  func testMarkdownStreams() { check(.markdown, header: 2) }

  func testALaterWideCellKeepsTheLayout() {
    let pulls = Pulls()
    let text = render(source(4_001, pulls: pulls), as: .table, options: RenderOptions())
    let lines = text.split(separator: "\n")
    XCTAssertEqual(lines[0], " id  name")
    XCTAssertEqual(lines[1], "---  -----")
    XCTAssertEqual(lines[2 + 4_000], "4000  一个…")
    let markdown = render(source(4_001, pulls: pulls), as: .markdown, options: RenderOptions())
      .split(separator: "\n")
    XCTAssertEqual(markdown[2], "|   0 | 党员0 |")
    XCTAssertEqual(markdown[2 + 4_000], "| 4000 | 一个比前面一千行都长得多的名字 |")
  }

  func testAStopEndsTheRowsAtOnce() {
    let pulls = Pulls()
    var options = RenderOptions()
    options.stop = { pulls.count.load(ordering: .relaxed) >= 1_500 }
    let text = render(source(50_000, pulls: pulls), as: .table, options: options)
    XCTAssertEqual(pulls.count.load(ordering: .relaxed), 1_500)
    XCTAssertEqual(text.split(separator: "\n").count, 2 + 1_500)
    XCTAssertFalse(text.contains("rows)"))
  }
}
