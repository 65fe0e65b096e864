import Engine
import Foundation
import Lang
import TestSupport
import XCTest

/// Randomized differential testing of let answers: a random aggregate named with `let`, then
/// a random query of that answer, run by Dangke and, through `sql` (the let a CTE in front of
/// the query), by sqlite3 on the sample. Text is ordered by bytes on both sides.
///
/// 300 pairs of the fixed seed; `DANGKE_RANDOM_SEED` and `DANGKE_LET_COUNT` choose others.
final class RandomLetDifferentialTests: XCTestCase {
  func testRandomLetPairsAgree() throws {
    let db: SQLiteDatabase
    switch SQLiteDatabase.shared {
    case .success(let d): db = d
    case .failure(let error): throw error
    }
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["DANGKE_RANDOM_SEED"].flatMap { UInt64($0) } ?? 20_161_222
    let count = environment["DANGKE_LET_COUNT"].flatMap { Int($0) } ?? 300
    var random = SeededRandom(seed: seed)
    var pairs: [(text: String, answer: ResultTable, sql: String)] = []
    var tries = 0
    while pairs.count < count, tries < count * 10 {
      tries += 1
      let session = Session(store: db.store)
      session.textOrder = .bytes
      var outer = RandomQueryGenerator(store: db.store, random: random)
      var named = outer.query()
      named.across = nil
      named.top = nil
      random = outer.random
      let letText = "let t1 = \(named)"
      guard !named.list || !named.fields.isEmpty, run(letText, session) != nil,
        let table = session.storeWithLets.table("t1"), table.rowCount > 0,
        // The generator's keys need a column that is not a decimal.
        table.columns.contains(where: { $0.type != .decimal && $0.name.lowercased() != "phone" })
      else { continue }
      var generator = RandomQueryGenerator(store: session.storeWithLets, random: random)
      let query = generator.query(on: table)
      random = generator.random
      guard case .table(let answer, _)? = run(query.description, session),
        case .text(let sql)? = run("sql \(query)", session)
      else { continue }
      pairs.append(("\(letText)\n\(query)", answer, sql))
    }
    XCTAssertEqual(pairs.count, count, "Dangke rejected too many let pairs")
    let (answers, _) = try db.queryBatch(pairs.map(\.sql))
    var failures: [String] = []
    for (pair, answer) in zip(pairs, answers) {
      guard let why = AnswerComparison.difference(pair.answer, answer) else { continue }
      if failures.count < 5 {
        failures.append("let pair disagrees:\n\(pair.text)\nSQL:\n\(pair.sql.prefix(3000))\n\(why)")
      } else {
        failures.append("")
      }
    }
    print("random let differential: seed \(seed), \(pairs.count) pairs, \(failures.count) disagree")
    for f in failures.prefix(5) { XCTFail(f) }
  }

  private func run(_ text: String, _ session: Session) -> Outcome? {
    guard let statement = try? Parser.parseStatement(text) else { return nil }
    return try? session.run(statement).outcome
  }
}
