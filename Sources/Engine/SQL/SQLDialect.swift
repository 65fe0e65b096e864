/// What differs between the SQL of two database engines, as a small set of choices: the
/// generator (`SQLGenerator`) writes everything else once, from the plan.
///
/// To add a dialect: a struct conforming to this protocol in `Dialects/`, a static member
/// below, and its tests (see ARCHITECTURE.md, "How to add a dialect").
public protocol SQLDialect: Sendable {
  /// A name for messages: `SQLite`, `PostgreSQL`.
  var name: String { get }
  /// Whether constants are bound as parameters (`$1`) instead of written into the text.
  var bindsParameters: Bool { get }
  /// A date constant: `'2016-11-24'`, `DATE '2016-11-24'`.
  func date(_ iso: String) -> String
  /// A truth constant in a condition or a boolean column's value.
  func boolean(_ value: Bool) -> String
  /// Days since 1970-01-01 of a date value.
  func dayNumber(_ date: String) -> String
  /// The year and the month (1–12) of a date value, as integers.
  func year(_ date: String) -> String
  func month(_ date: String) -> String
  /// The label of a bucket number (`2016-11`, `2016-W47` …); NULL stays NULL.
  func bucketLabel(_ bucket: Bucket, _ number: String) -> String
  /// `value` contains `needle` (already lower-case), ignoring case.
  func contains(_ value: String, _ needle: String) -> String
  /// `value` contains `needle` as written: for a needle with no letter that has a case
  /// (`王`), where lower-casing every value would only cost time.
  func containsAsWritten(_ value: String, _ needle: String) -> String
  /// Equal, with NULL equal to NULL (for joining series in gap filling).
  func same(_ a: String, _ b: String) -> String
  /// The median of a group's non-empty `value`s as one aggregate call, or nil where the
  /// dialect has none (the generator then ranks the rows).
  func median(_ value: String) -> String?
  /// The sample standard deviation of a group's non-empty `value`s (NULL for fewer than two)
  /// as one aggregate call, or nil where the dialect has none (the generator then takes the
  /// distances from the group's mean, in two passes).
  func stddev(_ value: String) -> String?
  /// The collation an `ORDER BY` term of text takes for `order` (empty where the dialect has
  /// none: SQLite orders by bytes, and the differential tests allow for it).
  func collate(_ order: TextOrder) -> String
  /// What orders a table's rows as they were loaded (`"t".rowid`); nil where the rows have no
  /// order of their own but their `id`.
  func rowOrder(_ alias: String) -> String?
}

extension SQLDialect where Self == SQLiteDialect {
  /// SQLite 3 (the `sql` statement's dialect and the differential tests' oracle).
  public static var sqlite: SQLiteDialect { SQLiteDialect() }
}

extension SQLDialect where Self == PostgresDialect {
  /// PostgreSQL 12 and later, and servers that speak its dialect.
  public static var postgres: PostgresDialect { PostgresDialect() }
}
