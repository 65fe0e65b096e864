import Lang

/// Hands out table aliases that are unique within one translated statement.
final class SQLAliases {
  private var used: Set<String> = []

  /// `wanted`, or `wanted_2`, `wanted_3` … when it is taken (compared case-insensitively,
  /// as SQLite compares names).
  func fresh(_ wanted: String) -> String {
    var name = wanted
    var n = 1
    while used.contains(name.lowercased()) {
      n += 1
      name = "\(wanted)_\(n)"
    }
    used.insert(name.lowercased())
    return name
  }
}

/// One FROM clause: a base table under an alias and the LEFT JOINs its reference paths need,
/// one join per distinct path prefix (`member`, `member.org`).
struct SQLScope {
  let store: Store
  /// The base table.
  let table: Int
  /// The alias of the base table.
  let alias: String
  let aliases: SQLAliases
  /// Join alias by path prefix (lower-cased column names joined by dots).
  private var joinAliases: [String: String] = [:]
  /// `LEFT JOIN … AS … ON …` clauses, in the order they were needed.
  private(set) var joins: [String] = []
  /// Whether join aliases are prefixed with the base alias (inside a subquery).
  private let nested: Bool

  init(store: Store, table: Int, aliases: SQLAliases, nested: Bool) {
    self.store = store
    self.table = table
    self.aliases = aliases
    self.nested = nested
    alias = aliases.fresh(store.tables[table].name)
  }

  /// `"sessions" AS "sessions" LEFT JOIN …`.
  var fromClause: String {
    let name = store.tables[table].name
    let base =
      name == alias
      ? SQLText.identifier(name) : SQLText.identifier(name) + " AS " + SQLText.identifier(alias)
    return ([base] + joins).joined(separator: "\n  ")
  }

  /// The SQL of the base table's `id` column (what related rows refer to).
  var idColumn: String {
    SQLText.column(alias, Resolver(store: store).idColumn(of: table)?.name ?? "id")
  }

  /// The end of a path: the alias that holds its last column, the column and its table.
  mutating func resolve(_ path: Path) throws(Diagnostic) -> (
    alias: String, column: Column, table: Int
  ) {
    _ = try Resolver(store: store).path(path, from: table)  // the engine's messages for bad names
    let path = ownColumnPath(path)
    var current = alias
    var t = table
    var prefix: [String] = []
    var written: [String] = []
    for (i, part) in path.parts.enumerated() {
      let column = store.tables[t].column(part.text)!
      if i == path.parts.count - 1 { return (current, column, t) }
      prefix.append(column.name.lowercased())
      written.append(part.text)
      (current, t) = join(from: current, column: column, prefix: prefix, written: written)
    }
    fatalError("unreachable: a path has at least one part")
  }

  /// Follows a path to its end and then through its final reference: the alias of the row
  /// referred to and its table. Nil when the path does not end at a reference.
  mutating func target(of path: Path) throws(Diagnostic) -> (alias: String, table: Int)? {
    let (owner, column, t) = try resolve(path)
    guard let reference = column.reference, store.tableIndex(reference.table) != nil else {
      return nil
    }
    _ = t
    let parts = ownColumnPath(path).parts
    return join(
      from: owner, column: column, prefix: parts.map { $0.text.lowercased() },
      written: parts.map(\.text))
  }

  /// `plans.deadline` read from plans is the column `deadline`: the table's own name may lead
  /// a path (unless the table has a column so named).
  private func ownColumnPath(_ path: Path) -> Path {
    let own = store.tables[table]
    guard path.parts.count > 1, path.parts[0].text.lowercased() == own.name.lowercased(),
      own.columnIndex(path.parts[0].text) == nil
    else { return path }
    return Path(Array(path.parts.dropFirst()), span: path.span)
  }

  /// The LEFT JOIN for one hop, added once per prefix.
  private mutating func join(
    from owner: String, column: Column, prefix: [String], written: [String]
  )
    -> (String, Int)
  {
    let reference = column.reference!
    let target = store.tableIndex(reference.table)!
    let key = prefix.joined(separator: ".")
    if let existing = joinAliases[key] { return (existing, target) }
    let wanted = (nested ? [alias] + written : written).joined(separator: ".")
    let joined = aliases.fresh(wanted)
    joinAliases[key] = joined
    let id = Resolver(store: store).idColumn(of: target)?.name ?? "id"
    joins.append(
      "LEFT JOIN \(SQLText.identifier(store.tables[target].name)) AS \(SQLText.identifier(joined))"
        + " ON \(SQLText.column(joined, id)) = \(SQLText.column(owner, column.name))")
    return (joined, target)
  }
}
