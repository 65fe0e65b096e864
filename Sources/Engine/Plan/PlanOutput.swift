import Lang

/// The output side of a query: `having`, `order by`, `top` and `limit` lowered onto the
/// answer's columns by position, with the types of those columns checked.
extension Planner {
  /// Resolves `having`, `order by`, `top` and `limit` into the plan: aggregates name output
  /// columns (by position from here on); lists name fields or paths of the row.
  func lowerOutput(_ plan: inout QueryPlan, _ query: Query) throws(Diagnostic) {
    plan.limit = [query.limit, query.top].compactMap { $0 }.min()
    guard !plan.isList else {
      var conditions = ConditionPlanner(planner: self, table: plan.table)
      for item in query.order {
        if case .path(let p) = item.key.kind,
          let i = plan.fields.firstIndex(where: { $0.name.lowercased() == p.dotted.lowercased() })
        {
          plan.order.append(
            OrderPlan(key: .column(i), descending: item.descending, text: textOrder(item)))
          continue
        }
        let value = try conditions.rowValue(item.key)
        plan.order.append(
          OrderPlan(key: .value(value), descending: item.descending, text: textOrder(item)))
      }
      if let having = query.having {
        throw .error(planMessages.havingNeedsMeasures(), at: having.span)
      }
      return
    }
    let names = outputColumnNames(plan)
    for item in query.order {
      plan.order.append(
        OrderPlan(
          key: .column(try outputColumn(item.key, names)), descending: item.descending,
          text: textOrder(item)))
    }
    let keyWidth = names.count - plan.measureColumns.count
    if query.top != nil, plan.order.isEmpty, !plan.metrics.isEmpty {
      plan.order = [OrderPlan(key: .column(keyWidth), descending: true, text: textOrder)]
    }
    if let having = query.having {
      plan.having = try outputPredicate(having, names, outputColumnKinds(plan))
    }
  }

  /// How an `order by` item orders text: by bytes when it says so, else the session's way.
  private func textOrder(_ item: OrderItem) -> TextOrder {
    item.bytes ? .bytes : textOrder
  }

  func outputColumnNames(_ plan: QueryPlan) -> [String] {
    var names: [String] = []
    for key in plan.keys {
      names.append(key.name)
      if let t = key.referenced, let d = Resolver(store: store).displayColumn(of: t) {
        names.append(key.name + "." + d.name)
      }
    }
    return names + plan.measureColumns.map(\.name)
  }

