import Lang

/// The answers a session has named with `let NAME = <query>`, each a table after the store's
/// own (in the order they were first defined), with the plan that made it, so that a SQL
/// backend can write it as a common table expression.
struct LetAnswers {
  struct Entry {
    /// The name as written.
    var name: String
    var plan: QueryPlan
    var shape: LetShape
    /// The answer as a table (no rows on a session whose rows live on a server).
    var table: Table
    /// The let answer (by position) its plan reads, if it reads one.
    var reads: Int?
  }

  private(set) var entries: [Entry] = []

  /// The store's tables followed by the answers'.
  func store(over base: Store) -> Store {
    guard !entries.isEmpty else { return base }
    var store = base
    store.tables += entries.map(\.table)
    return store
  }

  /// The position of the answer named `name` (case-insensitive).
  func position(of name: String) -> Int? {
    let key = name.lowercased()
    return entries.firstIndex { $0.name.lowercased() == key }
  }

  /// Adds an answer, or replaces the one of the same name in place (its table index stays).
  mutating func set(_ entry: Entry) {
    if let i = position(of: entry.name) { entries[i] = entry } else { entries.append(entry) }
  }
}

extension Session {
  /// `let NAME = <query>`: plans and runs the query (on a server session, only plans it: the
  /// statements that read it take it along as a CTE) and keeps its answer as a table.
  func bindAnswer(_ name: Name, to query: Query) throws(Diagnostic) {
    if store.tableIndex(name.text) != nil {
      throw .error(
        planMessages.alreadyATable(name.text), at: name.span,
        notes: [planMessages.chooseAnotherName()])
    }
    if let across = query.across {
      throw .error(letMessages.acrossInLet(), at: across.span, notes: [letMessages.acrossToBy()])
    }
    if let format = query.format {
      throw .error(
        letMessages.formatInLet("as " + format.text), at: format.span,
        notes: [letMessages.showWithAs(name.text)])
    }
    var warnings: [Diagnostic] = []
    let plan = try planner.plan(query, warnings: &warnings)
    let baseCount = store.tables.count
    let current = answers.position(of: name.text)
    let reads = plan.table >= baseCount ? plan.table - baseCount : nil
    if let current, reads == current {
      throw .error(
        letMessages.readsItself(name.text), at: query.source.table.span,
        notes: [planMessages.chooseAnotherName()])
    }
    if let current, let reader = answers.entries.first(where: { $0.reads == current }) {
      throw .error(
        letMessages.readByOther(name.text, reader.name), at: name.span,
        notes: [planMessages.chooseAnotherName()])
    }
    let answer = try executor.run(plan)
    let shape = LetShape(plan, store: storeWithLets, shown: answer.columns.map(\.name))
    var seen = Set<String>()
    for columnName in shape.names.compactMap({ $0 })
    where !seen.insert(columnName.lowercased()).inserted {
      throw .error(
        letMessages.sameColumnName(columnName), at: Self.second(columnName, in: query),
        notes: [letMessages.nameTheMeasure()])
    }
    let table = shape.table(
      named: name.text, from: answer, store: storeWithLets, labels: plan.labels,
      origin: "let \(name.text)")
    answers.set(.init(name: name.text, plan: plan, shape: shape, table: table, reads: reads))
    forgetSelection(named: name.text)
  }

  /// Where the second key or measure giving a column `name` is written (else the query).
  private static func second(_ name: String, in query: Query) -> Span {
    var spans: [Span] = []
    for key in query.groups {
      let last: String? =
        switch key.kind {
        case .path(let p): p.parts.last?.text
        case .call(let function, _): function.text
        default: nil
        }
      if last?.lowercased() == name.lowercased() { spans.append(key.span) }
    }
    if case .aggregate(let metrics) = query.kind {
      for m in metrics where m.name?.text.lowercased() == name.lowercased() {
        spans.append(m.span)
      }
    }
    return spans.count > 1 ? spans[1] : query.span
  }
}
