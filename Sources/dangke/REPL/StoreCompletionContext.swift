import Dispatch
import Engine
import Lang
import Synchronization

/// What Tab completion knows about the loaded data: the Lang `CompletionContext` over a store.
struct StoreCompletionContext: CompletionContext, Sendable {
  let store: Store
  /// `let` names of the session, each with the table it reads (as the REPL recorded them).
  let lets: [String: String]
  /// The session that evaluates the conditions typed so far (nil: counts over all rows).
  var session: Session? = nil
  /// How long the conditions may take before the counts over all rows are shown instead.
  var budget: Duration = .milliseconds(100)
  /// The note for the list when the conditions took too long (read by the completer).
  let notes = CompletionNotes()

  /// Table names, then their Chinese labels (`党课`).
  func tables() -> [String] { store.tableNamesAndLabels }

  var letNames: [String] { lets.keys.sorted() }

  func columns(of table: String) -> [String] {
    self.table(table)?.columnNamesAndLabels ?? []
  }

  func referencedTable(of table: String, column: String) -> String? {
    guard let found = self.table(table)?.column(column)?.reference else { return nil }
    return store.table(found.table)?.name
  }

  /// Values of a text column reached by `path` (following references), each with the number
  /// of rows of `table` holding it, most frequent first; Chinese code labels (`微党课`) too.
  func values(of table: String, column path: [String]) -> [(value: String, count: Int)] {
    if let session, session.server != nil { return serverCounts(table, path, over: nil) }
    return counts(of: table, column: path, rows: nil)
  }

  /// On a PostgreSQL server the server counts, with a limit and a short timeout; when it is
  /// slow or gone, no values: the list offers names only, and says nothing.
  private func serverCounts(_ table: String, _ path: [String], over source: Source?)
    -> [(value: String, count: Int)]
  {
    let name = self.table(table)?.name ?? table
    return session?.serverValueCounts(
      table: name, column: path, over: source, limit: Self.serverLimit, timeout: serverBudget)
      ?? []
  }

  /// The most values a server is asked for (the list shows the most frequent first).
  static let serverLimit = 100
  /// How long the server may take to count them.
  var serverBudget: Duration = .milliseconds(300)

  /// The counts over the rows `source` selects (`where type=微党课 and mode=|`), evaluated by
  /// the session; after `budget` the evaluation stops and the counts over all rows are shown
  /// with a note.
  func values(of table: String, column path: [String], over source: Source)
    -> [(value: String, count: Int)]
  {
    // A PostgreSQL session holds no rows here: the server counts under the conditions.
    guard let session else { return values(of: table, column: path) }
    if session.server != nil { return serverCounts(table, path, over: source) }
    let flag = CancellationFlag()
    let started = ContinuousClock.now
    if budget <= .zero {
      flag.cancel()
    } else {
      let nanoseconds =
        budget.components.seconds * 1_000_000_000
        + budget.components.attoseconds / 1_000_000_000
      DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
        flag.cancel()
      }
    }
    guard let (index, rows) = session.selection(of: source, cancellation: flag),
      session.storeWithLets.tables[index].name == self.table(table)?.name
    else {
      if flag.isCancelled || ContinuousClock.now - started > budget {
        notes.set(promptEditMessages.conditionsTooSlow(self.table(table)?.name ?? table))
      }
      return values(of: table, column: path)
    }
    return counts(of: table, column: path, rows: rows)
  }

  /// Value counts over `rows` of `table` (nil: every row).
  private func counts(of table: String, column path: [String], rows: [Int32]?)
    -> [(value: String, count: Int)]
  {
    guard var current = self.table(table), !path.isEmpty else { return [] }
    // rowMap[i]: the row of `current` that row i of the starting table leads to (-1: none).
    var rowMap: [Int32]? = rows
    for name in path.dropLast() {
      guard let reference = current.column(name)?.reference,
        let next = store.table(reference.table)
      else { return [] }
      rowMap = Self.follow(rowMap, through: reference.rows)
      current = next
    }
    // The type first: the values of a reference column are made only when a query needs them.
    guard let column = current.column(path[path.count - 1]), column.type == .text,
      case .text(let codes, let dictionary) = column.data, !column.sensitive
    else { return [] }
    var counts = [Int](repeating: 0, count: dictionary.count)
    if let rowMap {
      for row in rowMap where row >= 0 {
        let code = codes[Int(row)]
        if code != ColumnData.missingCode { counts[Int(code)] += 1 }
      }
    } else {
      for code in codes where code != ColumnData.missingCode { counts[Int(code)] += 1 }
    }
    var result: [(value: String, count: Int)] = []
    for code in counts.indices where counts[code] > 0 {
      let value = dictionary.string(UInt32(code))
      result.append((value, counts[code]))
      if let label = column.codeLabels[value], label != value {
        result.append((label, counts[code]))
      }
    }
    result.sort { a, b in
      a.count != b.count ? a.count > b.count : TextOrder.pinyin.compare(a.value, b.value) < 0
    }
    return result
  }

  /// The table named `name`, or the table a `let` name reads.
  private func table(_ name: String) -> Table? {
    if let found = store.table(name) { return found }
    let key = name.lowercased()
    guard let target = lets.first(where: { $0.key.lowercased() == key })?.value else { return nil }
    return store.table(target)
  }

  /// Composes a row mapping with one more reference hop.
  private static func follow(_ rowMap: [Int32]?, through rows: [Int32]) -> [Int32] {
    guard let rowMap else { return rows }
    var result = [Int32](repeating: -1, count: rowMap.count)
    for i in rowMap.indices where rowMap[i] >= 0 { result[i] = rows[Int(rowMap[i])] }
    return result
  }
}

/// The note a completion leaves for the candidate list (the conditions took too long).
final class CompletionNotes: Sendable {
  private let note = Mutex<Message?>(nil)

  func set(_ message: Message) { note.withLock { $0 = message } }

  /// The note, which is then cleared.
  func take() -> Message? { note.withLock { $0.take() } }
}
