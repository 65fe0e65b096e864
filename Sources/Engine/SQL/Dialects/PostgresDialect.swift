/// PostgreSQL: dates are `date`, booleans `boolean`, the median is `percentile_cont`.
public struct PostgresDialect: SQLDialect {
  public var name: String { "PostgreSQL" }
  /// Values as `$1`, `$2` bound to the statement (what runs on a server); false writes them
  /// into the text, for `sql` to print a statement that runs as it is shown.
  public var bindsParameters = true

  public init(bindsParameters: Bool = true) {
    self.bindsParameters = bindsParameters
  }

  public func date(_ iso: String) -> String { "DATE " + SQLText.string(iso) }

  public func boolean(_ value: Bool) -> String { value ? "TRUE" : "FALSE" }

  public func dayNumber(_ date: String) -> String { "(\(date) - DATE '1970-01-01')" }

  public func year(_ date: String) -> String { "CAST(EXTRACT(YEAR FROM \(date)) AS INTEGER)" }

  public func month(_ date: String) -> String { "CAST(EXTRACT(MONTH FROM \(date)) AS INTEGER)" }

  public func bucketLabel(_ bucket: Bucket, _ n: String) -> String {
    let text: String
    switch bucket {
    case .day:
      text = "to_char(DATE '1970-01-01' + CAST(\(n) AS INTEGER), 'YYYY-MM-DD')"
    case .week:
      // The ISO year and week of the Thursday of the week.
      text = "to_char(DATE '1970-01-01' + CAST(\(n) * 7 AS INTEGER), 'IYYY-\"W\"IW')"
    case .month:
      text = "format('%s-%s', \(n) / 12, lpad(CAST(\(n) % 12 + 1 AS TEXT), 2, '0'))"
    case .quarter:
      text = "format('%s-Q%s', \(n) / 4, \(n) % 4 + 1)"
    case .year:
      text = "CAST(\(n) AS TEXT)"
    }
    return "CASE WHEN \(n) IS NULL THEN NULL ELSE \(text) END"
  }

  public func contains(_ value: String, _ needle: String) -> String {
    "(strpos(lower(\(value)), \(needle)) > 0)"
  }

  public func containsAsWritten(_ value: String, _ needle: String) -> String {
    "(strpos(\(value), \(needle)) > 0)"
  }

  public func same(_ a: String, _ b: String) -> String { "\(a) IS NOT DISTINCT FROM \(b)" }

  public func median(_ value: String) -> String? {
    "percentile_cont(0.5) WITHIN GROUP (ORDER BY \(value))"
  }

  public func stddev(_ value: String) -> String? { "stddev_samp(\(value))" }

  /// ICU's Chinese collation (pinyin), as Dangke orders text; "C" for bytes.
  public func collate(_ order: TextOrder) -> String {
    order == .pinyin ? " COLLATE \"zh-x-icu\"" : " COLLATE \"C\""
  }

  /// The physical row of a table filled by one COPY in load order (`dangke import`).
  public func rowOrder(_ alias: String) -> String? { SQLText.identifier(alias) + ".ctid" }
}
