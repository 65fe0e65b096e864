/// `with change, yoy, share` as window functions over the gap-filled answer: an earlier
/// bucket is read with `LAG` along the time bucket within each series (the other keys equal),
/// and taken only when it is exactly the bucket asked for; a share divides by `SUM(…) OVER ()`.
extension SQLGenerator {
  /// Adds the CTE `windowed` (the rows of `source` with each earlier value and total that
  /// `with` needs) and gives the answer's measure columns (internal `m0`, `m1` … named
  /// `measures`), each followed by what `with` shows beside it: (SQL, output name).
  func windowColumns(
    _ plan: QueryPlan, keys: [SQLKey], measures: [String], source: String,
    _ ctes: inout SQLCTEs
  ) -> [(sql: String, name: String)] {
    var window = ""
    var bucket = ""
    if let b = plan.compareKey {
      bucket = SQLText.identifier(keys[b].column)
      let others = keys.enumerated().filter { $0.offset != b }.flatMap(\.element.columns)
        .map(SQLText.identifier)
      window =
        "OVER (" + (others.isEmpty ? "" : "PARTITION BY \(others.joined(separator: ", ")) ")
        + "ORDER BY \(bucket))"
    }
    var added: [String] = []
    var columns: [(sql: String, name: String)] = []
    /// A column of `windowed`, added once.
    func helper(_ name: String, _ sql: String) -> String {
      let column = SQLText.identifier(name)
      if !added.contains(where: { $0.hasSuffix(" AS " + column) }) {
        added.append(sql + " AS " + column)
      }
      return column
    }
    for c in plan.measureColumns {
      let m = measures[c.metric]
      let value = SQLText.identifier(m)
      guard let k = c.compare else {
        columns.append((value, c.name))
        continue
      }
      func earlier(_ lag: Int32) -> String {
        helper(
          "\(m)_back\(lag)",
          "CASE WHEN LAG(\(bucket), \(lag)) \(window) = \(bucket) - \(lag)"
            + " THEN LAG(\(value), \(lag)) \(window) END")
      }
      switch plan.compare[k].kind {
      case .difference(let lag):
        columns.append(("\(value) - \(earlier(lag))", c.name))
      case .percent(let lag):
        let e = earlier(lag)
        columns.append(("(\(value) - \(e)) * 1.0 / NULLIF(\(e), 0)", c.name))
      case .share:
        let total = helper("\(m)_total", "SUM(\(value)) OVER ()")
        columns.append(("\(value) * 1.0 / NULLIF(\(total), 0)", c.name))
      }
    }
    ctes.add(
      "windowed",
      "SELECT *,\n    " + added.joined(separator: ",\n    ") + "\n  FROM "
        + SQLText.identifier(source))
    return columns
  }
}
