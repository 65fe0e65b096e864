import Lang

/// A `by` key turned into a small integer code per row, with labels for the answer.
struct KeyColumn {
  /// Code per base row, in `0..<domain`; `missing` for an empty value. With `perSelection`,
  /// code per selected row instead (`codes[i]` is that of `selection[i]`).
  var codes: [Int32]
  var domain: Int
  var missing: Int32
  /// The answer columns this key shows (a reference shows its display column beside the id).
  var columns: [ResultColumn]
  /// The answer values of a code, one per column.
  var labels: @Sendable (Int32) -> [Value]
  /// Set for a time bucket: code `c` is bucket `base + c`.
  var bucket: Bucket?
  var base: Int32
  /// The value a code sorts by, when cheaper than `labels(code)[0]` (a reference's id).
  var sortValue: (@Sendable (Int32) -> Value)? = nil
  /// For a text key whose codes are a dictionary's: the dictionary, whose pinyin ranks are
  /// worked out once and kept (ordering the keys then compares integers).
  var dictionary: StringDictionary? = nil
  /// Whether `codes` follows the selection rather than the base rows.
  var perSelection = false
  /// For a time bucket over a period that `where` bounds: the codes of the period's first and
  /// last bucket, where the period says (every bucket between is shown).
  var periodCodes: (first: Int32?, last: Int32?) = (nil, nil)

  /// The code of selected row number `i`, base row `row`.
  @inline(__always)
  func code(_ i: Int, row: Int32) -> Int32 { perSelection ? codes[i] : codes[Int(row)] }

  /// The codes a time bucket is filled over: the period `where` bounds it to, and at least the
  /// buckets present (`present`, the first and last code with rows); nil when neither is known.
  func fillRange(present: (Int32, Int32)?) -> (Int32, Int32)? {
    let lo = [periodCodes.first, present?.0].compactMap { $0 }.min()
    let hi = [periodCodes.last, present?.1].compactMap { $0 }.max()
    guard let lo, let hi, lo <= hi else { return nil }
    return (lo, hi)
  }

  /// What code `code` sorts by: its first shown value.
  func orderValue(_ code: Int32) -> Value { sortValue?(code) ?? labels(code)[0] }
}

