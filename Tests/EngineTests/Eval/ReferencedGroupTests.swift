import Foundation
import Lang
import TestSupport
import XCTest

@testable import Engine

/// Groups whose keys lie in a referred table (`by session.type`, `by month(session.date),
/// session.mode`) are worked out per referred row and measured in one pass over the rows
/// (`referencedGroups`, issue 18). Small data with answers worked out by hand: empty and
/// dangling references, empty keys, empty dates, whole-number and decimal sums. Then data of
/// 300,000 rows (two cores' halves): every query's groups, rows and measures bit for bit the
/// same as the row-by-row grouping (`groupedRows`) gives them.
final class ReferencedGroupTests: XCTestCase {
  nonisolated(unsafe) private static var small: Store!
  nonisolated(unsafe) private static var large: Store!
  nonisolated(unsafe) private static var folders: [URL] = []

  override class func setUp() {
    super.setUp()
    small = load(smallFiles())
    large = load(largeFiles())
  }

  static var largeStore: Store? { large }

  override class func tearDown() {
    for folder in folders { try? FileManager.default.removeItem(at: folder) }
    super.tearDown()
  }

  private static let schema = """
    {"tables": {
      "attendance": {"columns": {"session": {"type": "integer", "references": "sessions"},
        "hours": {"type": "decimal"}, "fee": {"type": "decimal"}, "score": {"type": "integer"},
        "big": {"type": "integer"}, "huge": {"type": "integer"}}},
      "sessions": {"columns": {"id": {"type": "integer"}, "type": {"type": "text"},
        "date": {"type": "date"}, "mode": {"type": "text"},
        "base": {"type": "integer", "references": "bases"}}},
      "bases": {"columns": {"id": {"type": "integer"}, "kind": {"type": "text"}}}
    }}
    """

  private static func load(_ files: [String: String]) -> Store? {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-referenced-\(UUID().uuidString)")
    folders.append(folder)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try? text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try? Loader.load(.directory(folder.path))
  }

  /// Four sessions (one without a type, one without a date), two bases; attendance rows with
  /// an empty reference (row 8) and a dangling one (row 9, session 99).
  private static func smallFiles() -> [String: String] {
    [
      "schema.json": schema,
      "bases.csv": "id,kind\n1,red\n2,practice\n",
      "sessions.csv": """
      id,type,date,mode,base
      1,micro,2024-01-05,online,1
      2,lecture,2024-01-20,offline,2
      3,,2024-03-02,online,1
      4,micro,,offline,
      """,
      "attendance.csv": """
      session,hours,fee,score,big,huge
      1,1.5,0.1,4,1,1
      1,2,0.2,,2,2
      2,0.5,0.7,5,3,3
      2,,0.1,3,4,4
      3,1,0.2,2,5,5
      4,3,0.3,1,6,6
      4,0.25,0.1,,7,7
      ,1,0.2,5,8,8
      99,2,0.1,4,9,9
      """,
    ]
  }

  /// The answer to `query` as csv lines; first checks that its groups are worked out per
  /// referred row (else this suite would test the row-by-row grouping).
  private func csv(_ query: String, _ store: Store? = small) throws -> [String] {
    let session = Session(store: try XCTUnwrap(store))
    if case .query(let q) = try Parser.parseStatement(query).kind {
      var warnings: [Diagnostic] = []
      let plan = try session.planner.plan(q, warnings: &warnings)
      let referenced = Result { () throws(Diagnostic) in
        try session.executor.referencedGroups(plan)
      }
      if case .success(nil) = referenced { XCTFail("\(query): not worked out per referred row") }
    }
    guard case .table(let t, _) = try session.run(Parser.parseStatement(query)).outcome else {
      XCTFail("no answer for \(query)")
      return []
    }
    return renderer(for: .csv, options: RenderOptions()).render(t)
      .split(separator: "\n").map(String.init)
  }

  // MARK: small data, answers by hand

  func testCountsByAReferredKeyWithEmptyAndDanglingReferences() throws {
    // Sessions 1 and 4 are micro (2 + 2 rows), 2 lecture (2), 3 has no type (1); the empty
    // and the dangling reference have no session, so no type (2 more: 3 in all).
    XCTAssertEqual(
      try csv("count attendance by session.type"),
      ["session.type,count", "lecture,2", "micro,4", ",3"])
  }

  func testWholeNumberSumsAndAveragesSkipEmptyValues() throws {
    // micro: 4 + 1 (two empty); lecture: 5 + 3; no type: 2 + 5 + 4.
    XCTAssertEqual(
      try csv("sum score, avg score of attendance by session.type"),
      ["session.type,sum,avg", "lecture,8,4", "micro,5,2.5", ",11,3.6666666666666665"])
  }

