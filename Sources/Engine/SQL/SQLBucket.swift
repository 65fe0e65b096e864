/// Time buckets in SQLite: a date (ISO text) to its bucket number, and a bucket number to its
/// label, numbered exactly as `Bucket.key` and labelled as `Bucket.label`.
enum SQLBucket {
  /// Days since 1970-01-01 of an ISO date.
  static func dayNumber(_ date: String) -> String {
    "CAST(julianday(\(date)) - 2440587.5 AS INTEGER)"
  }

  /// The bucket number of a date; NULL stays NULL.
  static func number(_ bucket: Bucket, _ date: String) -> String {
    let year = "CAST(strftime('%Y', \(date)) AS INTEGER)"
    let month = "CAST(strftime('%m', \(date)) AS INTEGER)"
    switch bucket {
    case .day:
      return dayNumber(date)
    case .week:
      // ISO weeks start on Monday; 1970-01-01 was a Thursday. Floor division, also before 1970.
      let shifted = "(\(dayNumber(date)) + 3)"
      return "((\(shifted) - ((\(shifted) % 7) + 7) % 7) / 7)"
    case .month:
      return "(\(year) * 12 + \(month) - 1)"
    case .quarter:
      return "(\(year) * 4 + (\(month) - 1) / 3)"
    case .year:
      return year
    }
  }

  /// The label of a bucket number: `2016-11-24`, `2016-W47`, `2016-11`, `2016-Q4`, `2016`.
  static func label(_ bucket: Bucket, _ n: String) -> String {
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
}