  /// The position of the answer column an expression names.
  private func outputColumn(_ e: Expr, _ names: [String]) throws(Diagnostic) -> Int {
    let name: String
    switch e.kind {
    case .path(let p): name = p.dotted
    case .call, .relatedCount: name = outputName(e)
    case .group(let inner): return try outputColumn(inner, names)
    default: throw .error(planMessages.nameOutputColumn(), at: e.span)
    }
    guard let i = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
      throw .error(
        planMessages.noOutputColumn(name), at: e.span,
        notes: Diagnostic.suggestion(
          name, among: names, otherwise: planMessages.columnsAre(names.joined(separator: ", "))))
    }
    return i
  }

  /// An answer column, or a written constant (a literal or a parameter).
  private func outputOperand(_ e: Expr, _ names: [String]) throws(Diagnostic) -> OutputOperand {
    switch e.kind {
    case .group(let inner): return try outputOperand(inner, names)
    case .path, .call, .relatedCount: return .column(try outputColumn(e, names))
    default:
      let constant = try ConditionPlanner(planner: self, table: 0).constant(e)
      switch constant {
      case .number(.integer(let n)): return .constant(.integer(n))
      case .number(.decimal(let d)): return .constant(.decimal(d))
      case .text(let s): return .constant(.text(s))
      case .date(let d): return .constant(.date(d))
      case .period(let b, let k): return .constant(.text(b.label(k)))
      case .boolean(let v): return .constant(.boolean(v))
      }
    }
  }

  /// The type of each answer column, as `outputColumnNames` lists them (a bucket's label and
  /// a rate's share counted as text and as a number).
  func outputColumnKinds(_ plan: QueryPlan) -> [ColumnType] {
    var kinds: [ColumnType] = []
    for key in plan.keys {
      if key.bucket != nil {
        kinds.append(.text)
      } else if let t = key.referenced {
        let resolver = Resolver(store: store)
        let matched = key.reference.flatMap(resolver.keyColumn) ?? resolver.idColumn(of: t)
        kinds.append(matched?.type ?? .integer)
        if let d = resolver.displayColumn(of: t) { kinds.append(d.type) }
      } else {
        kinds.append(key.expr.type)
      }
    }
    for m in plan.measureColumns {
      switch m.kind {
      case .text, .period: kinds.append(.text)
      case .date: kinds.append(.date)
      case .boolean: kinds.append(.boolean)
      default: kinds.append(.decimal)
      }
    }
    return kinds
  }

  /// `having`, with every name resolved to an answer column and every comparison type-checked
  /// as `where` checks it: a text column equals a number written with digits, but is not
  /// ordered against one; a number or a date is not compared with text.
  private func outputPredicate(_ e: Expr, _ names: [String], _ kinds: [ColumnType])
    throws(Diagnostic) -> OutputPredicate
  {
    if let parts = e.chain(and: true) {
      var out: [OutputPredicate] = []
      for part in parts { out.append(try outputPredicate(part, names, kinds)) }
      return .all(out)
    }
    if let parts = e.chain(and: false) {
      var out: [OutputPredicate] = []
      for part in parts { out.append(try outputPredicate(part, names, kinds)) }
      return .any(out)
    }
    switch e.kind {
    case .group(let a):
      return try outputPredicate(a, names, kinds)
    case .not(let a):
      return .not(try outputPredicate(a, names, kinds))
    case .isEmpty(let a, let negated):
      return .isEmpty(try outputColumn(a, names), negated: negated)
    case .compare(let op, let a, let b):
      return try typedCompare(op, a, b, names, kinds)
    case .between(let a, let lo, let hi, let negated):
      let range = OutputPredicate.all([
        try typedCompare(.greaterOrEqual, a, lo, names, kinds),
        try typedCompare(.lessOrEqual, a, hi, names, kinds),
      ])
      return negated ? .not(range) : range
    case .inList(let a, let items, let negated):
      var column: OutputOperand?
      var operands: [OutputOperand] = []
      for item in items {
        guard case .compare(let x, _, let y) = try typedCompare(.equal, a, item, names, kinds)
        else { continue }
        column = x
        operands.append(y)
      }
      let target: OutputOperand
      if let column { target = column } else { target = .column(try outputColumn(a, names)) }
      return negated ? .not(.oneOf(target, operands)) : .oneOf(target, operands)
    default:
      throw .error(planMessages.havingCompares(), at: e.span)
    }
  }

  /// `a op b` over answer columns and constants, with the constant made to fit the column.
  private func typedCompare(
    _ op: CompareOp, _ a: Expr, _ b: Expr, _ names: [String], _ kinds: [ColumnType]
  ) throws(Diagnostic) -> OutputPredicate {
    var x = try outputOperand(a, names)
    var y = try outputOperand(b, names)
    func fit(_ column: OutputOperand, _ constant: inout OutputOperand, _ e: Expr, _ c: Expr)
      throws(Diagnostic)
    {
      guard case .column(let i) = column, case .constant(let v) = constant else { return }
      let written: Constant
      switch v {
      case .integer(let n): written = .number(.integer(n))
      case .decimal(let d): written = .number(.decimal(d))
      case .date(let d): written = .date(d)
      case .boolean(let t): written = .boolean(t)
      default: written = .text(v.label)
      }
      let fits: Bool
      switch (kinds[i], v) {
      case (.text, .integer), (.text, .decimal):
        // A code written with digits equals its text; ordering text against a number is
        // not what anyone means.
        fits = op == .equal || op == .notEqual
        if fits { constant = .constant(.text(written.asText)) }
      case (.integer, .text), (.decimal, .text), (.date, .integer), (.date, .decimal),
        (.date, .text), (.integer, .date), (.decimal, .date), (.text, .date):
        fits = false
      default:
        fits = true
      }
      guard fits else {
        throw .typeMismatch(
          Message(en: "'\(names[i])'", zh: "“\(names[i])”"), type: kinds[i], with: written,
          at: e.span.union(c.span))
      }
    }
    try fit(x, &y, a, b)
    try fit(y, &x, b, a)
    return .compare(x, op, y)
  }
}
