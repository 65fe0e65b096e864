import CLibPQ
import Foundation
import Lang

/// A whole (small) result: the catalog's queries and commands.
public struct PostgresRows: Sendable {
  public var fields: [PostgresField]
  /// Text cells; nil is SQL NULL.
  public var rows: [[String?]]
}

/// One column of a result as the server describes it.
public struct PostgresField: Sendable, Hashable {
  public var name: String
  /// The type's OID (23 int4, 25 text, 1082 date …).
  public var type: UInt32
}

extension PostgresConnection {
  /// Runs one statement with `parameters` bound as `$1`, `$2` … (text format; nil is NULL) and
  /// returns the whole result. For catalog queries and commands; answers use `stream`.
  @discardableResult
  public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError)
    -> PostgresRows
  {
    var out = PostgresRows(fields: [], rows: [])
    try stream(
      sql, parameters, cancellation: nil, singleRow: false,
      fields: { out.fields = $0 },
      row: { out.rows.append($0.map { $0.map { String(decoding: $0, as: UTF8.self) } }) })
    return out
  }

  /// Runs one statement and hands each row to `row` as it arrives (single-row mode, through a
  /// `PostgresCursor`), so a result of millions of rows never gathers here. `fields` is called
  /// once, before the first row. When `cancellation` is set the server is sent a cancel
  /// request (PQcancel); an error thrown by `fields` or `row` cancels the statement too.
  public func stream(
    _ sql: String, _ parameters: [String?], cancellation: CancellationFlag?,
    singleRow: Bool = true, fields: ([PostgresField]) throws -> Void,
    row: ([UnsafeBufferPointer<UInt8>?]) throws -> Void
  ) throws(PostgresError) {
    let cursor = try PostgresCursor(
      self, sql, parameters, cancellation: cancellation, singleRow: singleRow)
    do {
      try fields(cursor.fields)
      while let cells = cursor.next() { try row(cells) }
    } catch {
      cursor.close()
      if let error = error as? PostgresError { throw error }
      throw PostgresError(.query, Message(verbatim: "\(error)"))
    }
    if let failure = cursor.failure { throw failure }
  }

  /// Reconnects first when the server dropped the connection since the last statement.
  func ensureConnected() throws(PostgresError) {
    if dk_PQstatus(handle) != CONNECTION_OK { try reconnect() }
  }

  /// Asks the server to stop the running statement (the same request as psql's Ctrl-C).
  public func sendCancel() {
    guard let cancel = dk_PQgetCancel(handle) else { return }
    var buffer = [CChar](repeating: 0, count: 256)
    _ = dk_PQcancel(cancel, &buffer, 256)
    dk_PQfreeCancel(cancel)
  }

  /// The error of a failed statement: a lost connection, a cancel, a timeout, a missing table,
  /// or the server's message with its SQLSTATE.
  func failure(_ result: OpaquePointer?, cancelled: Bool = false) -> PostgresError {
    let state = result.flatMap { dangke_pq_error_field($0, Int32(UInt8(ascii: "C"))) }
      .map { String(cString: $0) }
    let primary =
      result.flatMap { dangke_pq_error_field($0, Int32(UInt8(ascii: "M"))) }
      .map { String(cString: $0) } ?? Self.firstLine(dk_PQerrorMessage(handle))
    let m = postgresMessages
    // 57P01–57P05: the server ended the session (shutdown, administrator, crash recovery).
    if dk_PQstatus(handle) != CONNECTION_OK || state?.hasPrefix("57P") == true {
      return connectionLost(reason: primary)
    }
    switch state {
    case "57014" where cancelled:
      return PostgresError(.query, m.cancelled(), sqlState: state)
    case "57014" where primary.contains("statement timeout"):
      return PostgresError(
        .query, m.timedOut("\(statementTimeout) ms"), sqlState: state)
    case "42P01":
      let name = primary.split(separator: "\"").dropFirst().first.map(String.init) ?? primary
      return PostgresError(
        .query, m.tableMissing(name, database), notes: [m.reloadCatalog()], sqlState: state)
    default:
      return PostgresError(.query, m.serverError(state ?? "?????", primary), sqlState: state)
    }
  }
}
