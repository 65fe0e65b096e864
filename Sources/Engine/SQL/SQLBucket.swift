/// Time buckets: a date to its bucket number, numbered exactly as `Bucket.key` (labels are the
/// dialect's `bucketLabel`).
extension SQLDialect {
  /// The bucket number of a date; NULL stays NULL.
  func bucketNumber(_ bucket: Bucket, _ date: String) -> String {
    switch bucket {
    case .day:
      return dayNumber(date)
    case .week:
      // ISO weeks start on Monday; 1970-01-01 was a Thursday. Floor division, also before 1970.
      let shifted = "(\(dayNumber(date)) + 3)"
      return "((\(shifted) - ((\(shifted) % 7) + 7) % 7) / 7)"
    case .month:
      return "(\(year(date)) * 12 + \(month(date)) - 1)"
    case .quarter:
      return "(\(year(date)) * 4 + (\(month(date)) - 1) / 3)"
    case .year:
      return year(date)
    }
  }
}
