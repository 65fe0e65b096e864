/// SQLite: dates are ISO text, booleans 0 and 1, no median function.
public struct SQLiteDialect: SQLDialect {
  public var name: String { "SQLite" }
  public var bindsParameters: Bool { false }

  public func date(_ iso: String) -> String { SQLText.string(iso) }

  public func boolean(_ value: Bool) -> String { value ? "1" : "0" }

  public func dayNumber(_ date: String) -> String {
    "CAST(julianday(\(date)) - 2440587.5 AS INTEGER)"
  }

  public func year(_ date: String) -> String { "CAST(strftime('%Y', \(date)) AS INTEGER)" }

  public func month(_ date: String) -> String { "CAST(strftime('%m', \(date)) AS INTEGER)" }

  public func bucketLabel(_ bucket: Bucket, _ n: String) -> String {
    let text: String
    switch bucket {
    case .day:
      text = "date(\(n) + 2440587.5)"
    case .week:
      // The ISO year and week of the Thursday of the week.
      let thursday = "date(\(n) * 7 + 2440587.5)"
      let year = "strftime('%Y', \(thursday))"
      let jan1 = "CAST(julianday(\(year) || '-01-01') - 2440587.5 AS INTEGER)"
      text = "printf('%s-W%02d', \(year), (\(n) * 7 - \(jan1)) / 7 + 1)"
    case .month:
      text = "printf('%d-%02d', \(n) / 12, \(n) % 12 + 1)"
    case .quarter:
      text = "printf('%d-Q%d', \(n) / 4, \(n) % 4 + 1)"
    case .year:
      text = "printf('%d', \(n))"
    }
    return "CASE WHEN \(n) IS NULL THEN NULL ELSE \(text) END"
  }

  public func contains(_ value: String, _ needle: String) -> String {
    "(instr(lower(\(value)), \(needle)) > 0)"
  }

  public func containsAsWritten(_ value: String, _ needle: String) -> String {
    "(instr(\(value), \(needle)) > 0)"
  }

  public func same(_ a: String, _ b: String) -> String { "\(a) IS \(b)" }

  public func median(_ value: String) -> String? { nil }

  /// SQLite has no standard deviation: the generator squares the distances from the group's
  /// mean (a window column, or a subquery for related rows), which the sums of the values and
  /// of their squares would lose to rounding for values far from 0 or all alike.
  public func stddev(_ value: String) -> String? { nil }

  public func collate(_ order: TextOrder) -> String { "" }

  public func rowOrder(_ alias: String) -> String? { SQLText.identifier(alias) + ".rowid" }
}
