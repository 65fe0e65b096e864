import TestSupport
import XCTest

@testable import Engine

/// A large CSV file is read as two halves at once and joined. Whatever the file holds, the
/// joined table — types, values, row lines, warnings — or the error is exactly what one
/// pass gives; the threshold is lowered so that small files are halved.
final class LoaderHalvesTests: XCTestCase {
  /// The table or error of one read, in comparable form.
  private struct Outcome: Equatable {
    var types: [ColumnType] = []
    var rows: [[Value]] = []
    var lines: [Int] = []
    var warnings: [LoadReport.Warning] = []
    var mixed: [Bool] = []
    var error: String?
    /// Not compared: whether the halves were joined (else one pass was read).
    var halved = false

    static func == (a: Outcome, b: Outcome) -> Bool {
      (a.types, a.rows, a.lines, a.warnings, a.mixed, a.error)
        == (b.types, b.rows, b.lines, b.warnings, b.mixed, b.error)
    }
  }

  private func read(_ text: String, halve: Bool, declared: [String: ColumnType] = [:]) -> Outcome {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      do throws(LoadError) {
        var table = try DelimitedReader.read(
          buffer, delimiter: 0x2C, file: "t.csv", declared: { declared[$0] }, halve: halve,
          halveFrom: 1, release: { _ in })
        var outcome = Outcome(warnings: table.warnings, halved: table.halved)
        var columns: [ColumnData] = []
        for i in table.builders.indices {
          var data = table.builders[i].finish()
          outcome.mixed.append(table.builders[i].isMixed)
          if case .text(var codes, var dictionary) = data {
            DictionaryOrder.sort(codes: &codes, dictionary: &dictionary)
            data = .text(codes: codes, dictionary: dictionary)
          }
          columns.append(data)
        }
        outcome.types = columns.map(\.type)
        outcome.rows = (0..<table.rowCount).map { r in columns.map { $0.value(r) } }
        outcome.lines = (0..<table.rowCount).map { table.lines.line(of: $0) }
        return outcome
      } catch {
        return Outcome(error: "\(error)")
      }
    }
  }

  private func assertSame(
    _ text: String, declared: [String: ColumnType] = [:], file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let one = read(text, halve: false, declared: declared)
    let two = read(text, halve: true, declared: declared)
    XCTAssertEqual(one, two, "input:\n\(text)", file: file, line: line)
  }

  func testPlainColumnsJoin() {
    let rows = (1...40).map {
      "\($0),\(Double($0) / 4),name\($0 % 7),2016-0\($0 % 9 + 1)-1\($0 % 9),true"
    }
    let text = "id,hours,name,date,flag\n" + rows.joined(separator: "\n") + "\n"
    assertSame(text)
    let outcome = read(text, halve: true)
    XCTAssertTrue(outcome.halved)
    XCTAssertFalse(read(text, halve: false).halved)
    XCTAssertEqual(outcome.types, [.integer, .decimal, .text, .date, .boolean])
    XCTAssertEqual(outcome.rows.count, 40)
    XCTAssertEqual(outcome.rows[39][0], .integer(40))
    XCTAssertEqual(outcome.lines.last, 41)
  }

  func testIntegersWidenWhenTheOtherHalfHasDecimals() {
    let first = (1...20).map { "\($0),x" }
    let second = (1...20).map { "\($0).5,y" }
    let text = "v,w\n" + (first + second).joined(separator: "\n") + "\n"
    assertSame(text)
    XCTAssertEqual(read(text, halve: true).types, [.decimal, .text])
    XCTAssertTrue(read(text, halve: true).halved)
    let reversed = "v,w\n" + (second + first).joined(separator: "\n") + "\n"
    assertSame(reversed)
  }

  func testEmptyHalfTakesTheOtherHalfsType() {
    let first = (1...20).map { "\($0)," }
    let second = (1...20).map { "\($0),2016-01-0\($0 % 9 + 1)" }
    assertSame("id,day\n" + (first + second).joined(separator: "\n") + "\n")
    assertSame("id,day\n" + (second + first).joined(separator: "\n") + "\n")
    assertSame("id,day\n" + first.joined(separator: "\n") + "\n")
  }

  func testMixedTypesAcrossHalvesAreReadAsText() {
    let first = (1...20).map { "\($0),word\($0)" }
    let second = (1...20).map { "\($0),\($0)" }
    let text = "id,v\n" + (first + second).joined(separator: "\n") + "\n"
    assertSame(text)
    XCTAssertEqual(read(text, halve: true).mixed, [false, true])
    // Integers, then words: the column breaks and is read again as text, in one pass.
    let broken = "id,v\n" + (second + first).joined(separator: "\n") + "\n"
    assertSame(broken)
    XCTAssertFalse(read(broken, halve: true).halved)
    XCTAssertEqual(read(broken, halve: true).types, [.integer, .text])
  }

  func testQuotedNewlinesBlankLinesAndCRLF() {
    var rows: [String] = []
    for i in 1...30 {
      rows.append(i % 4 == 0 ? "\(i),\"two\nlines, \"\"quoted\"\"\"" : "\(i),plain\(i)")
      if i % 9 == 0 { rows.append("") }
    }
    assertSame("id,v\n" + rows.joined(separator: "\n") + "\n")
    assertSame("id,v\r\n" + rows.joined(separator: "\r\n") + "\r\n")
  }

  func testErrorsInEitherHalfAreThoseOfOnePass() {
    let rows = (1...40).map { "\($0),\($0 * 2)" }
    var bad = rows
    bad[30] = "31,notanumber"
    assertSame("id,v\n" + bad.joined(separator: "\n") + "\n", declared: ["v": .integer])
    bad = rows
    bad[5] = "6,7,8"
    assertSame("id,v\n" + bad.joined(separator: "\n") + "\n")
    bad = rows
    bad[35] = "36,\"open"
    assertSame("id,v\n" + bad.joined(separator: "\n") + "\n")
    let outcome = read("id,v\n" + bad.joined(separator: "\n") + "\n", halve: true)
    XCTAssertEqual(outcome.error?.contains("t.csv:37:"), true, outcome.error ?? "no error")
  }

  /// Random files: quoted fields with delimiters, newlines and quotes, blank lines, missing
  /// cells, and columns whose kind changes part-way.
  func testRandomFilesReadTheSameInHalves() {
    var random = SeededRandom(seed: 20_161_222)
    let kinds = ["int", "dec", "text", "date", "bool", "mixed", "sparse", "quoted"]
    var halved = 0
    for round in 0..<300 {
      let width = 1 + random.below(5)
      let columnKinds = (0..<width).map { _ in random.pick(kinds) }
      var text = (0..<width).map { "c\($0)" }.joined(separator: ",") + "\n"
      let rows = 2 + random.below(60)
      let switchAt = random.below(rows)
      for r in 0..<rows {
        if random.chance(0.05) { text += "\n" }
        let cells = columnKinds.map { kind -> String in
          if random.chance(0.1) { return "" }
          let k = kind == "mixed" && r >= switchAt ? random.pick(["int", "dec", "text"]) : kind
          switch k {
          case "int": return "\(random.below(1000) - 100)"
          case "dec": return "\(random.below(1000)).\(random.below(100))"
          case "date": return "201\(random.below(10))-0\(1 + random.below(9))-1\(random.below(9))"
          case "bool": return random.chance(0.5) ? "true" : "false"
          case "sparse": return random.chance(0.9) ? "" : "\(random.below(9))"
          case "quoted":
            return random.pick(["\"a,b\"", "\"line\nbreak\"", "\"say \"\"hi\"\"\"", "plain", "王芳"])
          default: return random.pick(["党课", "micro", "open", "x\(random.below(50))"])
          }
        }
        text += cells.joined(separator: ",") + (random.chance(0.1) ? "\r\n" : "\n")
      }
      if random.chance(0.05) { text += "1,\"unterminated\n" }
      let one = read(text, halve: false)
      let two = read(text, halve: true)
      XCTAssertEqual(one, two, "round \(round), input:\n\(text)")
      if one != two { return }
      if two.halved { halved += 1 }
    }
    // Most files are joined from halves; the rest (errors, quotes, mixed kinds) fall back.
    XCTAssertGreaterThan(halved, 100)
  }
}
