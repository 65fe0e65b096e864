import Lang

extension Planner {
  /// The format a query asks for with `as …` (checked when it was planned).
  func format(of query: Query) throws(Diagnostic) -> OutputFormat? {
    query.format.flatMap { OutputFormat(rawValue: $0.text.lowercased()) }
  }

  /// Resolves a query against the store: every name, type and parameter is checked here.
  func plan(_ query: Query, warnings: inout [Diagnostic]) throws(Diagnostic) -> QueryPlan {
    let (table, filters) = try resolveSource(query.source)
    if let format = query.format, OutputFormat(rawValue: format.text.lowercased()) == nil {
      let names = OutputFormat.allCases.map(\.rawValue)
      throw .error(
        planMessages.unknownFormat(format.text), at: format.span,
        notes: Diagnostic.suggestion(
          format.text, among: names,
          otherwise: planMessages.formatsAre(names.joined(separator: ", "))))
    }
    var conditions = ConditionPlanner(planner: self, table: table)
    var filter: Predicate?
    for f in filters {
      let p = try conditions.condition(f)
      filter = filter.map { .all([$0, p]) } ?? p
    }
    var plan = QueryPlan(
      table: table, filter: filter, metrics: [], keys: [], across: nil, fields: [],
      isList: false, having: nil, order: [], limit: nil, textOrder: textOrder, span: query.span)
    switch query.kind {
    case .aggregate(let metrics):
      plan.metrics = try metrics.map { (m) throws(Diagnostic) in try metricPlan(m, &conditions) }
      nameMetrics(&plan.metrics, metrics)
      plan.keys = try query.groups.map { (g) throws(Diagnostic) in
        try keyPlan(g, table, &conditions)
      }
      for i in plan.keys.indices {
        plan.keys[i].period = period(
          of: plan.keys[i], filter: filter, warnings: &warnings, at: query.groups[i].span)
      }
      try checkNames(plan, metrics)
      if let across = query.across {
        guard plan.metrics.count == 1 else {
          throw .error(
            planMessages.crosstabOneMeasure(), at: across.span,
            notes: [planMessages.askOneMeasure()])
        }
        plan.across = try keyPlan(across, table, &conditions)
        if let key = plan.across {
          plan.across?.period = period(
            of: key, filter: filter, warnings: &warnings, at: across.span)
        }
        let measure = plan.metrics[0].name
        let named = query.order.map(\.key) + (query.having.map { [$0] } ?? [])
        if let e = named.first(where: { mentions($0, measure) }) {
          throw .error(
            planMessages.crosstabNoMeasureColumn(outputName(across), measure),
            at: e.span, notes: [planMessages.orderByRowKey()])
        }
        if query.top != nil {
          throw .error(
            planMessages.crosstabNoTop(), at: across.span, notes: [planMessages.leaveOutAcross()])
        }
      }
    case .list(let fields):
      plan.isList = true
      if let top = query.top {
        throw .error(
          planMessages.listNoTop(), at: query.span, notes: [planMessages.useLimit(top)])
      }
      if query.groups.first != nil || query.across != nil {
        throw .error(
          planMessages.listNoGroups(), at: (query.groups.first ?? query.across)!.span,
          notes: [planMessages.countToGroup(query.source.table.text)])
      }
      if fields.isEmpty {
        plan.fields = store.tables[table].columns.map { c in
          let p = ResolvedPath(hops: [], table: table, column: c, dotted: c.name)
          return (c.name, RowExpr.path(p, follow: false).periodAware, c.sensitive)
        }
      } else {
        plan.fields = try fields.map { (f) throws(Diagnostic) in
          let value = try conditions.rowValue(f).periodAware
          return (outputName(f), value, isSensitive(value))
        }
      }
    }
    warnings += conditions.warnings + UnknownValue.warnings(conditions.unknownValues)
    try comparePlans(query, &plan, warnings: &warnings)
    try lowerOutput(&plan, query)
    plan.labels = headerLabels(plan)
    return plan
  }

  /// The schema's labels of the columns a key or field shows (`member.category` → 类别).
  private func headerLabels(_ plan: QueryPlan) -> [String?] {
    func label(_ e: RowExpr) -> String? {
      if case .path(let p, _) = e { return p.column.label }
      return nil
    }
    if plan.isList { return plan.fields.map { label($0.expr) } }
    var labels: [String?] = []
    for key in plan.keys {
      labels.append(label(key.expr))
      if let t = key.referenced, let d = Resolver(store: store).displayColumn(of: t) {
        labels.append(d.label)
      }
    }
    return labels
  }

