import Lang

extension ConditionPlanner {
  /// Plans `a op b` where at least one side is usually a column.
  mutating func compare(_ op: CompareOp, _ a: Expr, _ b: Expr, span: Span) throws(Diagnostic)
    -> Predicate
  {
    if let column = try columnNamedBy(b, comparedWith: a) {
      return try pair(op, try rowValue(a), column, a: a, b: b)
    }
    let ca = try constantOrNil(a)
    let cb = try constantOrNil(b)
    switch (ca, cb) {
    case (nil, nil):
      return try pair(op, try rowValue(a), try rowValue(b), a: a, b: b)
    case (nil, let c?):
      return try compare(op, try rowValue(a), c, value: a, constant: b)
    case (let c?, nil):
      return try compare(op.flipped, try rowValue(b), c, value: b, constant: a)
    case (let x?, let y?):
      // SQL's `"first name"`: a string that is the name of a column of the table.
      for side in [a, b] {
        if case .literal(.string(let text)) = side.kind,
          let i = store.tables[table].columnIndex(text)
        {
          let name = store.tables[table].columns[i].name
          throw .error(
            quotedNameMessages.stringNamesAColumn(text), at: side.span,
            notes: [quotedNameMessages.useBackquotes(name)])
        }
      }
      let equal = x.asText == y.asText
      let truth: Bool
      switch op {
      case .equal: truth = equal
      case .notEqual: truth = !equal
      default:
        throw .error(
          planMessages.compareColumnWithValue(), at: span, notes: [planMessages.hoursExample()])
      }
      return .constant(truth ? Truth.yes : Truth.no)
    }
  }

  private mutating func compare(
    _ op: CompareOp, _ value: RowExpr, _ c: Constant, value a: Expr, constant b: Expr
  ) throws(Diagnostic) -> Predicate {
    let name = describe(a)
    switch value.type {
    case .text:
      guard case .path(let p, _) = value, case .text(_, let dictionary) = p.column.data else {
        throw .error(planMessages.cannotCompareHere(name), at: a.span)
      }
      // A number equals a code written with digits (`phone = 13812345678`), but ordering
      // text against a number would compare characters, which no one means.
      if case .number = c, op != .equal, op != .notEqual {
        throw .typeMismatch(
          name, type: .text, with: c, at: a.span.union(b.span),
          hint: planMessages.quoteNumber(c.asText))
      }
      let (truth, target) = try textTruth(op, p, dictionary, c, at: b.span)
      return .textTable(value, truth, test: .compare(op, target))
    case .integer, .decimal:
      switch c {
      case .number(let v): return .number(value, op, v)
      case .period(.year, let y) where isYearLike(value):
        return .number(value, op, .integer(Int64(y)))
      default:
        throw .typeMismatch(name, type: value.type, with: c, at: a.span.union(b.span))
      }
    case .date:
      switch c {
      case .date(let d): return .number(value, op, .integer(Int64(d)))
      case .period:
        let (lo, hi) = c.dayRange!
        switch op {
        case .equal: return .range(value, low: Int64(lo), high: Int64(hi))
        case .notEqual: return .not(.range(value, low: Int64(lo), high: Int64(hi)))
        case .less, .greaterOrEqual: return .number(value, op, .integer(Int64(lo)))
        case .greater, .lessOrEqual: return .number(value, op, .integer(Int64(hi)))
        }
      default:
        throw .typeMismatch(name, type: .date, with: c, at: a.span.union(b.span))
      }
    case .boolean:
      let truth: Bool
      switch c {
      case .boolean(let v): truth = v
      case .text(let s) where ["是", "yes", "否", "no"].contains(s.lowercased()):
        truth = s == "是" || s.lowercased() == "yes"
      default:
        throw .typeMismatch(name, type: .boolean, with: c, at: a.span.union(b.span))
      }
      guard op == .equal || op == .notEqual else {
        throw .error(planMessages.booleanEquality(), at: b.span)
      }
      return .number(value, op, .integer(truth ? 1 : 0))
    }
  }

  private func isYearLike(_ value: RowExpr) -> Bool {
    if case .year = value { return true }
    return value.type == .integer
  }

  /// `member.category` or `count(attendance)` as written, for messages.
  func describe(_ e: Expr) -> Message {
    switch e.kind {
    case .path(let p): return Message(en: "'\(p.dotted)'", zh: "“\(p.dotted)”")
    case .group(let inner): return describe(inner)
    case .literal(.word(let w)): return Message(en: "'\(w)'", zh: "“\(w)”")
    default: return Message(en: "this value", zh: "这个值")
    }
  }

