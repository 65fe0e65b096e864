/// The dialect of a let answer's body as a common table expression: constants written into
/// the text (the body is put into another statement, whose parameters are numbered on their
/// own), and a time bucket as the first day of its period, a date, as the answer's table
/// holds it (`2016` → 2016-01-01).
struct LetBodyDialect: SQLDialect {
  let base: any SQLDialect

  var name: String { base.name }
  var bindsParameters: Bool { false }
  func date(_ iso: String) -> String { base.date(iso) }
  func boolean(_ value: Bool) -> String { base.boolean(value) }
  func dayNumber(_ date: String) -> String { base.dayNumber(date) }
  func year(_ date: String) -> String { base.year(date) }
  func month(_ date: String) -> String { base.month(date) }
  func contains(_ value: String, _ needle: String) -> String { base.contains(value, needle) }
  func containsAsWritten(_ value: String, _ needle: String) -> String {
    base.containsAsWritten(value, needle)
  }
  func same(_ a: String, _ b: String) -> String { base.same(a, b) }
  func median(_ value: String) -> String? { base.median(value) }
  func stddev(_ value: String) -> String? { base.stddev(value) }
  func collate(_ order: TextOrder) -> String { base.collate(order) }
  func rowOrder(_ alias: String) -> String? { base.rowOrder(alias) }

  /// The first day of bucket number `n`'s period (see `Bucket.key`), NULL for NULL.
  func bucketLabel(_ bucket: Bucket, _ n: String) -> String {
    let text = base is PostgresDialect ? postgres(bucket, n) : sqlite(bucket, n)
    return "CASE WHEN \(n) IS NULL THEN NULL ELSE \(text) END"
  }

  private func sqlite(_ bucket: Bucket, _ n: String) -> String {
    switch bucket {
    case .day: "date(\(n) + 2440587.5)"
    case .week: "date(\(n) * 7 - 3 + 2440587.5)"
    case .month: "printf('%04d-%02d-01', \(n) / 12, \(n) % 12 + 1)"
    case .quarter: "printf('%04d-%02d-01', \(n) / 4, \(n) % 4 * 3 + 1)"
    case .year: "printf('%04d-01-01', \(n))"
    }
  }

  private func postgres(_ bucket: Bucket, _ n: String) -> String {
    switch bucket {
    case .day: "DATE '1970-01-01' + CAST(\(n) AS INTEGER)"
    case .week: "DATE '1970-01-01' + CAST(\(n) * 7 - 3 AS INTEGER)"
    case .month: "make_date(CAST(\(n) / 12 AS INTEGER), CAST(\(n) % 12 + 1 AS INTEGER), 1)"
    case .quarter: "make_date(CAST(\(n) / 4 AS INTEGER), CAST(\(n) % 4 * 3 + 1 AS INTEGER), 1)"
    case .year: "make_date(CAST(\(n) AS INTEGER), 1, 1)"
    }
  }
}
