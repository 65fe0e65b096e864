/// `show tables` and `describe T`: what the loaded data hold.
struct Catalog {
  let store: Store

  /// One row per table: name, Chinese label, rows, columns.
  func tables() -> ResultTable {
    ResultTable(
      columns: [
        ResultColumn(name: "table", kind: .text), ResultColumn(name: "label", kind: .text),
        ResultColumn(name: "rows", kind: .integer), ResultColumn(name: "columns", kind: .integer),
      ],
      rows: store.tables.map { t in
        [
          .text(t.name), t.label.map { .text($0) } ?? .missing, .integer(Int64(t.rowCount)),
          .integer(Int64(t.columns.count)),
        ]
      })
  }

  /// One row per column: name, type, label, what it refers to, distinct values, examples.
  func describe(_ index: Int) -> ResultTable {
    let t = store.tables[index]
    let columns = [
      ResultColumn(name: "column", kind: .text), ResultColumn(name: "type", kind: .text),
      ResultColumn(name: "label", kind: .text), ResultColumn(name: "refers to", kind: .text),
      ResultColumn(name: "distinct", kind: .integer), ResultColumn(name: "examples", kind: .text),
    ]
    let rows: [[Value]] = t.columns.map { c in
      let (distinct, examples) = profile(c)
      var type = c.type.rawValue
      if c.name.lowercased() == t.timeColumn?.lowercased() { type += ", time" }
      if let period = c.period { type += ", " + period.rawValue }
      if c.sensitive { type += ", sensitive" }
      return [
        .text(c.name), .text(type), c.label.map { .text($0) } ?? .missing,
        c.reference.map { .text($0.table) } ?? .missing, .integer(Int64(distinct)),
        .text(c.sensitive ? "(hidden)" : examples),
      ]
    }
    return ResultTable(columns: columns, rows: rows)
  }

  /// The number of distinct non-empty values and the first three of them, comma-separated.
  private func profile(_ c: Column) -> (Int, String) {
    var seen = Set<Value>()
    var first: [String] = []
    let data = c.data
    for row in 0..<data.count {
      let v = data.value(row)
      if v == .missing { continue }
      if seen.insert(v).inserted, first.count < 3 {
        var label = v.label
        if case .date(let d) = v, let period = c.period { label = period.label(period.key(d)) }
        if case .text(let s) = v, let l = c.codeLabels[s] { label = "\(s) \(l)" }
        first.append(label)
      }
    }
    return (seen.count, first.joined(separator: ", "))
  }
}
