import Lang

/// What running one statement produced.
public enum Outcome: Sendable {
  /// An answer to show, in the format the query asked for (`as csv`), if any.
  case table(ResultTable, format: String?)
  /// Text to print as is (`sql …`).
  case text(String)
  /// A `let` bound a name.
  case bound(String)
}

/// An answer with the warnings found while producing it (`type=mirco`: no such value).
public struct Answer: Sendable {
  public var outcome: Outcome
  public var warnings: [Diagnostic]
}

/// A working session over one store: `let` names and parameters live here between statements.
public final class Session: @unchecked Sendable {
  public let store: Store
  /// Parameter values by name (without `$`), as given by `--set` or `.set`.
  public var parameters: [String: String] = [:]
  /// How answers order text when a query does not say `bytes`: pinyin, unless set to
  /// `.bytes` (the differential tests against sqlite3, which has no pinyin collation).
  public var textOrder: TextOrder = .pinyin
  /// `let` names, lower-cased, to the name as written and the source it stands for.
  private(set) var lets: [String: (name: String, source: Source)] = [:]
  /// The flag a long query polls; set it (from a signal handler's thread) to stop the query.
  public let cancellation = CancellationFlag()

  /// A session over `store`. From then on the process keeps memory that queries free for
  /// the next query (`MemoryTrim.keepFreedMemory`); `returnFreedMemory` hands it back.
  public init(store: Store) {
    self.store = store
    MemoryTrim.keepFreedMemory()
  }

  /// Hands the memory freed so far back to the system: a session keeps what queries free for
  /// the next query, so call this after dropping a whole store (`.load` of other data).
  public static func returnFreedMemory() {
    MemoryTrim.now()
  }

  /// The `let` names defined so far, as written.
  public var letNames: [String] { lets.values.map(\.name).sorted() }

  /// Runs one statement.
  public func run(_ statement: Statement) throws(Diagnostic) -> Answer {
    cancellation.reset()
    var warnings: [Diagnostic] = []
    let outcome: Outcome
    switch statement.kind {
    case .query(let query):
      let table = try evaluate(query, warnings: &warnings)
      outcome = .table(table, format: query.format?.text.lowercased())
    case .letBinding(let name, let source):
      try bind(name, to: source)
      outcome = .bound(name.text)
    case .showTables:
      outcome = .table(Catalog(store: store).tables(), format: nil)
    case .describe(let name):
      let index = try Resolver(store: store).table(name, lets: letNames)
      outcome = .table(Catalog(store: store).describe(index), format: nil)
    case .sql(let query):
      outcome = .text(try SQLTranslator(session: self).translate(query))
    }
    return Answer(outcome: outcome, warnings: warnings)
  }

  /// Checks a statement against the data without running it: names, types, parameters.
  public func check(_ statement: Statement) -> [Diagnostic] {
    do {
      switch statement.kind {
      case .query(let query), .sql(let query):
        var warnings: [Diagnostic] = []
        _ = try plan(query, warnings: &warnings)
        return warnings
      case .letBinding(let name, let source):
        try bind(name, to: source)
        return []
      case .describe(let name):
        _ = try Resolver(store: store).table(name, lets: letNames)
        return []
      case .showTables:
        return []
      }
    } catch {
      return [error]
    }
  }

  private func bind(_ name: Name, to source: Source) throws(Diagnostic) {
    if store.tableIndex(name.text) != nil {
      throw .error(
        "'\(name.text)' is already a table", at: name.span,
        hints: ["choose another name for the let"])
    }
    var warnings: [Diagnostic] = []
    let resolved = try resolveSource(source, warnings: &warnings)
    _ = resolved
    lets[name.text.lowercased()] = (name.text, source)
  }

  /// The table a source reads and its filters, following `let` names.
  func resolveSource(_ source: Source, warnings: inout [Diagnostic]) throws(Diagnostic)
    -> (table: Int, filters: [Expr])
  {
    if let bound = lets[source.table.text.lowercased()] {
      var inner = try resolveSource(bound.source, warnings: &warnings)
      if let filter = source.filter { inner.filters.append(filter) }
      return inner
    }
    let table = try Resolver(store: store).table(source.table, lets: letNames)
    return (table, source.filter.map { [$0] } ?? [])
  }
}
