/// Prints expressions, adding parentheses only where precedence needs them, with the keywords
/// in `form`.
struct ExprPrinter {
  let form: KeywordForm

  /// Binding strength: or < and < not < predicate.
  private enum Level: Int, Comparable {
    case or = 1
    case and = 2
    case not = 3
    case predicate = 4

    static func < (left: Level, right: Level) -> Bool { left.rawValue < right.rawValue }
  }

  private func level(_ expr: Expr) -> Level {
    switch expr.kind {
    case .or: return .or
    case .and: return .and
    case .not: return .not
    default: return .predicate
    }
  }

  /// `expr`, in parentheses if it binds looser than `minimum`.
  private func operand(_ expr: Expr, atLeast minimum: Level) -> String {
    level(expr) < minimum ? "(\(print(expr)))" : print(expr)
  }

  /// A value operand of a predicate: anything but a plain value gets parentheses.
  private func value(_ expr: Expr) -> String {
    switch expr.kind {
    case .path, .literal, .parameter, .call, .relatedCount, .group, .arithmetic:
      return print(expr)
    default: return "(\(print(expr)))"
    }
  }

  func print(_ expr: Expr) -> String {
    switch expr.kind {
    case .path(let path): return form.spellPath(path)
    case .literal(let literal): return Printer.print(literal, form: form)
    case .parameter(let name): return "$\(name)"
    case .call(let function, let argument): return "\(function.text)(\(print(argument)))"
    case .relatedCount(let related):
      var head = Printer.name(related.table.text)
      if let value = related.value { head += "." + value.dotted }
      let filter = related.filter.map { " \(form.spell(.where)) \(print($0))" } ?? ""
      return "\(form.spell(related.function))(\(head)\(filter))"
    case .hasRelated(let related, let negated):
      let keyword = negated ? form.spell(.no) : form.spell(.has)
      guard related.filter != nil else { return "\(keyword) \(Printer.name(related.table.text))" }
      return "\(keyword) (\(inner(related)))"
    case .compare(let op, let left, let right):
      return "\(value(left)) \(op.rawValue) \(value(right))"
    case .contains(let left, let right): return "\(value(left)) ~ \(value(right))"
    case .inList(let left, let items, let negated):
      let list = items.map(value).joined(separator: ", ")
      return "\(value(left)) \(negated ? form.spell(.not, .in) : form.spell(.in)) (\(list))"
    case .inPeriod(let left, let period, let negated):
      return "\(value(left)) \(negated ? form.spell(.not, .in) : form.spell(.in)) \(value(period))"
    case .between(let subject, let low, let high, let negated):
      let keyword = negated ? form.spell(.not, .between) : form.spell(.between)
      return "\(value(subject)) \(keyword) \(value(low)) \(form.betweenAnd) \(value(high))"
    case .isEmpty(let subject, let negated):
      return
        "\(value(subject)) \(negated ? form.spell(.is, .not, .empty) : form.spell(.is, .empty))"
    // A long chain is a balanced tree (`Expr.chain`): an `and` right of an `and` (an `or`
    // right of an `or`) is printed without parentheses, as the parser never makes one from
    // text that had them (parentheses are a `.group`).
    case .and(let left, let right):
      let r: Level = if case .and = right.kind { .and } else { .not }
      return "\(operand(left, atLeast: .and)) \(form.spell(.and)) \(operand(right, atLeast: r))"
    case .or(let left, let right):
      let r: Level = if case .or = right.kind { .or } else { .and }
      return "\(operand(left, atLeast: .or)) \(form.spell(.or)) \(operand(right, atLeast: r))"
    case .not(let inner): return "\(form.spell(.not)) \(operand(inner, atLeast: .not))"
    case .group(let inner): return "(\(print(inner)))"
    case .arithmetic(let op, let left, let right):
      return
        "\(term(left, under: op, right: false)) \(op.rawValue) \(term(right, under: op, right: true))"
    }
  }

  /// An operand of `op`: in parentheses when it would otherwise bind differently.
  private func term(_ expr: Expr, under op: ArithmeticOp, right: Bool) -> String {
    guard case .arithmetic(let inner, _, _) = expr.kind else { return print(expr) }
    let looser = !inner.isProduct && op.isProduct
    let sameLevel = inner.isProduct == op.isProduct
    return looser || (right && sameLevel) ? "(\(print(expr)))" : print(expr)
  }

  private func inner(_ related: Related) -> String {
    guard let filter = related.filter else { return Printer.name(related.table.text) }
    return "\(Printer.name(related.table.text)) \(form.spell(.where)) \(print(filter))"
  }
}
