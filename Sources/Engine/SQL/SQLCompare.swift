import Lang

extension SQLExpressions {
  /// `a op b`: a value with a constant (either side), two values, or two constants.
  func compare(_ op: CompareOp, _ a: Expr, _ b: Expr, in scope: inout SQLScope, span: Span)
    throws(Diagnostic) -> String
  {
    switch (try constantOrNil(a), try constantOrNil(b)) {
    case (nil, nil):
      let x = try value(a, in: &scope)
      let y = try value(b, in: &scope)
      return "(\(x.sql) \(op.rawValue) \(y.sql))"
    case (nil, let c?):
      return try compare(op, try value(a, in: &scope), c, span: span)
    case (let c?, nil):
      return try compare(op.flipped, try value(b, in: &scope), c, span: span)
    case (let x?, let y?):
      switch op {
      case .equal: return x.asText == y.asText ? "1" : "0"
      case .notEqual: return x.asText != y.asText ? "1" : "0"
      default: throw .error("compare a column with a value", at: span)
      }
    }
  }

  /// A value compared with a constant, by the value's type: text as text (a Chinese code label
  /// stands for its code), numbers as numbers, dates as ISO text (a period compares with its
  /// first or last day), booleans as 0/1.
  private func compare(_ op: CompareOp, _ v: SQLValue, _ c: Constant, span: Span)
    throws(Diagnostic) -> String
  {
    let left = "(\(v.sql) \(op.rawValue) "
    switch v.type {
    case .text:
      return left + SQLText.string(textTarget(op, v.column, c)) + ")"
    case .integer, .decimal:
      switch c {
      case .number(let x, let integer):
        return left + SQLText.number(x, integer: integer) + ")"
      case .period(.year, let y) where v.isYear || v.type == .integer:
        return left + "\(y))"
      default:
        throw .error("cannot compare a number with \(c.described)", at: span)
      }
    case .date:
      switch c {
      case .date(let d):
        return left + SQLText.date(d) + ")"
      case .period:
        let (lo, hi) = c.dayRange!
        let range = "(\(v.sql) BETWEEN \(SQLText.date(lo)) AND \(SQLText.date(hi)))"
        switch op {
        case .equal: return range
        case .notEqual: return "(NOT \(range))"
        case .less, .greaterOrEqual: return left + SQLText.date(lo) + ")"
        case .greater, .lessOrEqual: return left + SQLText.date(hi) + ")"
        }
      default:
        throw .error("cannot compare a date with \(c.described)", at: span)
      }
    case .boolean:
      let truth: Bool
      switch c {
      case .boolean(let b): truth = b
      case .text(let s) where ["是", "yes", "否", "no"].contains(s.lowercased()):
        truth = s == "是" || s.lowercased() == "yes"
      default:
        throw .error("cannot compare a boolean with \(c.described)", at: span)
      }
      guard op == .equal || op == .notEqual else {
        throw .error("true and false can only be compared with = or !=", at: span)
      }
      return left + (truth ? "1" : "0") + ")"
    }
  }

  /// The text a text column is compared with: the constant as text, or, for = and != with a
  /// value the column never holds, the code whose Chinese label it is.
  private func textTarget(_ op: CompareOp, _ column: Column?, _ c: Constant) -> String {
    let target = c.asText
    guard op == .equal || op == .notEqual, let column,
      case .text(_, let dictionary) = column.data, !dictionary.strings.contains(target),
      let code = column.codeLabels.first(where: { $0.value == target })?.key
    else { return target }
    return code
  }
}
