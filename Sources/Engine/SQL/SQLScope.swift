/// Hands out table aliases that are unique within one statement.
final class SQLAliases {
  private var used: Set<String> = []

  /// `wanted`, or `wanted_2`, `wanted_3` … when it is taken (compared case-insensitively,
  /// as SQL compares names).
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

  /// The column a resolved path ends at, through one join per reference it follows.
  mutating func column(_ path: ResolvedPath) -> String {
    SQLText.column(owner(of: path), path.column.name)
  }

  /// The row a path ending at a reference refers to: its alias and table. Nil when the path
  /// does not end at a reference.
  mutating func target(of path: ResolvedPath) -> (alias: String, table: Int)? {
    guard let reference = path.column.reference, let target = store.tableIndex(reference.table)
    else { return nil }
    let owner = owner(of: path)
    return (
      join(
        from: owner, column: path.column.name, to: target, prefix: path.via + [path.column.name]),
      target
    )
  }

  /// The alias of the table holding the path's last column.
  private mutating func owner(of path: ResolvedPath) -> String {
    var current = alias
    for (i, hop) in path.hops.enumerated() {
      guard let target = store.tableIndex(hop.table) else { break }
      current = join(
        from: current, column: path.via[i], to: target, prefix: Array(path.via[...i]))
    }
    return current
  }

  /// The LEFT JOIN for one hop, added once per prefix.
  private mutating func join(from owner: String, column: String, to target: Int, prefix: [String])
    -> String
  {
    let key = prefix.map { $0.lowercased() }.joined(separator: ".")
    if let existing = joinAliases[key] { return existing }
    let wanted = (nested ? [alias] + prefix : prefix).joined(separator: ".")
    let joined = aliases.fresh(wanted)
    joinAliases[key] = joined
    let id = Resolver(store: store).idColumn(of: target)?.name ?? "id"
    joins.append(
      "LEFT JOIN \(SQLText.identifier(store.tables[target].name)) AS \(SQLText.identifier(joined))"
        + " ON \(SQLText.column(joined, id)) = \(SQLText.column(owner, column))")
    return joined
  }
}
