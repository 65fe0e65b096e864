import Engine
import Foundation
import Lang
import TestSupport
import XCTest

/// Randomized differential testing: seeded random queries (every construct: paths, buckets,
/// having, rates, crosstab, has/no, related counts, order/limit/top, lists) run by Dangke and,
/// through `sql`, by sqlite3 on the sample; a disagreement is shrunk to a minimal query.
///
/// `swift test --filter RandomDifferentialTests` runs 2,000 queries of the fixed seed. Any other
/// number and seed: `DANGKE_RANDOM_SEED=7 DANGKE_RANDOM_COUNT=20000 swift test --filter
/// RandomDifferentialTests`.
final class RandomDifferentialTests: XCTestCase {
  private struct Run {
    var query: RandomQuery
    var answer: ResultTable
    var sql: String
  }

  private func database() throws -> SQLiteDatabase {
    switch SQLiteDatabase.shared {
    case .success(let db): return db
    case .failure(let error): throw error
    }
  }

  /// Dangke's answer and the translation, or nil when Dangke rejects the query.
  private func run(_ q: RandomQuery, _ session: Session) -> Run? {
    guard case .query(let query) = (try? Parser.parseStatement(q.description))?.kind,
      let answer = try? session.run(Statement(.query(query), span: query.span)),
      case .table(let table, _) = answer.outcome,
      let sql = try? session.run(Statement(.sql(query), span: query.span)),
      case .text(let text) = sql.outcome
    else { return nil }
    return Run(query: q, answer: table, sql: text)
  }

  /// The difference between Dangke and SQLite for one query run alone, if any.
  private func difference(_ r: Run, _ db: SQLiteDatabase) -> String? {
    do {
      let answer = try db.query(r.sql)
      guard let difference = AnswerComparison.difference(r.answer, answer) else { return nil }
      // Pinyin order against sqlite3's byte order: equal once Dangke sorts by bytes too.
      if case .query(let query) = (try? Parser.parseStatement(r.query.description))?.kind,
        let bytes = DifferentialTests.inByteOrder(
          query, Session(store: db.store), columnsAs: answer),
        AnswerComparison.difference(bytes, answer) == nil
      {
        return nil
      }
      return difference
    } catch {
      return "\(error)"
    }
  }

  func testRandomQueriesAgree() throws {
    let db = try database()
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["DANGKE_RANDOM_SEED"].flatMap { UInt64($0) } ?? 20_161_222
    let count = environment["DANGKE_RANDOM_COUNT"].flatMap { Int($0) } ?? 2_000
    let session = Session(store: db.store)
    var generator = RandomQueryGenerator(store: db.store, random: SeededRandom(seed: seed))
    var runs: [Run] = []
    var rejected = 0
    let started = Date()
    while runs.count < count, rejected < count * 3 {
      if let r = run(generator.query(), session) { runs.append(r) } else { rejected += 1 }
    }
    XCTAssertEqual(runs.count, count, "Dangke rejected too many random queries (\(rejected))")
    let dangkeSeconds = Date().timeIntervalSince(started)
    if let dump = environment["DANGKE_RANDOM_DUMP"] {
      let lines = runs.map { "\($0.query)\t\($0.answer.rows.count)\n" }.joined()
      try lines.write(toFile: dump, atomically: true, encoding: .utf8)
    }
    let (answers, errors) = try db.queryBatch(runs.map(\.sql))
    let sqliteSeconds = Date().timeIntervalSince(started) - dangkeSeconds
    var failures: [String] = []
    var disagreements = 0
    let nonEmpty = runs.filter { !$0.answer.rows.isEmpty }.count
    for (r, answer) in zip(runs, answers) {
      let suspicious = errors && answer.rows.isEmpty
      guard AnswerComparison.difference(r.answer, answer) != nil || suspicious,
        difference(r, db) != nil
      else { continue }
      disagreements += 1
      if failures.count < 5 { failures.append(shrink(r, session, db)) }
    }
    print(
      "random differential: seed \(seed), \(runs.count) queries, "
        + "\(nonEmpty) with rows, \(rejected) rejected by Dangke, \(disagreements) disagree; "
        + "Dangke \(Int(dangkeSeconds)) s, sqlite3 \(Int(sqliteSeconds)) s")
    XCTAssertGreaterThan(nonEmpty, count / 2, "most random queries should find rows")
    for f in failures { XCTFail(f) }
  }

  /// Drops parts of a failing query while it still fails; reports the smallest.
  private func shrink(_ failing: Run, _ session: Session, _ db: SQLiteDatabase) -> String {
    var best = failing
    var progress = true
    while progress {
      progress = false
      for q in best.query.smaller {
        if let r = run(q, session), difference(r, db) != nil {
          best = r
          progress = true
          break
        }
      }
    }
    let sql = best.sql.count > 4000 ? best.sql.prefix(4000) + " …" : Substring(best.sql)
    let why = difference(best, db) ?? ""
    return "random query disagrees: \(failing.query)\nminimal: \(best.query)\nSQL:\n\(sql)\n"
      + (why.count > 2000 ? why.prefix(2000) + " …" : Substring(why))
  }
}
