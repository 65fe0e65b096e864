import Engine
import Foundation
import TestSupport

/// The sample data loaded into a temporary SQLite database through Debian's `sqlite3`, once
/// per test run: one table per store table with declared types, the CSV files imported,
/// empty strings turned to NULL, booleans to 0/1, an index on every `id` and reference.
final class SQLiteDatabase: Sendable {
  static let sqlite3 = "/usr/bin/sqlite3"

  let path: String
  let store: Store

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static var sampleFolder: URL {
    Repository.root.appendingPathComponent("examples/data/kangjian")
  }

  /// The shared database, built on first use.
  static let shared: Result<SQLiteDatabase, Failure> = {
    do {
      return .success(try SQLiteDatabase())
    } catch let error as Failure {
      return .failure(error)
    } catch {
      return .failure(Failure(description: "\(error)"))
    }
  }()

  private convenience init() throws {
    let store: Store
    do {
      store = try Loader.load(.directory(Self.sampleFolder.path))
    } catch {
      throw Failure(description: "the sample does not load: \(error)")
    }
    Self.removeFoldersOfEndedRuns()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-sql-\(ProcessInfo.processInfo.processIdentifier)")
    try self.init(store: store, data: Self.sampleFolder, in: folder)
  }

  /// `store`, loaded from the CSV files of `data`, as a new database in `folder`.
  init(store: Store, data: URL, in folder: URL) throws {
    guard FileManager.default.isExecutableFile(atPath: Self.sqlite3) else {
      throw Failure(description: "\(Self.sqlite3) is missing: apt-get install sqlite3")
    }
    self.store = store
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    path = folder.appendingPathComponent("data.db").path
    try? FileManager.default.removeItem(atPath: path)
    let script = folder.appendingPathComponent("load.sql")
    try Self.loadScript(store, folder: data).write(to: script, atomically: true, encoding: .utf8)
    let result = try Self.run(["-bail", path, ".read '\(script.path)'"])
    guard result.status == 0, result.error.isEmpty else {
      throw Failure(description: "loading the data into sqlite3 failed: \(result.error)")
    }
  }

  /// Removes the databases of earlier test runs whose process has ended.
  private static func removeFoldersOfEndedRuns() {
    let temporary = FileManager.default.temporaryDirectory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
    for name in names where name.hasPrefix("dangke-sql-") {
      guard let pid = Int32(name.dropFirst("dangke-sql-".count)), kill(pid, 0) != 0,
        errno == ESRCH
      else { continue }
      try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
    }
  }

  /// The `sqlite3` commands that create and fill the tables.
  static func loadScript(_ store: Store, folder: URL) -> String {
    var lines: [String] = []
    for t in store.tables {
      let name = quoted(t.name)
      let columns = t.columns.map { "\(quoted($0.name)) \(sqlType($0.type))" }
      lines.append("CREATE TABLE \(name) (\(columns.joined(separator: ", ")));")
      let file = folder.appendingPathComponent(t.name + ".csv").path
      lines.append(".import --csv --skip 1 '\(file)' \(name)")
      for c in t.columns {
        let column = quoted(c.name)
        lines.append("UPDATE \(name) SET \(column) = NULL WHERE \(column) = '';")
        if c.type == .boolean {
          lines.append(
            "UPDATE \(name) SET \(column) = CASE lower(\(column)) WHEN 'true' THEN 1 WHEN '是' THEN 1 "
              + "WHEN 'yes' THEN 1 WHEN '1' THEN 1 ELSE 0 END WHERE \(column) IS NOT NULL;")
        }
        if c.reference != nil || c.name.lowercased() == "id" {
          lines.append(
            "CREATE INDEX \(quoted("\(t.name)_\(c.name)")) ON \(name) (\(column));")
        }
      }
    }
    lines.append("ANALYZE;")
    return lines.joined(separator: "\n") + "\n"
  }

  static func sqlType(_ type: ColumnType) -> String {
    switch type {
    case .integer, .boolean: "INTEGER"
    case .decimal: "REAL"
    case .date, .text: "TEXT"
    }
  }

  static func quoted(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Runs `sql` and reads its answer.
  func query(_ sql: String) throws -> SQLiteJSON {
    let file = URL(fileURLWithPath: path).deletingLastPathComponent()
      .appendingPathComponent("query.sql")
    try sql.write(to: file, atomically: true, encoding: .utf8)
    let result = try Self.run(["-json", "-bail", path, ".read '\(file.path)'"])
    guard result.status == 0, result.error.isEmpty else {
      throw Failure(description: "sqlite3 failed: \(result.error)")
    }
    return try SQLiteJSON(parsing: result.output)
  }

  /// Runs many statements in one sqlite3 process: one answer per statement, and whether
  /// sqlite3 reported any error (then an empty answer may be a failed statement: run it alone).
  func queryBatch(_ statements: [String]) throws -> (answers: [SQLiteJSON], errors: Bool) {
    let separator = "SELECT 1 AS \"__next__\";"
    let script = statements.map { $0 + "\n" + separator + "\n" }.joined()
    let file = URL(fileURLWithPath: path).deletingLastPathComponent()
      .appendingPathComponent("batch.sql")
    try script.write(to: file, atomically: true, encoding: .utf8)
    let result = try Self.run(["-json", path, ".read '\(file.path)'"])
    var answers: [SQLiteJSON] = []
    var current: SQLiteJSON?
    for answer in try SQLiteJSON.answers(parsing: result.output) {
      if answer.columns == ["__next__"] {
        answers.append(try current ?? SQLiteJSON(parsing: ""))
        current = nil
      } else {
        current = answer
      }
    }
    guard answers.count == statements.count else {
      throw Failure(description: "sqlite3 gave \(answers.count) answers for \(statements.count)")
    }
    return (answers, !result.error.isEmpty)
  }

  private static func run(_ arguments: [String]) throws -> (
    status: Int32, output: String, error: String
  ) {
    let r = try ProcessRunner.run(URL(fileURLWithPath: sqlite3), arguments)
    return (r.status, r.stdout, r.stderr)
  }
}
