import Lang

/// What running one statement produced.
public enum Outcome: Sendable {
  /// An answer to show, in the format the query asked for (`as csv`), if any.
  case table(ResultTable, format: OutputFormat?)
  /// An answer whose rows arrive from a server as they are read (see `Session.run`'s
  /// `streaming`): written as it comes, never held whole. Close it when done.
  case rows(RowStream, format: OutputFormat?)
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
/// Each statement is planned (`Planner`) and the plan handed to the executor, or to the SQL
/// generator for `sql …`.
public final class Session: @unchecked Sendable {
  public let store: Store
  /// Parameter values by name (without `$`), as given by `--set` or `.set`.
  public var parameters: [String: String] = [:]
  /// How answers order text when a query does not say `bytes`: pinyin, unless set to
  /// `.bytes` (the differential tests against sqlite3, which has no pinyin collation).
  public var textOrder: TextOrder = .pinyin
  /// `let` names, lower-cased, to the name as written and the source it stands for.
  private(set) var lets: [String: (name: String, source: Source)] = [:]
  /// Answers named by `let NAME = <query>`: tables after the store's (see LetAnswers.swift).
  var answers = LetAnswers()
  /// The flag a long query polls; set it (from a signal handler's thread) to stop the query.
  public let cancellation = CancellationFlag()
  /// The PostgreSQL server holding the rows, when the store is its schema only.
  public internal(set) var server: PostgresSource?

  public init(store: Store) {
    self.store = store
  }

  /// Keeps memory that queries free for the next query instead of handing it back at once
  /// (glibc: no `mmap` for large blocks, no heap trim): fresh pages for arrays of tens of
  /// megabytes cost as much as the scan that fills them. A process-wide setting: the
  /// executable calls it once a session exists; a library embedding Engine decides for itself.
  public static func keepFreedMemory() {
    MemoryTrim.keepFreedMemory()
  }

  /// Hands the memory freed so far back to the system: a session keeps what queries free for
  /// the next query, so call this after dropping a whole store (`.load` of other data).
  public static func returnFreedMemory() {
    MemoryTrim.now()
  }

  /// The `let` names defined so far, as written.
  public var letNames: [String] { planner.letNames }

  var planner: Planner {
    Planner(store: storeWithLets, parameters: parameters, lets: lets, textOrder: textOrder)
  }

  var executor: Executor {
    Executor(store: storeWithLets, cancellation: cancellation, textOrder: textOrder)
  }

  /// Runs one statement. An answer that read a damaged snapshot column, or needed pinyin
  /// order without ICU, is an error instead (see `refuseUntrusted`).
  ///
  /// On a server, a query whose format (the one it asked for, or nil) `streaming` accepts is
  /// started and its answer returned as `.rows`, to be read as the rows arrive; otherwise
  /// answers are whole tables.
  public func run(
    _ statement: Statement, streaming: (OutputFormat?) -> Bool = { _ in false }
  ) throws(Diagnostic) -> Answer {
    // What the statement freed is kept for the next one, up to a bound.
    defer { MemoryTrim.bound() }
    let before = TrustMark()
    let answer: Answer
    do {
      answer = try runStatement(statement, streaming: streaming)
    } catch {
      // A long loop notices Ctrl-C wherever it happens to be; the caret goes under the whole
      // statement that was stopped, wherever that was.
      guard error.isCancellation else { throw error }
      throw .cancelled(at: statement.span)
    }
    try before.refuseUntrusted(at: statement.span)
    return answer
  }

  private func runStatement(
    _ statement: Statement, streaming: (OutputFormat?) -> Bool
  ) throws(Diagnostic) -> Answer {
    cancellation.reset()
    var warnings: [Diagnostic] = []
    let outcome: Outcome
    switch statement.kind {
    case .query(let query):
      let plan = try planner.plan(query, warnings: &warnings)
      let format = try planner.format(of: query)
      if let server, streaming(format) {
        outcome = .rows(try streamOnServer(plan, server, at: query.span), format: format)
      } else {
        let table =
          if let server { try runOnServer(plan, server, at: query.span) } else {
            try executor.run(plan)
          }
        outcome = .table(table, format: format)
      }
    case .letBinding(let name, let source):
      try bind(name, to: source)
      outcome = .bound(name.text)
    case .letAnswer(let name, let query):
      try bindAnswer(name, to: query)
      outcome = .bound(name.text)
    case .showTables:
      let tables =
        if let server { withLetRows(try showTablesOnServer(server, at: statement.span)) } else {
          Catalog(store: storeWithLets).tables()
        }
      outcome = .table(tables, format: nil)
    case .describe(let name):
      let index = try Resolver(store: storeWithLets).table(name, lets: letNames)
      let described =
        if let server, index < store.tables.count {
          try describeOnServer(index, server, at: statement.span)
        } else {
          describeLocally(index)
        }
      outcome = .table(described, format: nil)
    case .sql(let query):
      let plan = try planner.plan(query, warnings: &warnings)
      if let server {
        outcome = .text(try sqlTextOnServer(plan, server, at: query.span))
      } else {
        let across = try executor.acrossValues(plan)
        outcome = .text(try sqlText(plan, across: across, dialect: .sqlite))
      }
    }
    return Answer(outcome: outcome, warnings: warnings)
  }

  /// Checks a statement against the data without running it: names, types, parameters.
  public func check(_ statement: Statement) -> [Diagnostic] {
    do {
      switch statement.kind {
      case .query(let query), .sql(let query):
        var warnings: [Diagnostic] = []
        _ = try planner.plan(query, warnings: &warnings)
        return warnings
      case .letBinding(let name, let source):
        try bind(name, to: source)
        return []
      case .letAnswer(let name, let query):
        try bindAnswer(name, to: query)
        return []
      case .describe(let name):
        _ = try Resolver(store: storeWithLets).table(name, lets: letNames)
        return []
      case .showTables:
        return []
      }
    } catch {
      return [error]
    }
  }

  private func bind(_ name: Name, to source: Source) throws(Diagnostic) {
    if storeWithLets.tableIndex(name.text) != nil {
      throw .error(
        planMessages.alreadyATable(name.text), at: name.span,
        notes: [planMessages.chooseAnotherName()])
    }
    _ = try planner.resolveSource(source)
    lets[name.text.lowercased()] = (name.text, source)
  }

  /// The store's tables and the let answers'.
  public var storeWithLets: Store { answers.store(over: store) }

  /// A let answer replaces a selection of the same name.
  func forgetSelection(named name: String) {
    lets[name.lowercased()] = nil
  }
}
