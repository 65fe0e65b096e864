import Engine
import Lang
import XCTest

/// The built-in sample, loaded once for all engine tests.
enum Sample {
  static let store: Store = {
    do {
      return try Loader.load(.memory(name: "sample", files: Generator(scale: .sample).files()))
    } catch {
      fatalError("the built-in sample does not load: \(error)")
    }
  }()

  /// Runs one statement on a fresh session and returns the answer table.
  static func answer(
    _ text: String, parameters: [String: String] = [:], file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> ResultTable {
    let session = Session(store: store)
    session.parameters = parameters
    let statement = try Parser.parseStatement(text)
    let answer = try session.run(statement)
    guard case .table(let table, _) = answer.outcome else {
      XCTFail("'\(text)' gave no table", file: file, line: line)
      return ResultTable(columns: [], rows: [])
    }
    return table
  }

  /// The single number of a one-cell answer.
  static func number(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws
    -> Double
  {
    let table = try answer(text, file: file, line: line)
    XCTAssertEqual(table.rows.count, 1, text, file: file, line: line)
    return table.rows.first?.last?.numeric ?? .nan
  }

  /// The rendered error or warning text of a statement (empty when it runs cleanly).
  static func diagnostics(_ text: String, parameters: [String: String] = [:]) -> String {
    let session = Session(store: store)
    session.parameters = parameters
    var messages: [String] = []
    let shell = StatementRunner(session: session, out: { _ in }, err: { messages.append($0) })
    shell.run(text)
    return messages.joined()
  }
}

extension Value {
  var numeric: Double? {
    switch self {
    case .integer(let v): Double(v)
    case .decimal(let v): v
    default: nil
    }
  }
}
