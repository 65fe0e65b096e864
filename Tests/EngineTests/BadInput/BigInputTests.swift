import Engine
import Foundation
import Lang
import XCTest

/// Inputs too big to commit, made at run time in a temporary folder: a 50 MB field, 10,000
/// columns, 1,000 nested parentheses, a 1 MB string. Each gives its exact outcome in bounded
/// time and memory.
final class BigInputTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "dangke-big-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = folder + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func loadError(_ path: String) -> String {
    do {
      _ = try Loader.load(.files([path]))
      return "(loaded)"
    } catch {
      return error.description.replacingOccurrences(of: folder, with: "$T")
    }
  }

  func testFiftyMegabyteFieldLoadsInBoundedTimeAndMemory() throws {
    let size = 50 * 1024 * 1024
    var bytes = Array("id,note\n1,\"".utf8)
    bytes.reserveCapacity(size + 32)
    bytes += [UInt8](repeating: UInt8(ascii: "x"), count: size)
    bytes += Array("\"\n2,short\n".utf8)
    let path = try write("big.csv", bytes)
    bytes = []
    let before = Memory.peakBytes()
    let clock = ContinuousClock()
    var store: Store?
    let elapsed = try clock.measure { store = try Loader.load(.files([path])) }
    let table = try XCTUnwrap(store?.tables.first)
    XCTAssertEqual(table.rowCount, 2)
    XCTAssertEqual(table.columns.map(\.name), ["id", "note"])
    let answer = try Self.run("list note of big where id = 2", on: XCTUnwrap(store))
    XCTAssertEqual(answer, "note\n-----\nshort\n(1 row)\n")
    let length = try Self.run("count big where note ~ \"xxxxxxxxxx\"", on: XCTUnwrap(store))
    XCTAssertEqual(length, "count\n-----\n    1\n(1 row)\n")
    XCTAssertLessThan(elapsed, .seconds(60))
    // The file is 50 MB; loading it may hold a few copies, not unbounded amounts.
    XCTAssertLessThan(Memory.peakBytes() - before, 600 * 1024 * 1024)
  }

  func testFiftyMegabyteUnterminatedFieldIsLocated() throws {
    var bytes = Array("id,note\n1,ok\n2,\"".utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "y"), count: 50 * 1024 * 1024)
    let path = try write("open.csv", bytes)
    bytes = []
    let clock = ContinuousClock()
    var message = ""
    let elapsed = clock.measure { message = loadError(path) }
    XCTAssertEqual(
      message,
      """
      $T/open.csv:3:2: error[E0403]: unterminated quoted field
        hint: close the quote with ", and write a quote inside a quoted field as ""
      """)
    XCTAssertLessThan(elapsed, .seconds(60))
  }

  func testTenThousandColumnsLoad() throws {
    let header = (1...10_000).map { "c\($0)" }.joined(separator: ",")
    let row = (1...10_000).map { String($0 % 97) }.joined(separator: ",")
    let path = try write("wide.csv", Array((header + "\n" + row + "\n" + row + "\n").utf8))
    let clock = ContinuousClock()
    var store: Store?
    let elapsed = try clock.measure { store = try Loader.load(.files([path])) }
    let table = try XCTUnwrap(store?.tables.first)
    XCTAssertEqual(table.columns.count, 10_000)
    XCTAssertEqual(table.rowCount, 2)
    XCTAssertEqual(
      try Self.run("sum c9999 of wide", on: XCTUnwrap(store)), "sum\n---\n 16\n(1 row)\n")
    XCTAssertLessThan(elapsed, .seconds(30))
  }

  func testTenThousandColumnsWithARaggedRowIsLocated() throws {
    let header = (1...10_000).map { "c\($0)" }.joined(separator: ",")
    let row = (1...10_000).map { String($0) }.joined(separator: ",")
    let short = (1...9_999).map { String($0) }.joined(separator: ",")
    let path = try write("ragged.csv", Array((header + "\n" + row + "\n" + short + "\n").utf8))
    XCTAssertEqual(
      loadError(path),
      """
      $T/ragged.csv:3: error[E0414]: row has 9999 fields but the header has 10000
        hint: quote fields that contain the delimiter ("a, b"), or add or remove fields
      """)
  }

  func testThousandNestedParenthesesAreRefused() {
    let query =
      "count sessions where " + String(repeating: "(", count: 1_000) + "type = micro"
      + String(repeating: ")", count: 1_000)
    let clock = ContinuousClock()
    var message = ""
    let elapsed = clock.measure { message = Sample.diagnostics(query) }
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertEqual(lines.first, "error[E0209]: nested too deeply (more than 200 levels)")
    XCTAssertEqual(lines.dropFirst().first, " --> line 1, column 222")
    XCTAssertEqual(lines.count, 6, message)
    XCTAssertLessThan(elapsed, .seconds(5))
  }

  func testMegabyteStringRunsQuickly() {
    let query = "count members where name ~ \"" + String(repeating: "王", count: 1_000_000) + "\""
    let clock = ContinuousClock()
    var text = ""
    let elapsed = clock.measure { text = Self.answer(query) }
    XCTAssertEqual(text, "count\n-----\n    0\n(1 row)\n")
    XCTAssertLessThan(elapsed, .seconds(10))
  }

  /// The rendered answer (table format) or messages of `query` on the sample.
  static func answer(_ query: String) -> String { run(query, on: Sample.store) }

  static func run(_ query: String, on store: Store) -> String {
    var text = ""
    let shell = StatementRunner(
      session: Session(store: store), out: { text += $0 }, err: { text += $0 })
    shell.run(query)
    return text
  }
}

/// The process's peak resident memory.
enum Memory {
  static func peakBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
  }
}
