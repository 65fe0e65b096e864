import Lang

/// Writes the row values (`RowExpr`) and conditions (`Predicate`) of a plan as SQL in a scope,
/// in SQL's three-valued logic (NULL is unknown), as the executor evaluates them.
struct SQLRows {
  let store: Store
  let aliases: SQLAliases
  let constants: SQLConstants
  var dialect: any SQLDialect { constants.dialect }

  /// A value per row: a column (followed to the referred row's id when the plan says so), a
  /// time bucket's number, a year, or an aggregate of related rows.
  func value(_ e: RowExpr, in scope: inout SQLScope) throws(Diagnostic) -> String {
    switch e {
    case .path(let p, let follow):
      if follow, let (alias, target, key) = scope.target(of: p) {
        return SQLText.column(alias, store.tables[target].column(key)?.name ?? key)
      }
      return scope.column(p)
    case .bucket(let bucket, let p):
      return dialect.bucketNumber(bucket, scope.column(p))
    case .year(let p):
      return dialect.year(scope.column(p))
    case .related(let r) where r.function == .stddev && dialect.stddev("x") == nil:
      // The distances from the mean of the same related rows, taken by a subquery of its own.
      let mean = try related(r, outer: scope) { (inner) throws(Diagnostic) in
        "AVG(\(try value(r.value!, in: &inner)))"
      }
      return "("
        + (try related(r, outer: scope) { (inner) throws(Diagnostic) in
          Self.stddev(try value(r.value!, in: &inner), mean: "(\(mean))")
        }) + ")"
    case .related(let r):
      return "(" + (try related(r, outer: scope, select: relatedAggregate(r))) + ")"
    case .number(let v):
      return constants.number(v)
    case .arithmetic(let op, let a, let b, _):
      let x = try operand(a, in: &scope)
      let y = try operand(b, in: &scope)
      // A division is exact (never SQLite's whole-number division) and empty by zero.
      if op == .divide { return "(\(x) * 1.0 / NULLIF(\(y), 0))" }
      return "(\(x) \(op.rawValue) \(y))"
    }
  }

  /// An operand of arithmetic: a date as its day number.
  private func operand(_ e: RowExpr, in scope: inout SQLScope) throws(Diagnostic) -> String {
    let v = try value(e, in: &scope)
    return e.type == .date ? dialect.dayNumber(v) : v
  }

  /// The aggregate of a related-rows value, over the related table's scope. A sum of no rows
  /// is 0, as in the engine.
  private func relatedAggregate(_ r: RelatedPlan) -> (inout SQLScope) throws(Diagnostic) ->
    String
  {
    { (inner) throws(Diagnostic) in
      guard let valueExpr = r.value else { return "COUNT(*)" }
      let x = try value(valueExpr, in: &inner)
      switch r.function {
      case .countDistinct: return "COUNT(\(x))"
      case .median:
        guard let median = dialect.median(x) else {
          throw .error(
            planMessages.noRelatedMedian(dialect.name), at: r.span,
            notes: [planMessages.runInDangke()])
        }
        return median
      case .stddev: return dialect.stddev(x) ?? "NULL"
      default: return r.function.sql(x)
      }
    }
  }

  /// The sample standard deviation of `x` from its `mean`, in two passes: NULL for fewer than
  /// two values.
  static func stddev(_ x: String, mean: String) -> String {
    "SQRT(SUM((\(x) - \(mean)) * (\(x) - \(mean))) * 1.0 / NULLIF(COUNT(\(x)) - 1, 0))"
  }

  /// `SELECT <select> FROM <related table> … WHERE <its reference> = <outer id> AND <filter>`.
  func related(
    _ r: RelatedPlan, outer: SQLScope, select: (inout SQLScope) throws(Diagnostic) -> String
  ) throws(Diagnostic) -> String {
    var inner = SQLScope(store: store, table: r.table, aliases: aliases, nested: true)
    let selected = try select(&inner)
    var conditions = [
      "\(SQLText.column(inner.alias, r.referenceColumn)) = \(outer.keyColumn(r.reference))"
    ]
    if let filter = r.filter { conditions.append(try condition(filter, in: &inner)) }
    return
      "SELECT \(selected) FROM \(inner.fromClause) WHERE \(conditions.joined(separator: " AND "))"
  }

  /// A condition, parenthesised.
  func condition(_ p: Predicate, in scope: inout SQLScope) throws(Diagnostic) -> String {
    switch p {
    case .constant(let t):
      return t == Truth.unknown ? "NULL" : dialect.boolean(t == Truth.yes)
    case .all(let parts), .any(let parts):
      let isAll = if case .all = p { true } else { false }
      guard !parts.isEmpty else { return dialect.boolean(isAll) }
      var sql: [String] = []
      for part in parts { sql.append(try condition(part, in: &scope)) }
      return "(" + sql.joined(separator: isAll ? " AND " : " OR ") + ")"
    case .not(let a):
      return "(NOT \(try condition(a, in: &scope)))"
    case .has(let r, let negated):
      let query = try related(r, outer: scope) { _ in "1" }
      return "(\(negated ? "NOT " : "")EXISTS (\(query)))"
    case .isEmpty(let e, let negated):
      return "(\(try value(e, in: &scope)) IS \(negated ? "NOT " : "")NULL)"
    case .textTable(let e, _, let test):
      let v = try value(e, in: &scope)
      switch test {
      case .compare(let op, let s): return "(\(v) \(op.rawValue) \(constants.text(s)))"
      case .contains(let s):
        // A needle with no cased letter (`王`) is found as written: no value is lower-cased.
        let caseless = s.unicodeScalars.allSatisfy {
          !$0.properties.changesWhenCaseMapped && $0.properties.generalCategory != .nonspacingMark
        }
        return caseless
          ? dialect.containsAsWritten(v, constants.text(s))
          : dialect.contains(v, constants.text(s.lowercased()))
      case .oneOf(let list):
        guard !list.isEmpty else { return dialect.boolean(false) }
        return "(\(v) IN (" + list.map(constants.text).joined(separator: ", ") + "))"
      }
    case .number(let e, let op, let c):
      return "(\(try value(e, in: &scope)) \(op.rawValue) \(constant(c, like: e)))"
    case .range(let e, let lo, let hi):
      let v = try value(e, in: &scope)
      return
        "(\(v) BETWEEN \(constant(.integer(lo), like: e)) AND \(constant(.integer(hi), like: e)))"
    case .numberSet(let e, let set):
      guard !set.isEmpty else { return dialect.boolean(false) }
      let v = try value(e, in: &scope)
      return "(\(v) IN (" + set.sorted.map { constant($0, like: e) }.joined(separator: ", ")
        + "))"
    case .pair(let a, let op, let b):
      return "(\(try value(a, in: &scope)) \(op.rawValue) \(try value(b, in: &scope)))"
    }
  }

  /// A number of the plan as a constant of the value's type: a day number as a date, 0 or 1
  /// as a boolean, else a number.
  private func constant(_ x: Number, like e: RowExpr) -> String {
    switch e {
    case .year, .bucket, .related, .number, .arithmetic: return constants.number(x)
    case .path:
      switch e.type {
      case .date: return constants.date(Int32(clamping: x.whole ?? 0))
      case .boolean: return dialect.boolean(x.whole != 0)
      default: return constants.number(x)
      }
    }
  }
}
