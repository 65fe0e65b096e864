import Lang

/// One column `with` shows beside a measure: its change against an earlier bucket of the same
/// series (as a difference or a share of the earlier value), or its share of the column's
/// total. Worked out over the whole gap-filled answer, before `having`, `order by` and `limit`
/// (as SQL's window functions are).
struct ComparePlan {
  enum Kind {
    /// The measure minus its value `lag` buckets earlier.
    case difference(lag: Int32)
    /// That difference divided by the earlier value (empty when it is 0 or empty).
    case percent(lag: Int32)
    /// The measure divided by the sum of its column (empty when that is 0).
    case share
  }

  /// The measure, by position in `QueryPlan.metrics`.
  var metric: Int
  var kind: Kind
  /// `count_change`, `count_change_pct`, `count_yoy`, `count_yoy_pct`, `count_share`.
  var name: String
  /// The header with labels on: `count_环比增减` …
  var label: String
  var resultKind: ResultKind
}

extension QueryPlan {
  /// The answer's measure columns in order: each measure, then what `with` shows beside it.
  /// (`compare` is the position in `compare` of a column `with` adds, nil for the measure.)
  var measureColumns: [(name: String, kind: ResultKind, metric: Int, compare: Int?)] {
    var columns: [(name: String, kind: ResultKind, metric: Int, compare: Int?)] = []
    for (j, m) in metrics.enumerated() {
      columns.append((m.name, m.kind, j, nil))
      for (c, plan) in compare.enumerated() where plan.metric == j {
        columns.append((plan.name, plan.resultKind, j, c))
      }
    }
    return columns
  }
}

extension Planner {
  /// Lowers `with change, yoy, share` onto the plan's measures; the time bucket key the
  /// changes are taken along is the first one (the one gap filling fills).
  func comparePlans(_ query: Query, _ plan: inout QueryPlan, warnings: inout [Diagnostic])
    throws(Diagnostic)
  {
    guard let first = query.compare.first else { return }
    let table = query.source.table.text
    if plan.isList {
      throw .error(
        windowMessages.notOnList(), at: first.span,
        notes: [windowMessages.countInstead("count \(table) by month with change")])
    }
    if let across = query.across {
      throw .error(
        windowMessages.notWithAcross(), at: first.span,
        notes: [
          windowMessages.byBothKeys(
            "count \(table) by \(outputName(query.groups.first ?? across)), \(outputName(across))"
              + " with \(first.comparison.rawValue)")
        ])
    }
    let bucketKey = plan.keys.firstIndex { $0.bucket != nil }
    for item in query.compare where item.comparison != .share {
      guard let b = bucketKey, let bucket = plan.keys[b].bucket else {
        throw .error(
          windowMessages.needsBucket(
            item.comparison.rawValue, item.comparison == .change ? "环比" : "同比"),
          at: item.span,
          notes: [
            windowMessages.groupByPeriod(
              "count \(table) by month with \(item.comparison.rawValue)"),
            windowMessages.shareWorksAnywhere("count \(table) by type with share"),
          ])
      }
      if item.comparison == .yoy, bucket == .day {
        throw .error(
          windowMessages.noYearByDay(), at: item.span,
          notes: [windowMessages.compareWeeksOrMonths("count \(table) by week with yoy")])
      }
    }
    let metrics = Self.metricSpans(query)
    for (j, m) in plan.metrics.enumerated() {
      guard [.integer, .decimal, .rate].contains(m.kind) else {
        throw .error(
          windowMessages.notANumber(first.comparison.rawValue, m.name),
          at: j < metrics.count ? metrics[j] : first.span, notes: [windowMessages.onNumbers()])
      }
      for item in query.compare {
        plan.compare += Self.columns(item.comparison, of: m, at: j, lag: lag(item, plan, bucketKey))
      }
    }
    plan.compareKey = bucketKey
    // A period shorter than the lag: every earlier bucket is outside the answer.
    if let b = bucketKey, let first = plan.keys[b].period?.first,
      let last = plan.keys[b].period?.last
    {
      for item in query.compare where item.comparison != .share {
        let lag = Int64(lag(item, plan, b))
        guard last - first < lag, let bucket = plan.keys[b].bucket else { continue }
        let name = plan.keys[b].name
        var date = "date"
        if case .bucket(_, let p) = plan.keys[b].expr { date = p.dotted }
        warnings.append(
          .warning(
            windowMessages.yoyAllEmpty(
              item.comparison.rawValue,
              Message(
                en: lag == 1 ? "two \(bucket.rawValue)s" : "\(lag + 1) \(bucket.rawValue)s",
                zh: "\(lag + 1) \(Self.bucketWord(bucket))")),
            at: item.span,
            notes: [
              windowMessages.widenThePeriod(
                "count \(query.source.table.text) where \(date) between 2015-01-01 and 2016-12-31"
                  + " by \(name) with \(item.comparison.rawValue) having \(name) >= "
                  + bucket.label(bucket.key(Bucket.year.firstDay(2016))))
            ]))
      }
    }
  }

  private static func bucketWord(_ bucket: Bucket) -> String {
    switch bucket {
    case .day: "天"
    case .week: "周"
    case .month: "个月"
    case .quarter: "个季度"
    case .year: "年"
    }
  }

  /// How many buckets back a comparison looks: 1 for `change`; a year of buckets for `yoy`.
  private func lag(_ item: CompareItem, _ plan: QueryPlan, _ bucketKey: Int?) -> Int32 {
    guard item.comparison == .yoy, let b = bucketKey, let bucket = plan.keys[b].bucket else {
      return 1
    }
    switch bucket {
    case .year: return 1
    case .quarter: return 4
    case .month: return 12
    case .week: return 52
    case .day: return 365  // refused above
    }
  }

  private static func metricSpans(_ query: Query) -> [Span] {
    if case .aggregate(let metrics) = query.kind { return metrics.map(\.span) }
    return []
  }

  /// The columns one comparison adds beside measure `m`.
  private static func columns(
    _ comparison: Comparison, of m: MetricPlan, at j: Int, lag: Int32
  ) -> [ComparePlan] {
    let difference: ResultKind = m.kind == .integer ? .integer : m.kind == .rate ? .rate : .decimal
    switch comparison {
    case .change, .yoy:
      let word = comparison.rawValue
      let zh = comparison == .change ? "环比" : "同比"
      return [
        ComparePlan(
          metric: j, kind: .difference(lag: lag), name: "\(m.name)_\(word)",
          label: "\(m.name)_\(zh)增减", resultKind: difference),
        ComparePlan(
          metric: j, kind: .percent(lag: lag), name: "\(m.name)_\(word)_pct",
          label: "\(m.name)_\(zh)增长率", resultKind: .rate),
      ]
    case .share:
      return [
        ComparePlan(
          metric: j, kind: .share, name: "\(m.name)_share", label: "\(m.name)_占比",
          resultKind: .rate)
      ]
    }
  }
}
