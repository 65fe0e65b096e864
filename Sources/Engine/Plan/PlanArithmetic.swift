import Lang

extension ConditionPlanner {
  /// Plans `a op b`: numbers with numbers (a whole number unless one side is a decimal or the
  /// operator divides), and a date minus a date (days). Text, booleans and any other use of a
  /// date are errors at the operand.
  mutating func arithmetic(_ op: ArithmeticOp, _ a: Expr, _ b: Expr) throws(Diagnostic)
    -> RowExpr
  {
    let x = try operand(a)
    let y = try operand(b)
    let numeric: Set<ColumnType> = [.integer, .decimal]
    if x.type == .date || y.type == .date {
      if x.type == .date, y.type == .date, op == .subtract {
        return .arithmetic(op, x, y, .integer)
      }
      for (e, v) in [(a, x), (b, y)] where v.type != .date && !numeric.contains(v.type) {
        throw notNumeric(e, v)
      }
      throw .error(
        planMessages.dateArithmetic(op.rawValue), at: a.span.union(b.span),
        notes: [planMessages.dateMinusDate()])
    }
    guard numeric.contains(x.type) else { throw notNumeric(a, x) }
    guard numeric.contains(y.type) else { throw notNumeric(b, y) }
    let integer = x.type == .integer && y.type == .integer && op != .divide
    return .arithmetic(op, x, y, integer ? .integer : .decimal)
  }

  /// An operand: a number written in the query, or a value per row (a bare word is a column).
  private mutating func operand(_ e: Expr) throws(Diagnostic) -> RowExpr {
    switch e.kind {
    case .group(let inner): return try operand(inner)
    case .arithmetic(let op, let a, let b): return try arithmetic(op, a, b)
    case .literal(.word(let w)):
      let name = Name(w, span: e.span)
      return try rowValue(Expr(.path(Path([name], span: e.span)), span: e.span))
    case .literal, .parameter:
      let c = try constant(e)
      switch c {
      case .number(let v): return .number(v)
      default:
        throw .error(
          planMessages.arithmeticOnValue(c.described), at: e.span,
          notes: [planMessages.arithmeticOnNumbers()])
      }
    default:
      return try rowValue(e)
    }
  }

  private func notNumeric(_ e: Expr, _ value: RowExpr) -> Diagnostic {
    .error(
      planMessages.arithmeticOnColumn(describe(e), value.type.word), at: e.span,
      notes: [planMessages.arithmeticOnNumbers()])
  }
}
