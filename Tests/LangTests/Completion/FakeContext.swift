import Lang
import XCTest

/// A small schema like the sample data's, for completion tests.
struct FakeContext: CompletionContext {
  let schema: [String: [String]] = [
    "sessions": ["id", "date", "type", "title", "teacher", "host", "base", "hours"],
    "attendance": ["session", "member", "hours", "score"],
    "members": ["id", "name", "category", "org", "post"],
    "orgs": ["id", "name", "category", "secretary"],
    "experts": ["id", "name"],
    "bases": ["id", "name", "kind"],
  ]
  let references: [String: String] = [
    "attendance.session": "sessions", "attendance.member": "members", "members.org": "orgs",
    "sessions.teacher": "experts", "sessions.host": "orgs", "sessions.base": "bases",
  ]

  func tables() -> [String] { ["attendance", "bases", "experts", "members", "orgs", "sessions"] }

  func columns(of table: String) -> [String] { schema[table] ?? schema["sessions"]! }

  func referencedTable(of table: String, column: String) -> String? {
    references["\(table).\(column)"]
  }

  func values(of table: String, column path: [String]) -> [(value: String, count: Int)] {
    var current = table
    for part in path.dropLast() {
      guard let next = referencedTable(of: current, column: part) else { return [] }
      current = next
    }
    switch "\(current).\(path.last ?? "")" {
    case "sessions.type": return [("micro", 96), ("open", 90), ("practice", 80)]
    case "members.category", "orgs.category":
      return [("居民区", 3000), ("两新组织", 900), ("leadership", 20), ("two words", 1)]
    case "sessions.hours": return [("1.5", 200), ("2", 100)]
    default: return []
    }
  }

  var letNames: [String] { ["recent"] }
}

extension FakeContext {
  /// Completes `marked` where its `|` stands (the cursor), as the prompt would.
  func complete(_ marked: String, file: StaticString = #filePath, line: UInt = #line)
    -> CompletionResult
  {
    guard let bar = marked.firstIndex(of: "|") else {
      XCTFail("no cursor in \(marked)", file: file, line: line)
      return CompletionResult(replaced: .at(0), candidates: [])
    }
    var text = marked
    text.remove(at: bar)
    let cursor = marked.utf8.distance(from: marked.startIndex, to: bar)
    return Completion.candidates(line: text, cursor: cursor, context: self)
  }

  /// The candidate texts of `complete(marked)`.
  func texts(_ marked: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
    complete(marked, file: file, line: line).texts
  }
}
