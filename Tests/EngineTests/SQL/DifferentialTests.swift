import Engine
import Foundation
import Lang
import TestSupport
import XCTest

/// Runs every query of the differential corpus (the files of `differential/`, one a feature,
/// in name order) through Dangke and, translated by `sql`, through sqlite3 on the same sample,
/// and checks that the answers agree cell by cell and in order.
///
/// Corpus lines: a query; `let …` (bound for the lines after it); `.set NAME VALUE` (a
/// parameter); `known: QUERY` (a disagreement found in the engine and not fixed yet: it is
/// run and reported, and the test fails if it starts to agree so the marker gets removed).
final class DifferentialTests: XCTestCase {
  static var corpusPath: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("differential").path
  }

  struct Line {
    /// The corpus file's name (`periods.dk`).
    var file: String
    var number: Int
    var text: String
    var known: Bool

    /// `periods.dk:12`, to name the line in a failure.
    var place: String { "\(file):\(number)" }
  }

  static func corpus() throws -> [Line] {
    var lines: [Line] = []
    for path in try GoldenCorpus.paths(corpusPath) {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let file = URL(fileURLWithPath: path).lastPathComponent
      for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var line = raw.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.hasPrefix("#") { continue }
        let known = line.hasPrefix("known:")
        if known { line = line.dropFirst("known:".count).trimmingCharacters(in: .whitespaces) }
        lines.append(Line(file: file, number: i + 1, text: line, known: known))
      }
    }
    return lines
  }

  private func database() throws -> SQLiteDatabase {
    switch SQLiteDatabase.shared {
    case .success(let db): return db
    case .failure(let error): throw error
    }
  }

  func testCorpusIsLargeAndCoversEveryConstruct() throws {
    let queries = try Self.corpus().filter { !$0.text.hasPrefix("let ") && !$0.text.hasPrefix(".") }
    XCTAssertGreaterThanOrEqual(queries.count, 90)
    let all = queries.map(\.text).joined(separator: "\n")
    for construct in [
      " and ", " or ", "not ", " in (", " in 2016", "-Q", " between ", "~", "is empty",
      "is not empty", "count distinct", "sum ", "avg ", "min ", "max ", "median ", "stddev ",
      "rate ",
      "day(", "week(", "month(", "quarter(", "year(", "by month", "having", "order by", " desc",
      "limit", "top", "across", "has ", "no ", "count(", "$", "list ", ".org.name", " with change",
      ", yoy", "share",
    ] {
      XCTAssertTrue(all.contains(construct), "the corpus has no query with '\(construct)'")
    }
  }

  func testDangkeAgreesWithSQLite() throws {
    let db = try database()
    let session = Session(store: db.store)
    var agreed = 0
    var knownFailures: [String] = []
    for line in try Self.corpus() {
      if line.text.hasPrefix(".set ") {
        let parts = line.text.split(separator: " ", maxSplits: 2).map(String.init)
        XCTAssertEqual(parts.count, 3, "\(line.place): .set NAME VALUE")
        if parts.count == 3 { session.parameters[parts[1]] = parts[2] }
        continue
      }
      let statement: Statement
      do {
        statement = try Parser.parseStatement(line.text)
      } catch {
        XCTFail("\(line.place): \(line.text)\ndoes not parse: \(error.message)")
        continue
      }
      guard case .query(let query) = statement.kind else {
        do { _ = try session.run(statement) } catch {
          XCTFail("\(line.place): \(line.text)\nfails: \(error.message)")
        }
        continue
      }
      let problem = check(query, line, session, db)
      switch (problem, line.known) {
      case (nil, false): agreed += 1
      case (nil, true):
        XCTFail("\(line.place) is marked known but now agrees: drop 'known:'\n\(line.text)")
      case (let p?, false): XCTFail(p)
      case (let p?, true): knownFailures.append(p)
      }
    }
    XCTAssertGreaterThanOrEqual(agreed, 90, "queries that agree")
    for p in knownFailures { print("known disagreement (a `known:` line of the corpus):\n\(p)\n") }
  }

  /// Nil when Dangke and SQLite agree; else the query, the SQL and the first differing rows.
  private func check(_ query: Query, _ line: Line, _ session: Session, _ db: SQLiteDatabase)
    -> String?
  {
    let head = "\(line.place): \(line.text)"
    let dangke: ResultTable
    let sql: String
    do {
      guard
        case .table(let t, _) = try session.run(Statement(.query(query), span: query.span)).outcome,
        case .text(let s) = try session.run(Statement(.sql(query), span: query.span)).outcome
      else { return "\(head)\nunexpected outcome" }
      (dangke, sql) = (t, s)
    } catch {
      return "\(head)\nfails in Dangke: \(error.message)"
    }
    if dangke.rows.isEmpty { return "\(head)\nhas an empty answer: choose a query that finds rows" }
    let answer: SQLiteJSON
    do {
      answer = try db.query(sql)
    } catch {
      return "\(head)\nSQL:\n\(sql)\n\(error)"
    }
    guard let difference = AnswerComparison.difference(dangke, answer) else { return nil }
    // Dangke sorts text by pinyin, sqlite3 by bytes (it has no pinyin collation): where the
    // answers differ, they must agree once Dangke too sorts by bytes.
    if let bytes = Self.inByteOrder(query, session, columnsAs: answer),
      AnswerComparison.difference(bytes, answer) == nil
    {
      return nil
    }
    return "\(head)\nSQL:\n\(sql)\n\(difference)"
  }

  /// The answer with text in byte order, as sqlite3 sorts it; nil when it fails. The SQL
  /// translator orders a crosstab's columns by pinyin whatever the session says (it works
  /// them out when it writes the SQL), so a crosstab's columns are put in `sqlite`'s order
  /// when both have the same columns.
  static func inByteOrder(_ query: Query, _ session: Session, columnsAs sqlite: SQLiteJSON)
    -> ResultTable?
  {
    session.textOrder = .bytes
    defer { session.textOrder = .pinyin }
    guard
      case .table(let t, _) = try? session.run(Statement(.query(query), span: query.span)).outcome
    else { return nil }
    let names = t.columns.map(\.name)
    guard query.across != nil, names != sqlite.columns, Set(names) == Set(sqlite.columns),
      names.count == sqlite.columns.count
    else { return t }
    let at = sqlite.columns.map { name in names.firstIndex(of: name)! }
    return ResultTable(
      columns: at.map { t.columns[$0] }, rows: t.rows.map { row in at.map { row[$0] } },
      isTimeSeries: t.isTimeSeries)
  }
}