  private func metricPlan(_ m: Metric, _ conditions: inout ConditionPlanner) throws(Diagnostic)
    -> MetricPlan
  {
    if let formula = m.formula { return try formulaPlan(formula, m, &conditions) }
    var plan = MetricPlan(
      function: m.function, argument: nil, condition: nil, name: m.function.outputName,
      kind: .integer)
    plan.filter = try m.filter.map { (f) throws(Diagnostic) in try conditions.condition(f) }
    switch m.function {
    case .rate:
      guard let argument = m.argument else {
        throw .error(
          planMessages.rateNeedsCondition(), at: m.span, notes: [planMessages.rateExample()])
      }
      plan.condition = try conditions.condition(argument)
      plan.kind = .rate
    case .count, .countDistinct:
      plan.argument = try m.argument.map { (a) throws(Diagnostic) in
        try conditions.rowValue(a, follow: true)
      }
    case .sum, .avg, .median, .stddev, .min, .max:
      guard let argument = m.argument else {
        throw .error(planMessages.needsColumn(m.function.rawValue), at: m.span)
      }
      let value = try conditions.rowValue(argument)
      let type = value.type
      guard m.function.accepts(type) else {
        throw .error(
          planMessages.cannotAggregate(
            m.function.rawValue, conditions.describe(argument), type.word),
          at: argument.span,
          notes: [
            (m.function == .sum ? planMessages.countRowsInstead : planMessages.worksOnNumbers)(
              m.function.rawValue)
          ])
      }
      plan.argument = value
      plan.kind = m.function.resultKind(type)
    }
    return plan
  }

  /// Measures combined by arithmetic: each measure planned as a part; numbers only.
  private func formulaPlan(
    _ formula: Formula, _ m: Metric, _ conditions: inout ConditionPlanner
  ) throws(Diagnostic) -> MetricPlan {
    var parts: [MetricPlan] = []
    var integer = true
    func lower(_ f: Formula) throws(Diagnostic) -> MetricFormula {
      switch f {
      case .measure(let metric):
        let part = try metricPlan(metric, &conditions)
        guard [.integer, .decimal, .rate].contains(part.kind) else {
          throw .error(
            planMessages.arithmeticOnColumn(
              Message(en: "'\(Printer.print(metric))'", zh: "“\(Printer.print(metric))”"),
              part.kind == .date ? ColumnType.date.word : ColumnType.text.word),
            at: metric.span, notes: [planMessages.arithmeticOnNumbers()])
        }
        integer = integer && part.kind == .integer
        parts.append(part)
        return .part(parts.count - 1)
      case .number(let literal):
        guard case .number(let v) = try Constant(literal, span: m.span) else {
          return .number(.nan)
        }
        integer = integer && v.isInteger
        return .number(v.double)
      case .arithmetic(let op, let a, let b):
        if op == .divide { integer = false }
        return .arithmetic(op, try lower(a), try lower(b))
      }
    }
    let lowered = try lower(formula)
    var plan = MetricPlan(
      function: .count, argument: nil, condition: nil, name: Printer.print(formula),
      kind: integer ? .integer : .decimal)
    plan.formula = lowered
    plan.parts = parts
    return plan
  }

  /// Names metrics as written (`lessons = count`), else by their function; when two unnamed
  /// ones share a function, by function and argument.
  private func nameMetrics(_ plans: inout [MetricPlan], _ metrics: [Metric]) {
    let names = plans.map(\.name)
    for i in plans.indices {
      if let name = metrics[i].name {
        plans[i].name = name.text
      } else if metrics[i].formula != nil {
        continue  // named by its text
      } else if names.filter({ $0 == names[i] }).count > 1, let argument = metrics[i].argument {
        plans[i].name += "_" + String(outputName(argument).map { $0 == "." ? "_" : $0 })
      }
    }
  }

