import Lang

/// Plans conditions (`where`, `rate`, related filters) over one table.
struct ConditionPlanner {
  let planner: Planner
  /// The table whose rows the condition tests.
  let table: Int
  var warnings: [Diagnostic] = []
  /// Text values compared with that a column never has, made into warnings at the end
  /// (`UnknownValue.warnings`), so that a list of thousands gives one warning.
  var unknownValues: [UnknownValue] = []

  var store: Store { planner.store }
  var resolver: Resolver { Resolver(store: store) }

  mutating func condition(_ e: Expr) throws(Diagnostic) -> Predicate {
    switch e.kind {
    case .group(let inner):
      return try condition(inner)
    case .and, .or:
      let isAnd = if case .and = e.kind { true } else { false }
      var parts: [Predicate] = []
      for part in e.chain(and: isAnd) ?? [] { parts.append(try condition(part)) }
      return isAnd ? .all(parts) : .any(parts)
    case .not(let a):
      return .not(try condition(a))
    case .hasRelated(let related, let negated):
      return .has(try relatedPlan(related), negated: negated)
    case .isEmpty(let a, let negated):
      return .isEmpty(try rowValue(a), negated: negated)
    case .compare(let op, let a, let b):
      return try compare(op, a, b, span: e.span)
    case .contains(let a, let b):
      return try contains(a, b)
    case .inList(let a, let items, let negated):
      let result = try inList(a, items, span: e.span)
      return negated ? .not(result) : result
    case .inPeriod(let a, let p, let negated):
      let value = try rowValue(a)
      let c = try constant(p)
      guard let (lo, hi) = c.dayRange else {
        throw .error(planMessages.periodNeeded(c.described), at: p.span)
      }
      let r = try periodRange(value, lo, hi, at: a.span)
      return negated ? .not(r) : r
    case .between(let a, let low, let high, let negated):
      let r = Predicate.all([
        try compare(.greaterOrEqual, a, low, span: e.span),
        try compare(.lessOrEqual, a, high, span: e.span),
      ])
      return negated ? .not(r) : r
    case .path, .literal, .parameter, .call, .relatedCount, .arithmetic:
      throw .error(
        planMessages.valueNotCondition(), at: e.span, notes: [planMessages.compareIt()])
    }
  }

  /// `a in (x, y, …)`: one truth table for a text column, one set for numbers and dates, so
  /// a list of thousands of values is a single test.
  mutating func inList(_ a: Expr, _ items: [Expr], span: Span) throws(Diagnostic) -> Predicate {
    var parts: [Predicate] = []
    for item in items { parts.append(try compare(.equal, a, item, span: span)) }
    var table: [UInt8]?
    var texts: [String] = []
    var textValue: RowExpr?
    var numbers: [Number] = []
    var numberValue: RowExpr?
    var merged = true
    for part in parts {
      switch part {
      case .textTable(let value, let t, .compare(.equal, let text)) where numberValue == nil:
        textValue = value
        texts.append(text)
        table = table.map { zip($0, t).map { $0 | $1 } } ?? t
      case .number(let value, .equal, let v) where textValue == nil:
        numberValue = value
        numbers.append(v)
      default:
        merged = false
      }
    }
    if merged, let textValue, let table {
      return .textTable(textValue, table, test: .oneOf(texts))
    }
    if merged, let numberValue { return .numberSet(numberValue, NumberSet(numbers)) }
    return parts.isEmpty ? .constant(Truth.no) : .any(parts)
  }

  /// A value per row: a path, a bucket call, `count(related)`.
  mutating func rowValue(_ e: Expr, follow: Bool = false) throws(Diagnostic) -> RowExpr {
    switch e.kind {
    case .group(let inner):
      return try rowValue(inner, follow: follow)
    case .path(let path):
      return .path(try resolver.path(path, from: table), follow: follow)
    case .relatedCount(let related):
      return .related(try relatedPlan(related))
    case .arithmetic(let op, let a, let b):
      return try arithmetic(op, a, b)
    case .call(let function, let argument):
      guard let bucket = Bucket(rawValue: function.text.lowercased()) else {
        throw .error(
          planMessages.unknownFunction(function.text), at: function.span,
          notes: Diagnostic.suggestion(
            function.text, among: Bucket.allCases.map(\.rawValue),
            otherwise: planMessages.functionsAre()))
      }
      guard case .path(let p) = argument.kind else {
        throw .error(planMessages.bucketTakesDateColumn(bucket.rawValue), at: argument.span)
      }
      let resolved = try resolver.path(p, from: table)
      guard resolved.column.type == .date else {
        throw .error(
          planMessages.bucketTakesDate(bucket.rawValue, resolved.dotted, resolved.column.type.word),
          at: argument.span)
      }
      return bucket == .year ? .year(resolved) : .bucket(bucket, resolved)
    default:
      throw .error(planMessages.expectedColumn(), at: e.span)
    }
  }

  /// A literal or parameter as a typed constant; nil when `e` is a row value.
  func constantOrNil(_ e: Expr) throws(Diagnostic) -> Constant? {
    switch e.kind {
    case .group(let inner): return try constantOrNil(inner)
    case .literal(let literal): return try Constant(literal, span: e.span)
    case .parameter(let name):
      guard let value = planner.parameters[name] ?? planner.parameters[name.lowercased()] else {
        let known = planner.parameters.keys.sorted()
        throw .error(
          planMessages.parameterWithoutValue(name), at: e.span,
          notes: [
            Suggest.closest(to: name, among: known).map { planMessages.didYouMeanParameter($0) }
              ?? planMessages.giveParameter(name)
          ])
      }
      return try Constant(parameter: value, span: e.span)
    default: return nil
    }
  }

  func constant(_ e: Expr) throws(Diagnostic) -> Constant {
    if let c = try constantOrNil(e) { return c }
    throw .error(planMessages.expectedValue(), at: e.span)
  }

  /// The rows of `related.table` that refer to this table, with their filter.
  mutating func relatedPlan(_ related: Related) throws(Diagnostic) -> RelatedPlan {
    let other = try resolver.table(related.table)
    let base = store.tables[table]
    let refs = store.tables[other].columns.compactMap { c -> (Reference, String)? in
      guard let r = c.reference, r.table.lowercased() == base.name.lowercased() else { return nil }
      return (r, c.name)
    }
    guard refs.count == 1 else {
      throw .error(
        (refs.isEmpty ? planMessages.relatedNoReference : planMessages.relatedManyReferences)(
          store.tables[other].name, base.name),
        at: related.table.span, notes: [planMessages.relatedOneReference()])
    }
    var inner = ConditionPlanner(planner: planner, table: other)
    let filter = try related.filter.map { (f) throws(Diagnostic) in try inner.condition(f) }
    var plan = RelatedPlan(
      table: other, reference: refs[0].0, referenceColumn: refs[0].1, filter: filter,
      function: related.function, span: related.span)
    if let path = related.value {
      let value = try inner.rowValue(Expr(.path(path), span: path.span))
      let numeric = value.type == .integer || value.type == .decimal
      let ordered = numeric || value.type == .date
      let fits =
        related.function == .count || related.function == .countDistinct
        || ([.min, .max].contains(related.function) ? ordered : numeric)
      guard fits else {
        throw .error(
          planMessages.cannotAggregate(
            related.function.rawValue, "'\(path.dotted)'", value.type.word),
          at: path.span, notes: [planMessages.worksOnNumbers(related.function.rawValue)])
      }
      plan.value = value
    }
    warnings += inner.warnings
    unknownValues += inner.unknownValues
    return plan
  }
}
