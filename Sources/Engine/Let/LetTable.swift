import Lang

/// How one column of a named answer becomes a column of a table (`let per = …`).
enum LetColumnRole {
  /// A key that was a reference stays one: its cells (ids) become row indices of `table`.
  case reference(table: Int)
  /// A time bucket becomes a date: the first day of its period (`2016` → 2016-01-01), so
  /// `by year` buckets it again, and gaps are filled.
  case bucket(Bucket)
  /// Any other column keeps its type.
  case plain(ColumnType)
  /// The display column shown beside a reference key (`member.name`): the reference reaches it.
  case dropped
}

/// The columns of a named answer: for each answer column, its role and its name in the table
/// (the last word of a key's path: `member.org` → `org`; a measure's name as shown).
struct LetShape {
  var roles: [LetColumnRole]
  var names: [String?]
  /// The answer's own column names (the SQL generator's too).
  var shown: [String]

  /// The shape of `plan`'s answer; `shown` are the answer's column names as the executor
  /// gives them, in order.
  init(_ plan: QueryPlan, store: Store, shown: [String]) {
    self.shown = shown
    var roles: [LetColumnRole] = []
    if plan.isList {
      for f in plan.fields { roles.append(Self.role(f.expr, store: store)) }
    } else {
      for key in plan.keys {
        if let t = key.referenced {
          roles.append(.reference(table: t))
          if Resolver(store: store).displayColumn(of: t) != nil { roles.append(.dropped) }
        } else if let b = key.bucket {
          roles.append(.bucket(b))
        } else {
          roles.append(.plain(key.expr.type))
        }
      }
      for c in plan.measureColumns { roles.append(.plain(Self.type(of: c.kind))) }
    }
    // The executor's answer decides: a role for each of its columns.
    while roles.count < shown.count { roles.append(.plain(.text)) }
    self.roles = Array(roles.prefix(shown.count))
    names = zip(self.roles, shown).map { role, name in
      if case .dropped = role { return nil }
      if plan.isList { return name }
      return String(name.split(separator: ".").last ?? Substring(name))
    }
  }

  private static func role(_ e: RowExpr, store: Store) -> LetColumnRole {
    switch e {
    case .path(let p, _):
      if let r = p.column.reference, let t = store.tableIndex(r.table) {
        return .reference(table: t)
      }
      return .plain(p.column.type)
    case .bucket(let b, _): return .bucket(b)
    default: return .plain(e.type)
    }
  }

  static func type(of kind: ResultKind) -> ColumnType {
    switch kind {
    case .text, .period: .text
    case .integer: .integer
    case .decimal, .rate: .decimal
    case .date: .date
    case .boolean: .boolean
    }
  }
}

extension LetShape {
  /// The answer as a table named `name` of `store` (the tables it refers to are there).
  /// `labels` are the schema's labels of the answer's first columns (the plan's), kept on the
  /// columns that show them.
  func table(
    named name: String, from answer: ResultTable, store: Store, labels: [String?] = [],
    origin: String
  ) -> Table {
    var columns: [Column] = []
    var timeColumn: String?
    for (i, role) in roles.enumerated() {
      guard let columnName = names[i] else { continue }
      let shown = answer.columns[i]
      let cells = answer.rows.map { $0[i] }
      var column: Column
      switch role {
      case .reference(let t):
        column = Self.reference(cells, to: t, in: store, named: columnName)
      case .bucket(let b):
        column = Column(name: columnName, data: .date(cells.map { Self.start(b, $0) }))
        column.period = b
        timeColumn = timeColumn ?? columnName
      case .plain(let type):
        column = Column(name: columnName, data: Self.data(cells, as: type))
        column.codeLabels = shown.codeLabels
      case .dropped:
        continue
      }
      column.sensitive = shown.sensitive
      if i < labels.count { column.label = labels[i] }
      columns.append(column)
    }
    return Table(
      name: name, columns: columns, rowCount: answer.rows.count, timeColumn: timeColumn,
      origin: origin)
  }