  /// The truth of `code op constant` for every code of a text column's dictionary, and the
  /// text compared with (a Chinese label turned into its code).
  /// A value that never occurs gets a warning with the closest real values.
  private mutating func textTruth(
    _ op: CompareOp, _ path: ResolvedPath, _ dictionary: StringDictionary, _ c: Constant,
    at span: Span
  ) throws(Diagnostic) -> ([UInt8], String) {
    var target = c.asText
    if op == .equal || op == .notEqual, dictionary.code(of: target) == nil {
      // Of codes sharing a label (a load warning, W1267), the first in sort order.
      if let code = path.column.codeLabels.filter({ $0.value == target }).keys.min() {
        target = code
      } else if path.column.sensitive {
        // Personal data: neither the closest number nor a list of them.
        warnings.append(
          .warning(
            planMessages.neverHasValue(path.dotted, target), at: span,
            notes: [privacyMessages.valuesNotListed(path.dotted)]))
      } else if dictionary.count <= 200 {
        unknownValues.append(
          UnknownValue(column: path.dotted, value: target, span: span, strings: dictionary.strings))
      }
    }
    return (dictionary.truthTable(op, target), target)
  }

  /// `a ~ "text"`: contains, case-insensitive, on a text column.
  mutating func contains(_ a: Expr, _ b: Expr) throws(Diagnostic) -> Predicate {
    let value = try rowValue(a)
    let c = try constant(b)
    guard case .path(let p, _) = value, case .text(_, let dictionary) = p.column.data else {
      throw .error(
        planMessages.containsNeedsText(describe(a), value.type.word), at: a.span,
        notes: [planMessages.useCompare()])
    }
    return .textTable(value, dictionary.containsTable(c.asText), test: .contains(c.asText))
  }

  /// A date (or bucketed, or year) value within the days `lo...hi`.
  func periodRange(_ value: RowExpr, _ lo: Int32, _ hi: Int32, at span: Span) throws(Diagnostic)
    -> Predicate
  {
    switch value {
    case .year:
      let y = Int64(CivilDate.civil(lo).year)
      let y2 = Int64(CivilDate.civil(hi).year)
      return .range(value, low: y, high: y2)
    default:
      guard value.type == .date else {
        throw .error(
          planMessages.periodNeedsDate(value.type.word), at: span,
          notes: [planMessages.listInstead()])
      }
      return .range(value, low: Int64(lo), high: Int64(hi))
    }
  }

  /// The column a bare word on the right names (`done_on > deadline`), when the table has one
  /// so named; an error when the word is also a value of the left side's text column.
  private mutating func columnNamedBy(_ b: Expr, comparedWith a: Expr) throws(Diagnostic)
    -> RowExpr?
  {
    guard case .literal(.word(let w)) = b.kind, store.tables[table].columnIndex(w) != nil,
      case .path(let path) = a.kind
    else { return nil }
    let name = Name(w, span: b.span)
    let column = try resolver.path(Path([name], span: b.span), from: table)
    let left = try resolver.path(path, from: table)
    if case .text(_, let dictionary) = left.column.data,
      dictionary.strings.contains(w) || left.column.codeLabels.values.contains(w)
    {
      let t = store.tables[table].name
      throw .error(
        planMessages.columnOrValue(w, t, left.dotted), at: b.span,
        notes: [planMessages.chooseColumnOrValue(w, t)])
    }
    return .path(column, follow: false)
  }

  /// Two columns compared: numbers with numbers, dates with dates.
  private func pair(_ op: CompareOp, _ x: RowExpr, _ y: RowExpr, a: Expr, b: Expr)
    throws(Diagnostic) -> Predicate
  {
    let numeric: Set<ColumnType> = [.integer, .decimal]
    let ok =
      (numeric.contains(x.type) && numeric.contains(y.type))
      || (x.type == y.type && [.date, .text, .boolean].contains(x.type))
    guard ok else {
      throw .error(
        planMessages.cannotComparePair(describe(a), x.type.word, describe(b), y.type.word),
        at: a.span.union(b.span), notes: [planMessages.sameTypes()])
    }
    return .pair(x, op, y)
  }
}

extension CompareOp {
  /// Whether the operator holds for a comparison result (-1 less, 0 equal, 1 greater).
  func holds(_ order: Int) -> Bool {
    switch self {
    case .equal: order == 0
    case .notEqual: order != 0
    case .less: order < 0
    case .lessOrEqual: order <= 0
    case .greater: order > 0
    case .greaterOrEqual: order >= 0
    }
  }

  /// The operator with its sides swapped: `<` becomes `>`.
  var flipped: CompareOp {
    switch self {
    case .equal, .notEqual: self
    case .less: .greater
    case .lessOrEqual: .greaterOrEqual
    case .greater: .less
    case .greaterOrEqual: .lessOrEqual
    }
  }
}

extension Diagnostic {
  static func typeMismatch(
    _ name: Message, type: ColumnType, with c: Constant, at span: Span, hint: Message? = nil
  ) -> Diagnostic {
    var notes: [Message] = hint.map { [$0] } ?? []
    if type == .date { notes.append(planMessages.writeDate()) }
    return .error(planMessages.typeMismatch(name, type.word, c.described), at: span, notes: notes)
  }
}