extension Executor {
  func keyColumn(_ key: KeyPlan, table: Int, selection: [Int32]) throws(Diagnostic) -> KeyColumn {
    // A column reached through references: find the codes over the referred table's rows,
    // then follow the row index once, instead of gathering the values first.
    if let (local, p) = localKey(key), let index = resolver.rowIndex(p.hops) {
      let target = store.tables[p.table].rowCount
      var column = try keyColumn(local, table: p.table, selection: (0..<Int32(target)).map { $0 })
      let missing = column.missing
      if selection.count * 4 < index.count * 3 {
        // A filtered query: follow the index for the selected rows only.
        column.codes = parallelGather(column.codes, index, selection: selection, missing: missing)
        column.perSelection = true
      } else {
        column.codes = parallelGather(column.codes, index, missing: missing)
      }
      return column
    }
    var column = ResultColumn(
      name: key.name, kind: .text, sensitive: key.sensitive, codeLabels: key.expr.codeLabels)
    column.role = .key
    // A time bucket of a few selected rows: work out the calendar for those rows only.
    if case .bucket(let bucket, let p) = key.expr, p.hops.isEmpty,
      case .date(let days) = p.column.data, selection.count * 4 < days.count
    {
      var c = column
      c.kind = .period
      let values = bucketKeys(selection.map { days[Int($0)] }, bucket)
      var column = rangeKey(
        values, missingValue: .min, selection: (0..<Int32(values.count)).map { $0 }, column: c,
        bucket: bucket, period: key.period)
      column.perSelection = true
      return column
    }
    let v = try vector(key.expr, table: table)
    switch v {
    case .text(let codes, let dictionary):
      let missing = Int32(dictionary.count)
      return KeyColumn(
        codes: codes.map { $0 == ColumnData.missingCode ? missing : Int32($0) },
        domain: dictionary.count + 1, missing: missing, columns: [column],
        labels: { $0 == missing ? [.missing] : [.text(dictionary.string(UInt32($0)))] },
        bucket: nil, base: 0, dictionary: dictionary)
    case .rows(let rows, let target):
      return referenceKey(rows, target: target, key: key.reference, column: column)
    case .boolean(let values):
      var c = column
      c.kind = .boolean
      return KeyColumn(
        codes: values.map { $0 == ColumnData.missingBoolean ? 2 : Int32($0) }, domain: 3,
        missing: 2, columns: [c], labels: { $0 == 2 ? [.missing] : [.boolean($0 == 1)] },
        bucket: nil, base: 0)
    case .integer(let values):
      var c = column
      c.kind = key.bucket == nil ? .integer : .period
      return rangeKey(
        values.map { $0 }, missingValue: ColumnData.missingInteger, selection: selection,
        column: c, bucket: key.bucket, period: key.bucket == nil ? nil : key.period)
    case .date(let values):
      var c = column
      c.kind = .date
      return rangeKey(
        values.map { $0 == ColumnData.missingDate ? .min : Int64($0) },
        missingValue: .min, selection: selection, column: c, bucket: nil, showAsDate: true)
    case .decimal(let values):
      var c = column
      c.kind = .decimal
      var slots: [UInt64: Int32] = [:]
      var distinct: [Double] = []
      var codes = [Int32](repeating: 0, count: values.count)
      for r in selection {
        let x = values[Int(r)]
        if x.isNaN { continue }
        if let s = slots[x.bitPattern] {
          codes[Int(r)] = s
        } else {
          slots[x.bitPattern] = Int32(distinct.count)
          codes[Int(r)] = Int32(distinct.count)
          distinct.append(x)
        }
      }
      let missing = Int32(distinct.count)
      for r in selection where values[Int(r)].isNaN { codes[Int(r)] = missing }
      return KeyColumn(
        codes: codes, domain: distinct.count + 1, missing: missing, columns: [c],
        labels: { [distinct] in $0 == missing ? [.missing] : [.decimal(distinct[Int($0)])] },
        bucket: nil,
        base: 0)
    }
  }

  /// The same key evaluated on the table its path ends in (the path without its hops), when
  /// the key depends on nothing else.
  private func localKey(_ key: KeyPlan) -> (KeyPlan, ResolvedPath)? {
    var local = key
    switch key.expr {
    case .path(let p, let follow) where !(follow && p.column.reference != nil):
      local.expr = .path(p.withoutHops, follow: follow)
      return (local, p)
    case .bucket(let b, let p):
      local.expr = .bucket(b, p.withoutHops)
      return (local, p)
    default:
      return nil
    }
  }

  /// A reference key: codes are row indices of the referred table; shows the key the
  /// reference matches (`id`, or a foreign key's `code`) and the display value.
  private func referenceKey(
    _ rows: [Int32], target: Int, key reference: Reference?, column: ResultColumn
  ) -> KeyColumn {
    let t = store.tables[target]
    let missing = Int32(t.rowCount)
    let id = reference.flatMap(resolver.keyColumn) ?? resolver.idColumn(of: target)
    let display = resolver.displayColumn(of: target)
    var columns = [column]
    columns[0].kind = id.map { ResultKind($0.type) } ?? .integer
    if let display {
      columns.append(
        ResultColumn(
          name: column.name + "." + display.name, kind: ResultKind(display.type),
          sensitive: display.sensitive,
          codeLabels: display.type == .text ? display.codeLabels : [:]))
    }
    return KeyColumn(
      codes: rows.map { $0 < 0 ? missing : $0 }, domain: t.rowCount + 1, missing: missing,
      columns: columns,
      labels: { [columns] code in
        guard code != missing else { return columns.map { _ in .missing } }
        var values = [id.map { $0.data.value(Int(code)) } ?? .integer(Int64(code) + 1)]
        if let display { values.append(display.data.value(Int(code))) }
        return values
      }, bucket: nil, base: 0,
      sortValue: { code in
        guard code != missing else { return .missing }
        return id.map { $0.data.value(Int(code)) } ?? .integer(Int64(code) + 1)
      })
  }

