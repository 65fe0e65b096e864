import Lang

/// A row value in SQL, with what the comparison rules need to know about it.
struct SQLValue {
  var sql: String
  var type: ColumnType
  /// `year(x)`: a whole-number year, which a year period (`in 2016`) compares with.
  var isYear = false
  /// The stored column the value reads, when it is one (its values and code labels).
  var column: Column?
}

/// Translates the values and conditions of one query into SQL over scopes.
struct SQLExpressions {
  let session: Session
  let aliases: SQLAliases

  var store: Store { session.store }

  /// A value per row: a path (followed to the referred row's id when `follow`), a bucket
  /// call, or a count of related rows.
  func value(_ e: Expr, in scope: inout SQLScope, follow: Bool = false) throws(Diagnostic)
    -> SQLValue
  {
    switch e.kind {
    case .group(let inner):
      return try value(inner, in: &scope, follow: follow)
    case .path(let path):
      if follow, let (alias, target) = try scope.target(of: path) {
        let id = Resolver(store: store).idColumn(of: target)
        return SQLValue(sql: SQLText.column(alias, id?.name ?? "id"), type: id?.type ?? .integer)
      }
      let (alias, column, _) = try scope.resolve(path)
      return SQLValue(sql: SQLText.column(alias, column.name), type: column.type, column: column)
    case .relatedCount(let related):
      return try relatedAggregate(related, outer: scope)
    case .call(let function, let argument):
      guard let bucket = Bucket(rawValue: function.text.lowercased()) else {
        throw .error("unknown function '\(function.text)'", at: function.span)
      }
      let date = try value(argument, in: &scope)
      guard date.type == .date else {
        throw .error("\(bucket.rawValue)(…) takes a date", at: argument.span)
      }
      return SQLValue(
        sql: SQLBucket.number(bucket, date.sql), type: .integer, isYear: bucket == .year)
    default:
      throw .error("expected a column here", at: e.span)
    }
  }

  /// `count(T …)`, `sum(T.x …)`, …: a correlated subquery over the related rows. A sum of no
  /// rows is 0, as in the engine.
  func relatedAggregate(_ related: Related, outer: SQLScope) throws(Diagnostic) -> SQLValue {
    var type = ColumnType.integer
    let query = try relatedQuery(related, outer: outer) { (inner) throws(Diagnostic) -> String in
      guard let path = related.value else { return "COUNT(*)" }
      let (alias, column, _) = try inner.resolve(path)
      let x = SQLText.column(alias, column.name)
      switch related.function {
      case .count, .countDistinct: return "COUNT(\(x))"
      case .sum:
        type = column.type == .integer ? .integer : .decimal
        return "COALESCE(SUM(\(x)), 0)"
      case .avg:
        type = .decimal
        return "AVG(\(x))"
      case .min, .max:
        type = column.type
        return "\(related.function.rawValue.uppercased())(\(x))"
      case .median, .rate:
        throw .error(
          "sql has no SQLite form for \(related.function.rawValue)(…) of related rows",
          at: related.span, hints: ["run the query in Dangke, or use avg(…)"])
      }
    }
    return SQLValue(sql: "(\(query))", type: type)
  }

  /// `SELECT <select> FROM <related table> … WHERE <its reference> = <outer id> AND <filter>`.
  func relatedQuery(_ related: Related, outer: SQLScope, select: String) throws(Diagnostic)
    -> String
  {
    try relatedQuery(related, outer: outer) { (_) throws(Diagnostic) -> String in select }
  }

  /// The same, with the select list made in the related table's scope.
  func relatedQuery(
    _ related: Related, outer: SQLScope,
    select: (inout SQLScope) throws(Diagnostic) -> String
  ) throws(Diagnostic) -> String {
    let other = try Resolver(store: store).table(related.table)
    let base = store.tables[outer.table].name.lowercased()
    let refs = store.tables[other].columns.filter { $0.reference?.table.lowercased() == base }
    guard refs.count == 1 else {
      throw .error(
        "related rows need exactly one column of '\(store.tables[other].name)' referring to '\(base)'",
        at: related.table.span)
    }
    var inner = SQLScope(store: store, table: other, aliases: aliases, nested: true)
    let selected = try select(&inner)
    var conditions = ["\(SQLText.column(inner.alias, refs[0].name)) = \(outer.idColumn)"]
    if let filter = related.filter { conditions.append(try condition(filter, in: &inner)) }
    return
      "SELECT \(selected) FROM \(inner.fromClause) WHERE \(conditions.joined(separator: " AND "))"
  }

