import Lang

/// Evaluates `having` over the rows of an answer, by output column name.
struct OutputFilter {
  /// Lower-cased output column names.
  let names: [String]
  let session: Session

  func truth(_ e: Expr, _ row: [Value]) throws(Diagnostic) -> UInt8 {
    switch e.kind {
    case .group(let inner):
      return try truth(inner, row)
    case .and, .or:
      let isAnd = if case .and = e.kind { true } else { false }
      var result = isAnd ? Truth.yes : Truth.no
      for part in e.chain(and: isAnd) ?? [] {
        let x = try truth(part, row)
        if isAnd {
          result =
            result == Truth.no || x == Truth.no
            ? Truth.no : (result == Truth.unknown || x == Truth.unknown ? Truth.unknown : Truth.yes)
        } else {
          result =
            result == Truth.yes || x == Truth.yes
            ? Truth.yes : (result == Truth.unknown || x == Truth.unknown ? Truth.unknown : Truth.no)
        }
      }
      return result
    case .not(let a):
      let x = try truth(a, row)
      return x == Truth.unknown ? x : 1 - x
    case .isEmpty(let a, let negated):
      return (try value(a, row) == .missing) != negated ? Truth.yes : Truth.no
    case .compare(let op, let a, let b):
      return compare(try value(a, row), op, try value(b, row))
    case .between(let a, let lo, let hi, let negated):
      let v = try value(a, row)
      let t = and(
        compare(v, .greaterOrEqual, try value(lo, row)),
        compare(v, .lessOrEqual, try value(hi, row)))
      return negated && t != Truth.unknown ? 1 - t : t
    case .inList(let a, let items, let negated):
      let v = try value(a, row)
      var t = Truth.no
      for item in items where compare(v, .equal, try value(item, row)) == Truth.yes {
        t = Truth.yes
      }
      if v == .missing { return Truth.unknown }
      return negated ? 1 - t : t
    default:
      throw .error("having compares answer columns, e.g. `having sum < 32`", at: e.span)
    }
  }

  private func and(_ x: UInt8, _ y: UInt8) -> UInt8 {
    x == Truth.no || y == Truth.no
      ? Truth.no : (x == Truth.unknown || y == Truth.unknown ? Truth.unknown : Truth.yes)
  }

  private func compare(_ a: Value, _ op: CompareOp, _ b: Value) -> UInt8 {
    if a == .missing || b == .missing { return Truth.unknown }
    return op.holds(a.order(b, text: .bytes)) ? Truth.yes : Truth.no
  }

  /// An output column's value, or a written constant.
  private func value(_ e: Expr, _ row: [Value]) throws(Diagnostic) -> Value {
    switch e.kind {
    case .group(let inner):
      return try value(inner, row)
    case .path(let p):
      if let i = names.firstIndex(of: p.dotted.lowercased()) { return row[i] }
      throw .error("the answer has no column '\(p.dotted)'", at: e.span)
    case .call, .relatedCount:
      let name = session.outputName(e).lowercased()
      if let i = names.firstIndex(of: name) { return row[i] }
      throw .error("the answer has no column '\(name)'", at: e.span)
    default:
      let constant: Constant
      if case .literal(let literal) = e.kind {
        constant = try Constant(literal, span: e.span)
      } else {
        constant = try ConditionPlanner(session: session, table: 0).constant(e)
      }
      switch constant {
      case .number(let v, let integer): return integer ? .integer(Int64(v)) : .decimal(v)
      case .text(let s): return .text(s)
      case .date(let d): return .date(d)
      case .period(let b, let k): return .text(b.label(k))
      case .boolean(let v): return .boolean(v)
      }
    }
  }
}
