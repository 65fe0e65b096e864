import Lang

/// An answer's rows read once, in order, as they come: from a table held in memory, or from a
/// server as its rows arrive. The streaming renderers (table, markdown, csv, json, line) write
/// from one, so an answer of millions of rows from a server never gathers in memory.
///
/// A stream ends at its last row or when its source fails (a server error in the middle of
/// the rows): `failure` tells which, so an answer cut short is not finished as if whole (no
/// row-count footer, no closing `]`).
public final class RowStream: @unchecked Sendable {
  public let columns: [ResultColumn]
  /// Whether the first column is a time series (for the chart renderer).
  public let isTimeSeries: Bool
  private let source: () -> [Value]?
  private let skipping: ((_ stop: () -> Bool) -> Int?)?
  private let failureOf: () -> Diagnostic?
  private let closing: () -> Void
  private var peeked: [Value]?? = nil
  private var closed = false

  /// Rows made by `next` until it returns nil. `failure` is asked after that: nil when the
  /// rows ended, else why they stopped. `close` is called once when the reader is done (after
  /// the last row, or early: a pager that quit, Ctrl-C), to stop the source. `skip`, when
  /// given, passes over the rows left without making them and counts them (nil when its
  /// `stop` said to stop).
  public init(
    columns: [ResultColumn], isTimeSeries: Bool = false, next: @escaping () -> [Value]?,
    skip: ((_ stop: () -> Bool) -> Int?)? = nil,
    failure: @escaping () -> Diagnostic? = { nil }, close: @escaping () -> Void = {}
  ) {
    self.columns = columns
    self.isTimeSeries = isTimeSeries
    self.source = next
    self.skipping = skip
    self.failureOf = failure
    self.closing = close
  }

  /// The rows of a table held in memory.
  public init(_ table: ResultTable) {
    columns = table.columns
    isTimeSeries = table.isTimeSeries
    let rows = table.rows
    let position = Box(0)
    source = {
      guard position.value < rows.count else { return nil }
      defer { position.value += 1 }
      return rows[position.value]
    }
    // Skipping rows held in memory costs nothing: they are counted, not made.
    skipping = { _ in
      defer { position.value = rows.count }
      return rows.count - position.value
    }
    failureOf = { nil }
    closing = {}
  }

  deinit { close() }

  /// The next row, or nil when there are no more (or the source failed: see `failure`).
  public func next() -> [Value]? {
    if let row = peeked {
      peeked = nil
      return row
    }
    return source()
  }

  /// Whether another row follows, without taking it.
  public func hasMore() -> Bool {
    if peeked == nil { peeked = .some(source()) }
    return peeked! != nil
  }

  /// Reads the rows left without keeping them and returns how many there were, for a footer's
  /// total after the rows shown; nil when `stop` said to stop first.
  public func skipRest(stop: () -> Bool) -> Int? {
    var n = 0
    if let row = peeked {
      peeked = nil
      if row == nil { return 0 }
      n = 1
    }
    if let skipping { return skipping(stop).map { n + $0 } }
    while source() != nil {
      n += 1
      if n & 1023 == 0, stop() { return nil }
    }
    return n
  }

  /// Why the rows stopped before their end, once `next` returned nil; nil when they ended.
  public var failure: Diagnostic? { failureOf() }

  /// Stops the source (a server's statement is cancelled if still running). Idempotent.
  public func close() {
    guard !closed else { return }
    closed = true
    closing()
  }

  private final class Box {
    var value: Int
    init(_ value: Int) { self.value = value }
  }
}