  /// Two answer columns with one name are an error that shows how to name them.
  private func checkNames(_ plan: QueryPlan, _ metrics: [Metric]) throws(Diagnostic) {
    let names = outputColumnNames(plan).map { $0.lowercased() }
    let keyWidth = names.count - plan.metrics.count
    for j in plan.metrics.indices {
      guard let other = names.prefix(keyWidth + j).firstIndex(of: names[keyWidth + j]) else {
        continue
      }
      let clashing = other >= keyWidth ? [metrics[other - keyWidth], metrics[j]] : [metrics[j]]
      let example = clashing.enumerated().map { k, metric in
        var named = metric
        let word = metric.formula == nil ? metric.function.outputName : "value"
        // Beside a key: `year_count = count`; two measures: `sum1 = …, sum2 = …`.
        let name =
          other < keyWidth ? outputColumnNames(plan)[other] + "_" + word : word + "\(k + 1)"
        named.name = Name(name, span: .at(0))
        return Printer.print(named)
      }
      throw .error(
        planMessages.duplicateOutputName(plan.metrics[j].name),
        at: metrics[j].name?.span ?? metrics[j].span,
        notes: [planMessages.nameThem(example.joined(separator: ", "))])
    }
  }

  private func keyPlan(_ e: Expr, _ table: Int, _ conditions: inout ConditionPlanner)
    throws(Diagnostic) -> KeyPlan
  {
    // `by month` alone: the table's time column, unless the table has a column so named.
    if case .path(let p) = e.kind, p.parts.count == 1,
      let bucket = Bucket(rawValue: p.parts[0].text.lowercased()),
      store.tables[table].columnIndex(p.parts[0].text) == nil
    {
      let t = store.tables[table]
      // A time column that is not dates (a snapshot or server table named one) is none.
      guard let time = t.timeColumn, let column = t.column(time), column.type == .date else {
        throw .error(
          planMessages.noTimeColumn(t.name, bucket.rawValue), at: e.span,
          notes: [planMessages.nameTheDate(bucket.rawValue)])
      }
      let path = ResolvedPath(hops: [], table: table, column: column, dotted: column.name)
      return KeyPlan(
        expr: .bucket(bucket, path), name: bucket.rawValue, bucket: bucket, referenced: nil,
        sensitive: false)
    }
    var value = try conditions.rowValue(e, follow: true).periodAware
    if case .year(let p) = value { value = .bucket(.year, p) }
    var key = KeyPlan(
      expr: value, name: outputName(e), bucket: nil, referenced: nil, sensitive: isSensitive(value))
    switch value {
    case .bucket(let b, _): key.bucket = b
    case .path(let p, _):
      if let r = p.column.reference { key.referenced = store.tableIndex(r.table) }
    default: break
    }
    return key
  }

  /// Whether an expression names the output column `name`.
  private func mentions(_ e: Expr, _ name: String) -> Bool {
    if let parts = e.chain(and: true) ?? e.chain(and: false) {
      return parts.contains { mentions($0, name) }
    }
    switch e.kind {
    case .path(let p): return p.dotted.lowercased() == name.lowercased()
    case .group(let a), .not(let a), .isEmpty(let a, _): return mentions(a, name)
    case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b):
      return mentions(a, name) || mentions(b, name)
    case .between(let a, _, _, _), .inList(let a, _, _): return mentions(a, name)
    default: return false
    }
  }

  private func isSensitive(_ value: RowExpr) -> Bool {
    if case .path(let p, _) = value { return p.column.sensitive }
    return false
  }

  /// The output column name of a key or field: `member.category`, `month`, `count_attendance`.
  func outputName(_ e: Expr) -> String {
    switch e.kind {
    case .path(let p): return p.dotted
    case .call(let f, _): return f.text.lowercased()
    case .relatedCount(let r):
      return r.function.outputName + "_"
        + ([r.table.text] + (r.value?.parts.map(\.text) ?? []))
        .joined(separator: "_")
    case .group(let inner): return outputName(inner)
    case .arithmetic:
      // `2016 - born` is named by its columns: `born`; `done_on - deadline`, `done_on_deadline`.
      let names = columnNames(e)
      return names.isEmpty ? "value" : names.joined(separator: "_")
    default: return "value"
    }
  }

  /// The paths an arithmetic expression reads, dotted, left to right.
  private func columnNames(_ e: Expr) -> [String] {
    switch e.kind {
    case .arithmetic(_, let a, let b): return columnNames(a) + columnNames(b)
    case .group(let inner): return columnNames(inner)
    case .path, .call, .relatedCount: return [outputName(e)]
    default: return []
    }
  }
}