  /// Ids of rows of table `t` as a reference column (row indices; -1 where empty).
  private static func reference(_ cells: [Value], to t: Int, in store: Store, named name: String)
    -> Column
  {
    let target = store.tables[t]
    let idColumn = Resolver(store: store).idColumn(of: t)
    var rowOf: [Value: Int32] = [:]
    if let data = idColumn?.data {
      for row in 0..<data.count { rowOf[data.value(row)] = rowOf[data.value(row)] ?? Int32(row) }
    }
    let type = idColumn?.type ?? .integer
    var reference = Reference(
      table: target.name, rows: cells.map { rowOf[$0] ?? -1 }, dangling: 0)
    reference.key = idColumn?.name ?? "id"
    return Column(name: name, data: data(cells, as: type), reference: reference)
  }

  /// Cells of one type as a typed array with the type's missing sentinel.
  static func data(_ cells: [Value], as type: ColumnType) -> ColumnData {
    switch type {
    case .integer:
      return .integer(
        cells.map {
          switch $0 {
          case .integer(let x): x
          case .decimal(let x) where x.isFinite: Int64(x)
          default: ColumnData.missingInteger
          }
        })
    case .decimal:
      return .decimal(
        cells.map {
          switch $0 {
          case .integer(let x): Double(x)
          case .decimal(let x): x
          default: .nan
          }
        })
    case .boolean:
      return .boolean(
        cells.map { if case .boolean(let b) = $0 { b ? 1 : 0 } else { ColumnData.missingBoolean } })
    case .date:
      return .date(cells.map { if case .date(let d) = $0 { d } else { ColumnData.missingDate } })
    case .text:
      return text(cells.map { $0 == .missing ? nil : $0.label })
    }
  }

  /// A text column with its dictionary in byte order (so codes compare as the texts do).
  private static func text(_ strings: [String?]) -> ColumnData {
    let distinct = Set(strings.compactMap { $0 }).sorted {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    var dictionary = StringDictionary()
    var code: [String: UInt32] = [:]
    for s in distinct { code[s] = dictionary.append(utf8: Array(s.utf8)) }
    return .text(
      codes: strings.map { $0.flatMap { code[$0] } ?? ColumnData.missingCode },
      dictionary: dictionary)
  }

  /// The first day of the period a bucket label names (`2016`, `2016-Q4`, `2016-11`,
  /// `2016-W47`, `2016-11-24`); missing when the cell is empty.
  static func start(_ bucket: Bucket, _ cell: Value) -> Int32 {
    guard case .text(let label) = cell else {
      if case .date(let d) = cell { return d }
      return ColumnData.missingDate
    }
    let parts = label.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let year = parts.first.flatMap({ Int($0) }) else { return ColumnData.missingDate }
    let second = parts.count > 1 ? parts[1] : ""
    switch bucket {
    case .year: return CivilDate.days(year: year, month: 1, day: 1)
    case .quarter:
      let q = Int(second.dropFirst()) ?? 1
      return CivilDate.days(year: year, month: (q - 1) * 3 + 1, day: 1)
    case .month: return CivilDate.days(year: year, month: Int(second) ?? 1, day: 1)
    case .week:
      // ISO week 1 holds January 4th; its Monday, then whole weeks.
      let jan4 = CivilDate.days(year: year, month: 1, day: 4)
      let monday = Int32(Int(jan4) - (Int(jan4) + 3).floorMod(7))
      return monday + Int32(((Int(second.dropFirst()) ?? 1) - 1) * 7)
    case .day:
      let day = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
      return CivilDate.days(year: year, month: Int(second) ?? 1, day: day)
    }
  }
}

extension RowExpr {
  /// A let answer's period column read as its periods (`2016`), not as first days.
  var periodAware: RowExpr {
    if case .path(let p, _) = self, let b = p.column.period { return .bucket(b, p) }
    return self
  }
}