  /// A condition in SQLite's three-valued logic (NULL is unknown), parenthesised.
  func condition(_ e: Expr, in scope: inout SQLScope) throws(Diagnostic) -> String {
    switch e.kind {
    case .group(let inner):
      return try condition(inner, in: &scope)
    case .and, .or:
      // A chain of thousands of `and`s is walked as a list, not by deep recursion.
      let isAnd = if case .and = e.kind { true } else { false }
      var parts: [String] = []
      for part in e.chain(and: isAnd) ?? [] { parts.append(try condition(part, in: &scope)) }
      return "(" + parts.joined(separator: isAnd ? " AND " : " OR ") + ")"
    case .not(let a):
      return "(NOT \(try condition(a, in: &scope)))"
    case .hasRelated(let related, let negated):
      let query = try relatedQuery(related, outer: scope, select: "1")
      return "(\(negated ? "NOT " : "")EXISTS (\(query)))"
    case .isEmpty(let a, let negated):
      return "(\(try value(a, in: &scope).sql) IS \(negated ? "NOT " : "")NULL)"
    case .compare(let op, let a, let b):
      return try compare(op, a, b, in: &scope, span: e.span)
    case .contains(let a, let b):
      let v = try value(a, in: &scope)
      let needle = try constant(b).asText.lowercased()
      return "(instr(lower(\(v.sql)), \(SQLText.string(needle))) > 0)"
    case .inList(let a, let items, let negated):
      guard !items.isEmpty else { return negated ? "1" : "0" }
      var parts: [String] = []
      for item in items { parts.append(try compare(.equal, a, item, in: &scope, span: e.span)) }
      let any = "(" + parts.joined(separator: " OR ") + ")"
      return negated ? "(NOT \(any))" : any
    case .inPeriod(let a, let p, let negated):
      let v = try value(a, in: &scope)
      guard let (lo, hi) = try constant(p).dayRange else {
        throw .error("'in' needs a period such as 2016, 2016-11 or 2016-Q4", at: p.span)
      }
      let range: String
      if v.isYear {
        range = "(\(v.sql) BETWEEN \(CivilDate.civil(lo).year) AND \(CivilDate.civil(hi).year))"
      } else {
        range = "(\(v.sql) BETWEEN \(SQLText.date(lo)) AND \(SQLText.date(hi)))"
      }
      return negated ? "(NOT \(range))" : range
    case .between(let a, let low, let high, let negated):
      let lower = try compare(.greaterOrEqual, a, low, in: &scope, span: e.span)
      let upper = try compare(.lessOrEqual, a, high, in: &scope, span: e.span)
      return negated ? "(NOT (\(lower) AND \(upper)))" : "(\(lower) AND \(upper))"
    case .path, .literal, .parameter, .call, .relatedCount:
      throw .error("this is a value, not a condition", at: e.span)
    }
  }

  /// A literal or parameter as a typed constant; nil when `e` is a row value.
  func constantOrNil(_ e: Expr) throws(Diagnostic) -> Constant? {
    switch e.kind {
    case .group(let inner): return try constantOrNil(inner)
    case .literal(let literal): return try Constant(literal, span: e.span)
    case .parameter(let name):
      guard let text = session.parameters[name] ?? session.parameters[name.lowercased()] else {
        throw .error("parameter $\(name) has no value", at: e.span)
      }
      return try Constant(parameter: text, span: e.span)
    default: return nil
    }
  }

  func constant(_ e: Expr) throws(Diagnostic) -> Constant {
    if let c = try constantOrNil(e) { return c }
    throw .error("expected a value here", at: e.span)
  }
}