  /// A whole-number key (ids, years, bucket numbers, day numbers): codes are offsets from the
  /// smallest selected value when the range is small, else dense ids in order of appearance.
  private func rangeKey(
    _ values: [Int64], missingValue: Int64, selection: [Int32], column: ResultColumn,
    bucket: Bucket?, showAsDate: Bool = false, period: BucketPeriod? = nil
  ) -> KeyColumn {
    var lo = Int64.max
    var hi = Int64.min
    for r in selection {
      let x = values[Int(r)]
      if x == missingValue { continue }
      lo = min(lo, x)
      hi = max(hi, x)
    }
    // A period's buckets get codes too, also those before or after every row's.
    for end in [period?.first, period?.last].compactMap({ $0 }) {
      lo = min(lo, end)
      hi = max(hi, end)
    }
    if lo > hi { (lo, hi) = (0, 0) }
    let label: @Sendable (Int64) -> Value = { x in
      if showAsDate { return .date(Int32(x)) }
      if let bucket { return .text(bucket.label(Int32(x))) }
      return .integer(x)
    }
    let (span, overflow) = hi.subtractingReportingOverflow(lo)
    if !overflow && span < 4_000_000 {
      let missing = Int32(hi - lo + 1)
      let codes = values.map { $0 == missingValue ? missing : Int32(clamping: $0 - lo) }
      var key = KeyColumn(
        codes: codes, domain: Int(missing) + 1, missing: missing, columns: [column],
        labels: { [lo] in $0 == missing ? [.missing] : [label(lo + Int64($0))] },
        bucket: showAsDate ? nil : bucket, base: Int32(clamping: lo))
      key.periodCodes = (
        period?.first.map { Int32($0 - lo) }, period?.last.map { Int32($0 - lo) }
      )
      return key
    }
    var slots: [Int64: Int32] = [:]
    var distinct: [Int64] = []
    var codes = [Int32](repeating: 0, count: values.count)
    for r in selection where values[Int(r)] != missingValue {
      let x = values[Int(r)]
      if let s = slots[x] {
        codes[Int(r)] = s
      } else {
        slots[x] = Int32(distinct.count)
        codes[Int(r)] = Int32(distinct.count)
        distinct.append(x)
      }
    }
    let missing = Int32(distinct.count)
    for r in selection where values[Int(r)] == missingValue { codes[Int(r)] = missing }
    return KeyColumn(
      codes: codes, domain: distinct.count + 1, missing: missing, columns: [column],
      labels: { [distinct] in $0 == missing ? [.missing] : [label(distinct[Int($0)])] },
      bucket: nil, base: 0)
  }
}

extension ResultKind {
  init(_ type: ColumnType) {
    switch type {
    case .integer: self = .integer
    case .decimal: self = .decimal
    case .boolean: self = .boolean
    case .date: self = .date
    case .text: self = .text
    }
  }
}

extension ColumnData {
  /// The value of one row as an answer cell.
  func value(_ row: Int) -> Value {
    if isMissing(row) { return .missing }
    switch self {
    case .integer(let v): return .integer(v[row])
    case .decimal(let v): return .decimal(v[row])
    case .boolean(let v): return .boolean(v[row] == 1)
    case .date(let v): return .date(v[row])
    case .text(let codes, let dictionary): return .text(dictionary.string(codes[row]))
    }
  }
}

extension ResolvedPath {
  /// The final column read directly from its own table.
  var withoutHops: ResolvedPath {
    ResolvedPath(hops: [], table: table, column: column, dotted: dotted)
  }
}
