import Lang

/// The part of the calendar a `where` bounds a time bucket's date to: `date in 2016`,
/// `date between 2016-03-01 and 2016-06-30`, `date >= $from and date < $to`. Every bucket
/// of it appears in the answer, those without rows with 0 (whole periods).
struct BucketPeriod {
  /// The first and the last bucket number the filter allows.
  var first: Int64?
  var last: Int64?
}

extension Planner {
  /// The most buckets a period may add to an answer; a wider one (`date >= 0001-01-01` by
  /// day) fills only between the answer's own first and last bucket, with a warning.
  static let maxPeriodBuckets: Int64 = 100_000

  /// The period `filter` bounds the date of a time-bucket key to (only conditions that every
  /// row must meet count: parts of `and`, not of `or` or `not`).
  func period(of key: KeyPlan, filter: Predicate?, warnings: inout [Diagnostic], at span: Span)
    -> BucketPeriod?
  {
    guard let bucket = key.bucket, let filter else { return nil }
    let date: ResolvedPath
    switch key.expr {
    case .bucket(_, let p), .year(let p): date = p
    default: return nil
    }
    var low: Int32?
    var high: Int32?
    func narrow(_ lo: Int32?, _ hi: Int32?) {
      if let lo { low = max(low ?? lo, lo) }
      if let hi { high = min(high ?? hi, hi) }
    }
    func visit(_ p: Predicate) {
      switch p {
      case .all(let parts):
        for part in parts { visit(part) }
      case .range(.path(let q, false), let lo, let hi) where q.isSameColumn(as: date):
        narrow(Int32(lo), Int32(hi))
      case .range(.year(let q), let lo, let hi) where q.isSameColumn(as: date):
        narrow(Bucket.year.firstDay(Int32(lo)), Bucket.year.firstDay(Int32(hi) + 1) - 1)
      case .number(.path(let q, false), let op, .integer(let c)) where q.isSameColumn(as: date):
        let d = Int32(c)
        switch op {
        case .equal: narrow(d, d)
        case .greaterOrEqual: narrow(d, nil)
        case .greater: narrow(d + 1, nil)
        case .lessOrEqual: narrow(nil, d)
        case .less: narrow(nil, d - 1)
        case .notEqual: break
        }
      default:
        break
      }
    }
    visit(filter)
    // Both ends must be bounded: `date >= 0001-01-01` alone names no period to show whole.
    guard low != nil, high != nil else { return nil }
    let period = BucketPeriod(
      first: low.map { Int64(bucket.key($0)) }, last: high.map { Int64(bucket.key($0)) })
    if let first = period.first, let last = period.last, last - first >= Self.maxPeriodBuckets {
      warnings.append(
        .warning(
          planMessages.periodTooLong(last - first + 1, bucket.rawValue), at: span,
          notes: [planMessages.narrowThePeriod()]))
      return nil
    }
    return period
  }
}

extension ResolvedPath {
  /// Whether two paths read the same column through the same references.
  func isSameColumn(as other: ResolvedPath) -> Bool {
    table == other.table && column.name == other.column.name
      && via.map { $0.lowercased() } == other.via.map { $0.lowercased() }
  }
}
