import XCTest

@testable import Engine

/// Answers shared by the renderer tests.
enum RenderFixtures {
  /// Organisations with Chinese names, a count, a decimal and a rate.
  static let orgs = ResultTable(
    columns: [
      ResultColumn(name: "org", kind: .text),
      ResultColumn(name: "category", kind: .text),
      ResultColumn(name: "sessions", kind: .integer),
      ResultColumn(name: "hours", kind: .decimal),
      ResultColumn(name: "attended", kind: .rate),
    ],
    rows: [
      [.text("寿益坊居民区党总支"), .text("residential"), .integer(96), .decimal(1234.5), .decimal(0.452)],
      [.text("康健街道机关党委"), .text("agency"), .integer(41), .decimal(12.0), .decimal(1.0)],
      [.text("Kangjian 两新 branch"), .text("twonew"), .integer(7), .decimal(3.8249), .decimal(0.0)],
      [.missing, .text("retired"), .integer(2024), .missing, .missing],
    ]
  )

  /// Members with a sensitive phone column.
  static let members = ResultTable(
    columns: [
      ResultColumn(name: "name", kind: .text),
      ResultColumn(name: "phone", kind: .text, sensitive: true),
      ResultColumn(name: "born", kind: .integer),
    ],
    rows: [
      [.text("张伟"), .text("13812345678"), .integer(1958)],
      [.text("李娜"), .text("1234567"), .integer(1990)],
      [.text("王芳"), .missing, .integer(1949)],
    ]
  )

  /// Sessions per month in 2016: a time series.
  static let monthly = ResultTable(
    columns: [
      ResultColumn(name: "month", kind: .period),
      ResultColumn(name: "sessions", kind: .integer),
    ],
    rows: [
      [.text("2016-09"), .integer(12)],
      [.text("2016-10"), .integer(0)],
      [.text("2016-11"), .integer(24)],
      [.text("2016-12"), .integer(3)],
    ],
    isTimeSeries: true
  )

  /// `n` rows of numbered sessions.
  static func numbered(_ n: Int) -> ResultTable {
    ResultTable(
      columns: [
        ResultColumn(name: "id", kind: .integer), ResultColumn(name: "title", kind: .text),
      ],
      rows: (0..<n).map { [.integer(Int64($0 + 1)), .text("第\($0 + 1)讲")] }
    )
  }
}

/// Problems with a rendered table's alignment (empty when all is well): the dash runs of the rule
/// line give the columns; on every other line (the footer excepted), each column start must fall
/// on a character boundary with two spaces before it, no line may be wider than the rule, and
/// right-aligned cells must end exactly at the column's end.
func columnAlignmentProblems(_ output: String, rightAligned: [Bool]) -> [String] {
  let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  guard lines.count >= 2 else { return ["no rule line"] }
  var problems: [String] = []
  var spans: [(start: Int, end: Int)] = []
  for run in lines[1].split(separator: " ") {
    let start = lines[1].distance(from: lines[1].startIndex, to: run.startIndex)
    spans.append((start, start + run.count))
  }
  if spans.count != rightAligned.count { problems.append("\(spans.count) columns in the rule") }
  let fullWidth = spans.last?.end ?? 0
  let body = [lines[0]] + lines.dropFirst(2).filter { !$0.isEmpty && !$0.hasPrefix("(") }
  for text in body {
    var starts: [Int: Character] = [:]  // display column -> the character starting there
    var ends = Set<Int>()
    var position = 0
    for character in text {
      starts[position] = character
      position += terminalWidth(of: character)
      ends.insert(position)
    }
    if position > fullWidth { problems.append("wider than the rule: \(text)") }
    for (c, span) in zip(0..., spans) {
      if span.start < position && starts[span.start] == nil {
        problems.append("column \(c) splits a character: \(text)")
      }
      if c > 0 && span.start <= position
        && (starts[span.start - 1] != " " || starts[span.start - 2] != " ")
      {
        problems.append("no gap before column \(c): \(text)")
      }
      if c < rightAligned.count && rightAligned[c] && position > span.start
        && !ends.contains(span.end)
      {
        problems.append("column \(c) not right-aligned: \(text)")
      }
    }
  }
  return problems
}

/// Fails when `columnAlignmentProblems` finds any.
func assertColumnsAligned(
  _ output: String, rightAligned: [Bool], file: StaticString = #filePath, line: UInt = #line
) {
  XCTAssertEqual(
    columnAlignmentProblems(output, rightAligned: rightAligned), [], output, file: file,
    line: line)
}
