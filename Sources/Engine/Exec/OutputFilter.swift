import Lang

/// Evaluates `having` over the rows of an answer: columns by position, constants as planned.
enum OutputFilter {
  static func truth(_ p: OutputPredicate, _ row: [Value]) -> UInt8 {
    switch p {
    case .all(let parts):
      var result = Truth.yes
      for part in parts { result = Truth.and(result, truth(part, row)) }
      return result
    case .any(let parts):
      var result = Truth.no
      for part in parts { result = Truth.or(result, truth(part, row)) }
      return result
    case .not(let a):
      return Truth.not(truth(a, row))
    case .isEmpty(let c, let negated):
      return (row[c] == .missing) != negated ? Truth.yes : Truth.no
    case .compare(let a, let op, let b):
      return compare(value(a, row), op, value(b, row))
    case .oneOf(let a, let items):
      let v = value(a, row)
      if v == .missing { return Truth.unknown }
      for item in items where compare(v, .equal, value(item, row)) == Truth.yes {
        return Truth.yes
      }
      return Truth.no
    }
  }

  private static func compare(_ a: Value, _ op: CompareOp, _ b: Value) -> UInt8 {
    if a == .missing || b == .missing { return Truth.unknown }
    return op.holds(a.order(b, text: .bytes)) ? Truth.yes : Truth.no
  }

  private static func value(_ operand: OutputOperand, _ row: [Value]) -> Value {
    switch operand {
    case .column(let c): row[c]
    case .constant(let v): v
    }
  }
}
