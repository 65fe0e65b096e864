/// The common table expressions of one statement, in order.
struct SQLCTEs {
  private(set) var items: [(name: String, body: String)] = []
  private(set) var recursive = false

  mutating func add(_ name: String, _ body: String, recursive: Bool = false) {
    items.append((name, body))
    self.recursive = self.recursive || recursive
  }

  /// `WITH [RECURSIVE] a AS (…), b AS (…)` followed by `final`.
  func statement(_ final: String) -> String {
    let ctes = items.map { "\(SQLText.identifier($0.name)) AS (\n  \($0.body)\n)" }
    return "WITH \(recursive ? "RECURSIVE " : "")" + ctes.joined(separator: ",\n") + "\n" + final
  }
}