  func testDecimalSumsOfHalvesAndOfTenths() throws {
    // hours: micro 1.5 + 2 + 3 + 0.25; lecture 0.5 (one empty); none 1 + 1 + 2.
    // fee (tenths, not exact in binary): micro 0.1+0.2+0.3+0.1, lecture 0.7+0.1, none
    // 0.2+0.2+0.1.
    XCTAssertEqual(
      try csv("sum hours, sum fee, avg fee of attendance by session.type"),
      [
        "session.type,sum_hours,sum_fee,avg", "lecture,0.5,0.8,0.4", "micro,6.75,0.7,0.175",
        ",4,0.5,0.16666666666666666",
      ])
  }

  func testMonthAndModeOfTheReferredSessionWithAnEmptyDate() throws {
    // January: session 1 (online, 3.5 h), session 2 (offline, 0.5 h, one row empty);
    // March: session 3 (online, 1 h), so online's February is filled in; session 4 has no
    // date (offline, 3.25 h); no session at all: 3 h, neither month nor mode.
    XCTAssertEqual(
      try csv("sum hours of attendance by month(session.date), session.mode"),
      [
        "month,session.mode,sum", "2024-01,offline,0.5", "2024-01,online,3.5",
        "2024-02,online,0", "2024-03,online,1", ",offline,3.25", ",,3",
      ])
  }

  func testAKeyTwoReferencesAway() throws {
    // Bases through sessions: red (sessions 1 and 3: 3 rows), practice (session 2: 2 rows),
    // session 4 has no base, and two rows have no session (4 without a kind).
    XCTAssertEqual(
      try csv("count attendance by session.base.kind"),
      ["session.base.kind,count", "practice,2", "red,3", ",4"])
  }

  func testAWhereAndMeasuresWithoutAScanOfTheirOwn() throws {
    // score > 2: rows 1, 3, 4, 8, 9. micro: row 1 (score 4); lecture: rows 3, 4; none: 8, 9.
    XCTAssertEqual(
      try csv("count, max score, sum hours of attendance where score > 2 by session.type"),
      ["session.type,count,max,sum", "lecture,2,5,0.5", "micro,1,4,1.5", ",2,5,3"])
  }

  // MARK: large data, the same as row by row

  /// 300,000 attendance rows over 5,000 sessions and 7 bases: the scans split in two halves.
  /// `hours` are halves and quarters; `mixed` the same up to a tenth in the second half; `fee`
  /// tenths; `big` whole numbers beyond what 300,000 of them may add in a `Double`; `huge`
  /// whole numbers whose sum overflows.
  private static func largeFiles() -> [String: String] {
    var random = SeededRandom(seed: 18)
    var bases = "id,kind\n"
    for b in 1...7 { bases += "\(b),\(["red", "practice", ""][b % 3])\n" }
    var sessions = "id,type,date,mode,base\n"
    for s in 1...5_000 {
      let type = ["micro", "lecture", "practice", "", "forum"][Int(random.next() % 5)]
      let day = random.next() % 40 == 0 ? "" : isoDate(16_436 + Int(random.next() % 4_017))
      let mode = ["online", "offline", ""][Int(random.next() % 3)]
      let base = random.next() % 9 == 0 ? "" : "\(1 + random.next() % 8)"  // 8 dangles
      sessions += "\(s),\(type),\(day),\(mode),\(base)\n"
    }
    var rows = ["session,hours,mixed,fee,score,big,huge"]
    rows.reserveCapacity(300_001)
    for i in 0..<300_000 {
      let r = random.next()
      let session =
        r % 97 == 0 ? "" : (r % 89 == 0 ? "6000" : "\(1 + (i * 5_000) / 300_000)")
      let hours = r % 11 == 0 ? "" : "\(Double(1 + (r >> 8) % 12) * 0.25)"
      let mixed = i == 200_000 ? "0.1" : hours
      let fee = r % 13 == 0 ? "" : "0.\(1 + (r >> 12) % 9)"
      let score = r % 10 == 0 ? "" : "\(1 + (r >> 16) % 5)"
      let big = "\(Int64(1) << 40 + Int64((r >> 20) % 1_000))"
      let huge = "\(Int64.max / 4 - Int64((r >> 24) % 1_000))"
      rows.append("\(session),\(hours),\(mixed),\(fee),\(score),\(big),\(huge)")
    }
    return [
      "schema.json": schema.replacingOccurrences(
        of: "\"fee\": {\"type\": \"decimal\"}",
        with: "\"fee\": {\"type\": \"decimal\"}, \"mixed\": {\"type\": \"decimal\"}"),
      "bases.csv": bases, "sessions.csv": sessions,
      "attendance.csv": rows.joined(separator: "\n") + "\n",
    ]
  }

  private static func isoDate(_ days: Int) -> String {
    let date = Date(timeIntervalSince1970: Double(days) * 86_400)
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd"
    return f.string(from: date)
  }

