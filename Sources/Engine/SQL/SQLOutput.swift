import Lang

/// `having`, `order by`, `top` and `limit` of an aggregate answer, over its named columns.
struct SQLOutput {
  let session: Session
  /// The answer's column names, in order.
  let names: [String]
  /// The columns of the `answer` CTE that hold them (the names themselves unless repeated).
  let columns: [String]
  /// How many leading columns are keys (the default order sorts by them).
  let keyCount: Int

  /// The answer column an expression names, quoted; nil when it names none.
  func column(_ e: Expr) -> String? {
    let key: String
    switch e.kind {
    case .group(let inner): return column(inner)
    case .path(let p): key = p.dotted.lowercased()
    default: key = session.outputName(e).lowercased()
    }
    return names.firstIndex { $0.lowercased() == key }.map { SQLText.identifier(columns[$0]) }
  }

  /// A `having` condition in three-valued logic.
  func having(_ e: Expr) throws(Diagnostic) -> String {
    switch e.kind {
    case .group(let inner):
      return try having(inner)
    case .and(let a, let b):
      return "(\(try having(a)) AND \(try having(b)))"
    case .or(let a, let b):
      return "(\(try having(a)) OR \(try having(b)))"
    case .not(let a):
      return "(NOT \(try having(a)))"
    case .isEmpty(let a, let negated):
      return "(\(try value(a)) IS \(negated ? "NOT " : "")NULL)"
    case .compare(let op, let a, let b):
      return "(\(try value(a)) \(op.rawValue) \(try value(b)))"
    case .between(let a, let low, let high, let negated):
      let v = try value(a)
      let range = "(\(v) >= \(try value(low)) AND \(v) <= \(try value(high)))"
      return negated ? "(NOT \(range))" : range
    case .inList(let a, let items, let negated):
      var values: [String] = []
      for item in items { values.append(try value(item)) }
      let list = values.joined(separator: ", ")
      return "(\(try value(a)) \(negated ? "NOT IN" : "IN") (\(list)))"
    default:
      throw .error("having compares answer columns, e.g. `having sum < 32`", at: e.span)
    }
  }

  /// An answer column or a constant, as the answer holds it.
  private func value(_ e: Expr) throws(Diagnostic) -> String {
    if case .group(let inner) = e.kind { return try value(inner) }
    switch e.kind {
    case .path, .call, .relatedCount:
      guard let c = column(e) else {
        throw .error("the answer has no column '\(session.outputName(e))'", at: e.span)
      }
      return c
    default:
      let expressions = SQLExpressions(session: session, aliases: SQLAliases())
      switch try expressions.constant(e) {
      case .number(let v, let integer): return SQLText.number(v, integer: integer)
      case .text(let s): return SQLText.string(s)
      case .date(let d): return SQLText.date(d)
      case .period(let b, let k): return SQLText.string(b.label(k))
      case .boolean(let v): return v ? "1" : "0"
      }
    }
  }

  /// `ORDER BY` terms: the asked order (missing last either way), then the keys ascending
  /// (missing last) so ties keep the default order. `top` without an order sorts by the
  /// first measure, descending.
  func orderTerms(_ order: [OrderItem], top: Int?) -> [String] {
    var terms: [(String, Bool)] = order.compactMap { item in
      column(item.key).map { ($0, item.descending) }
    }
    if top != nil, terms.isEmpty, keyCount < names.count {
      terms = [(SQLText.identifier(columns[keyCount]), true)]
    }
    terms += columns.prefix(keyCount).map { (SQLText.identifier($0), false) }
    return terms.flatMap { c, descending in ["\(c) IS NULL", descending ? "\(c) DESC" : c] }
  }
}
