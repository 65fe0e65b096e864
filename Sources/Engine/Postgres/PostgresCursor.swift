import CLibPQ
import Lang

/// One statement running on the server, its rows read one at a time as they arrive (libpq's
/// single-row mode): the reader pulls, so a slow reader (a terminal, a pager) holds the server
/// back through the socket instead of rows gathering here.
///
/// Single-row mode rather than `DECLARE … CURSOR` and `FETCH n`: the statement and its plan
/// are the ones a gathered answer runs (a cursor plans for the first rows, `cursor_tuple_fraction`),
/// there is one round trip instead of one per batch and no transaction block to open and
/// close, and a cancel request (PQcancel) stops it like any statement.
///
/// Opening waits for the first row (or the end): an error the server finds before any row (a
/// missing table, a division by zero in the first rows) is thrown there, as for a whole answer.
/// A later error ends the rows and is kept in `failure`. Every result is read to its end before
/// the cursor is done, so the connection is ready for the next statement.
public final class PostgresCursor {
  public let connection: PostgresConnection
  /// The result's columns as the server describes them.
  public private(set) var fields: [PostgresField] = []
  /// Why the rows stopped early: a server error in the middle of the rows, a cancel, a lost
  /// connection. Nil after the last row, and after `close` stopped them on purpose.
  public private(set) var failure: PostgresError?
  private let cancellation: CancellationFlag?
  private var current: OpaquePointer?
  private var currentRow: Int32 = 0
  private var done = false
  private var cancelSent = false
  private var closing = false
  private var cells: [UnsafeBufferPointer<UInt8>?] = []

  /// Sends `sql` with `parameters` bound as `$1`, `$2` … (text; nil is NULL) and waits for
  /// its first row. When `cancellation` is set while the cursor waits, the server is sent a
  /// cancel request. `singleRow` false reads the result whole (catalog queries, commands).
  public init(
    _ connection: PostgresConnection, _ sql: String, _ parameters: [String?] = [],
    cancellation: CancellationFlag? = nil, singleRow: Bool = true
  ) throws(PostgresError) {
    self.connection = connection
    self.cancellation = cancellation
    try connection.ensureConnected()
    let handle = connection.handle
    let sent = withCStrings(parameters) { values in
      dk_PQsendQueryParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
    }
    guard sent == 1 else { throw connection.failure(nil) }
    if singleRow { dk_PQsetSingleRowMode(handle) }
    load()
    if current == nil, let failure { throw failure }
  }

  deinit {
    close()
    if let current { dk_PQclear(current) }
  }

  /// The next row's cells (nil is NULL), valid until the next call; nil when the rows ended
  /// or stopped (see `failure`).
  public func next() -> [UnsafeBufferPointer<UInt8>?]? {
    while true {
      if let result = current, currentRow < dk_PQntuples(result) {
        Self.cells(result, currentRow, into: &cells)
        currentRow += 1
        return cells
      }
      if done { return nil }
      load()
    }
  }

  /// Stops reading: a statement still running is sent a cancel request, and what is left of
  /// its result is read and dropped, so the connection is ready for the next statement.
  public func close() {
    guard !done else { return }
    closing = true
    if !cancelSent {
      connection.sendCancel()
      cancelSent = true
    }
    while !done { load() }
    failure = nil
  }

  /// Replaces `current` with the next result that has rows (or the final one), or marks the
  /// cursor done after the last result; errors are kept in `failure`.
  private func load() {
    if let result = current {
      dk_PQclear(result)
      current = nil
    }
    let handle = connection.handle
    while !done {
      while dk_PQisBusy(handle) == 1 {
        if !cancelSent, cancellation?.isCancelled == true {
          connection.sendCancel()
          cancelSent = true
        }
        if dangke_pq_wait_readable(handle, 100) < 0 || dk_PQconsumeInput(handle) == 0 {
          if failure == nil { failure = connection.failure(nil) }
          done = true
          return
        }
      }
      guard let result = dk_PQgetResult(handle) else {
        done = true
        return
      }
      switch dk_PQresultStatus(result) {
      case PGRES_SINGLE_TUPLE, PGRES_TUPLES_OK:
        // After an error or `close`, the rows still coming are dropped.
        guard failure == nil, !closing else {
          dk_PQclear(result)
          continue
        }
        if fields.isEmpty { fields = Self.fields(result) }
        current = result
        currentRow = 0
        return
      case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY, PGRES_COPY_OUT, PGRES_COPY_IN:
        dk_PQclear(result)
      default:
        if failure == nil, !closing {
          let byFlag = cancelSent && cancellation?.isCancelled == true
          failure = connection.failure(result, cancelled: byFlag)
        }
        dk_PQclear(result)
      }
    }
  }

  private static func fields(_ result: OpaquePointer) -> [PostgresField] {
    (0..<dk_PQnfields(result)).map { i in
      PostgresField(name: String(cString: dk_PQfname(result, i)), type: dk_PQftype(result, i))
    }
  }

  private static func cells(
    _ result: OpaquePointer, _ r: Int32, into cells: inout [UnsafeBufferPointer<UInt8>?]
  ) {
    let columns = dk_PQnfields(result)
    if cells.count != Int(columns) {
      cells = Array(repeating: nil, count: Int(columns))
    }
    for c in 0..<columns {
      if dk_PQgetisnull(result, r, c) == 1 {
        cells[Int(c)] = nil
      } else {
        let bytes = UnsafeRawPointer(dk_PQgetvalue(result, r, c)!)
        cells[Int(c)] = UnsafeBufferPointer(
          start: bytes.assumingMemoryBound(to: UInt8.self),
          count: Int(dk_PQgetlength(result, r, c)))
      }
    }
  }
}