  /// Whether `query` is worked out per referred row, with groups and measures bit for bit
  /// those of the row-by-row grouping (or the same error).
  private func compareBothWays(_ query: String) throws -> Bool {
    let session = Session(store: try XCTUnwrap(Self.large))
    guard case .query(let q) = try Parser.parseStatement(query).kind else { return false }
    var warnings: [Diagnostic] = []
    let plan = try session.planner.plan(q, warnings: &warnings)
    var executor = session.executor
    executor.span = plan.span
    let fast: Result<Grouped?, Diagnostic> = Result { () throws(Diagnostic) in
      try executor.referencedGroups(plan)
    }
    let rowwise: Result<Grouped, Diagnostic> = Result { () throws(Diagnostic) in
      try executor.groupedRows(plan)
    }
    switch (fast, rowwise) {
    case (.success(let a?), .success(let b)):
      XCTAssertEqual(a.index.count, b.index.count, query)
      XCTAssertEqual(a.rows, b.rows, query)
      XCTAssertEqual(a.metrics.map(\.bits), b.metrics.map(\.bits), query)
      for slot in 0..<a.index.count where a.rows[slot] > 0 {
        XCTAssertEqual(a.index.codes(slot), b.index.codes(slot), query)
      }
      XCTAssertGreaterThan(a.rows.reduce(0, +), 0, query)
      return true
    case (.failure(let a), .failure(let b)):
      XCTAssertEqual(a.text.en, b.text.en, query)
      return true
    case (.success(nil), _):
      XCTFail("\(query): not worked out per referred row")
    default:
      XCTFail("\(query): \(fast) against \(rowwise)")
    }
    return false
  }

  func testLargeCountsAndSumsAreTheSameAsRowByRow() throws {
    for query in [
      "count attendance by session.type",
      "avg score of attendance by session.type",
      "sum score, avg score, count of attendance by session.type, session.mode",
      "sum hours of attendance by month(session.date), session.mode",
      "avg hours of attendance by year(session.date)",
      "sum mixed, avg mixed of attendance by session.mode",
      "sum fee, avg fee of attendance by session.type",
      "count attendance by session.base.kind, session.type",
      "sum hours of attendance by session.mode across session.type",
    ] {
      XCTAssertTrue(try compareBothWays(query), query)
    }
  }

  func testLargeWholeNumbersBeyondTheBoundsGoRowByRow() throws {
    // `big`: 300,000 values of 2^40 add beyond 2^53; `huge` overflows a whole-number sum.
    for query in [
      "avg big of attendance by session.type",
      "sum big of attendance by session.type",
      "sum huge of attendance by session.mode",
      "avg huge of attendance by session.mode",
    ] {
      XCTAssertTrue(try compareBothWays(query), query)
    }
    XCTAssertThrowsError(try csv("sum huge of attendance by session.mode", Self.large)) {
      XCTAssertEqual(
        ($0 as? Diagnostic)?.text.en,
        "a sum is larger than the largest whole number held exactly (9223372036854775807)")
    }
  }

  func testLargeWhereAndOtherMeasures() throws {
    for query in [
      "sum hours, count of attendance where score >= 3 by session.type",
      "avg fee of attendance where session.mode = online by month(session.date)",
      "count distinct session, max hours, median score of attendance by session.type",
      "s5 = sum(hours where score = 5), rate score = 1 of attendance by session.mode",
    ] {
      XCTAssertTrue(try compareBothWays(query), query)
    }
  }
}

extension ReferencedGroupTests {
  /// Ctrl-C stops the scans too: another thread keeps asking each query to stop.
  func testTheScansStopOnCancel() throws {
    for text in [
      "count attendance by session.type",  // the counting scan
      "avg score of attendance by session.type",  // whole numbers
      "sum hours of attendance by month(session.date), session.mode",  // decimals
      "max hours of attendance where score > 1 by session.mode",  // slots for the others
    ] {
      let session = Session(store: try XCTUnwrap(Self.largeStore))
      let statement = try Parser.parseStatement(text)
      let done = Flag()
      let canceller = Thread {
        while !done.isSet { session.cancellation.cancel() }
      }
      canceller.start()
      defer { done.set() }
      XCTAssertThrowsError(try session.run(statement), text) { error in
        XCTAssertEqual((error as? Diagnostic)?.text.en, "query cancelled", text)
        XCTAssertEqual((error as? Diagnostic)?.span, Span(0, text.utf8.count), text)
      }
    }
  }
}

/// A flag another thread may set.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}

extension MetricValues {
  /// The values as bits, to compare two ways of working them out exactly.
  fileprivate var bits: [UInt64] {
    switch self {
    case .integers(let v): v.map { UInt64(bitPattern: $0) }
    case .numbers(let v): v.map(\.bitPattern)
    case .texts(let v): v.map { UInt64(truncatingIfNeeded: ($0 ?? "\u{0}").hashValue) }
    }
  }
}
