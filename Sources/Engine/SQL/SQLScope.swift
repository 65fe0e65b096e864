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

  /// The SQL of the base table's column a reference to it matches (`id`, or a foreign
  /// key's `code`): what related rows refer to.
  func keyColumn(_ reference: Reference) -> String {
    SQLText.column(alias, store.tables[table].column(reference.key)?.name ?? reference.key)
  }

  /// The column a resolved path ends at, through one join per reference it follows.
  mutating func column(_ path: ResolvedPath) -> String {
    SQLText.column(owner(of: path), path.column.name)
  }

  /// The row a path ending at a reference refers to: its alias, its table and the column of
  /// it the reference matches (`id`, or a foreign key's `code`). Nil when the path does not
  /// end at a reference.
  mutating func target(of path: ResolvedPath) -> (alias: String, table: Int, key: String)? {
    guard let reference = path.column.reference, let target = store.tableIndex(reference.table)
    else { return nil }
    let owner = owner(of: path)
    let joined = join(
      from: owner, column: path.column.name, to: target, key: reference.key,
      prefix: path.via + [path.column.name])
    return (joined, target, reference.key)
  }

  /// The alias of the table holding the path's last column.
  private mutating func owner(of path: ResolvedPath) -> String {
    var current = alias
    for (i, hop) in path.hops.enumerated() {
      guard let target = store.tableIndex(hop.table) else { break }
      current = join(
        from: current, column: path.via[i], to: target, key: hop.key,
        prefix: Array(path.via[...i]))
    }
    return current
  }

  /// The LEFT JOIN for one hop on the referred table's `key` column, added once per prefix.
  private mutating func join(
    from owner: String, column: String, to target: Int, key: String, prefix: [String]
  ) -> String {
    let dotted = prefix.map { $0.lowercased() }.joined(separator: ".")
    if let existing = joinAliases[dotted] { return existing }
    let wanted = (nested ? [alias] + prefix : prefix).joined(separator: ".")
    let joined = aliases.fresh(wanted)
    joinAliases[dotted] = joined
    joins.append(
      "LEFT JOIN \(SQLText.identifier(store.tables[target].name)) AS \(SQLText.identifier(joined))"
        + " ON \(SQLText.column(joined, key)) = \(SQLText.column(owner, column))")
    return joined
  }
}
