import Lang

/// `having`, `order by` and `limit` of an aggregate answer, over its columns by position.
struct SQLOutput {
  /// The columns of the `answer` CTE, in order.
  let columns: [String]
  /// How many leading columns are keys (the default order sorts by them).
  let keyCount: Int
  let constants: SQLConstants
  /// The columns that hold text (ordered with the dialect's collation).
  var textColumns: Set<Int> = []
  /// How text keys are ordered by default.
  var textOrder: TextOrder = .pinyin

  /// A `having` condition in three-valued logic.
  func having(_ p: OutputPredicate) -> String {
    switch p {
    case .all(let parts), .any(let parts):
      let isAll = if case .all = p { true } else { false }
      guard !parts.isEmpty else { return constants.dialect.boolean(isAll) }
      return "(" + parts.map(having).joined(separator: isAll ? " AND " : " OR ") + ")"
    case .not(let a):
      return "(NOT \(having(a)))"
    case .isEmpty(let c, let negated):
      return "(\(SQLText.identifier(columns[c])) IS \(negated ? "NOT " : "")NULL)"
    case .compare(let a, let op, let b):
      return "(\(operand(a)) \(op.rawValue) \(operand(b)))"
    case .oneOf(let a, let items):
      guard !items.isEmpty else { return constants.dialect.boolean(false) }
      return "(\(operand(a)) IN (" + items.map(operand).joined(separator: ", ") + "))"
    }
  }

  private func operand(_ o: OutputOperand) -> String {
    switch o {
    case .column(let c): SQLText.identifier(columns[c])
    case .constant(let v): constants.value(v)
    }
  }

  /// `ORDER BY` terms: the planned order (missing last either way), then the keys ascending
  /// (missing last) so ties keep the default order.
  func orderTerms(_ order: [OrderPlan]) -> [String] {
    var terms: [(String, Bool)] = order.compactMap { item in
      guard case .column(let c) = item.key else { return nil }
      return (term(c, item.text), item.descending)
    }
    terms += (0..<keyCount).map { (term($0, textOrder), false) }
    return terms.flatMap { c, descending in ["\(c) IS NULL", descending ? "\(c) DESC" : c] }
  }

  /// A column as an order term, with the collation its text takes.
  private func term(_ c: Int, _ text: TextOrder) -> String {
    SQLText.identifier(columns[c])
      + (textColumns.contains(c) ? constants.dialect.collate(text) : "")
  }
}
