import CLibPQ
import Foundation
import Lang

/// One open libpq connection. Not shared between threads: one statement at a time.
public final class PostgresConnection: @unchecked Sendable {
  /// What the user wrote to open it (never shown unredacted).
  public let target: ConnectionString
  /// Whether every transaction is read-only (a session), or writes are allowed (an import).
  public let readOnly: Bool
  /// The statement timeout in milliseconds, 0 for none.
  public let statementTimeout: Int
  var handle: OpaquePointer

  /// Opens a connection; libpq reads PGHOST, PGPORT, PGDATABASE, PGUSER, ~/.pgpass, service
  /// files and sslmode as psql does. Throws a connection error naming what to fix.
  public init(_ target: ConnectionString, readOnly: Bool = true, statementTimeout: Int = 0)
    throws(PostgresError)
  {
    self.target = target
    self.readOnly = readOnly
    self.statementTimeout = statementTimeout
    handle = try Self.connect(target)
    try configure()
  }

  deinit { dk_PQfinish(handle) }

  /// The server as `host:port` (a socket folder for a Unix socket), for messages.
  public var server: String {
    let host = dk_PQhost(handle).map { String(cString: $0) } ?? ""
    let port = dk_PQport(handle).map { String(cString: $0) } ?? ""
    return host.isEmpty ? port : "\(host):\(port)"
  }

  /// The database name the connection is on.
  public var database: String { dk_PQdb(handle).map { String(cString: $0) } ?? "" }

  /// Whether the connection is still usable.
  public var isAlive: Bool { dk_PQstatus(handle) == CONNECTION_OK }

  /// Reconnects after the server dropped the connection (`the next statement reconnects`).
  public func reconnect() throws(PostgresError) {
    dk_PQreset(handle)
    guard dk_PQstatus(handle) == CONNECTION_OK else {
      throw connectionLost(reason: Self.firstLine(dk_PQerrorMessage(handle)))
    }
    try configure()
  }

  private func configure() throws(PostgresError) {
    var settings = ["SET client_min_messages = warning"]
    if readOnly { settings.append("SET default_transaction_read_only = on") }
    settings.append("SET statement_timeout = \(statementTimeout)")
    for sql in settings { try execute(sql) }
  }

  private static func connect(_ target: ConnectionString) throws(PostgresError) -> OpaquePointer {
    try loadLibrary()
    var parseError: UnsafeMutablePointer<CChar>? = nil
    if let options = dk_PQconninfoParse(target.text, &parseError) {
      dk_PQconninfoFree(options)
    } else {
      let reason = parseError.map { firstLine($0) } ?? "invalid"
      dk_PQfreemem(parseError)
      throw PostgresError(
        .connection, postgresMessages.badConnectionString(target.redacted, reason))
    }
    // `dbname` expands to the whole string; the fallbacks yield to what the user set.
    let keywords = ["dbname", "fallback_application_name", "client_encoding"]
    let values = [target.text, "dangke", "UTF8"]
    let conn = withCStrings(keywords) { k in
      withCStrings(values) { v in dk_PQconnectdbParams(k, v, 1) }
    }
    guard let conn else {
      throw PostgresError(
        .connection, postgresMessages.unreachable(target.redacted, "out of memory"))
    }
    if dk_PQstatus(conn) == CONNECTION_OK { return conn }
    defer { dk_PQfinish(conn) }
    throw classifyConnectFailure(conn, target)
  }

  /// Loads libpq on the first connection (it is not linked: see CLibPQ).
  private static func loadLibrary() throws(PostgresError) {
    var reason = [CChar](repeating: 0, count: 512)
    guard dk_pq_load(&reason, reason.count) != 0 else { return }
    let text = String(
      decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    throw PostgresError(
      .connection, libraryMessages.noLibPQ(text),
      notes: [libraryMessages.installLibPQ(String(cString: dk_pq_library()))])
  }

  private static func classifyConnectFailure(_ conn: OpaquePointer, _ target: ConnectionString)
    -> PostgresError
  {
    let text = String(cString: dk_PQerrorMessage(conn))
    let host = dk_PQhost(conn).map { String(cString: $0) } ?? ""
    let port = dk_PQport(conn).map { String(cString: $0) } ?? ""
    let server = host.isEmpty ? target.redacted : "\(host):\(port)"
    let user = dk_PQuser(conn).map { String(cString: $0) } ?? ""
    let db = dk_PQdb(conn).map { String(cString: $0) } ?? ""
    let m = postgresMessages
    if text.contains("authentication failed") || text.contains("no password supplied") {
      return PostgresError(
        .connection, m.authenticationFailed(server, user), notes: [m.checkPassword()])
    }
    if text.contains("database \"\(db)\" does not exist") {
      return PostgresError(
        .connection, m.databaseMissing(server, db), notes: [m.createDatabase(db)])
    }
    return PostgresError(
      .connection, m.unreachable(server, reason(text)), notes: [m.checkServer()])
  }

  /// libpq's reason after `… failed: ` on its first line (`Connection refused`).
  private static func reason(_ text: String) -> String {
    let line = firstLine(text)
    if let range = line.range(of: "failed: ", options: .backwards) {
      return String(line[range.upperBound...])
    }
    return line
  }

  static func firstLine(_ text: UnsafePointer<CChar>) -> String {
    firstLine(String(cString: text))
  }

  static func firstLine(_ text: String) -> String {
    let line = text.split(separator: "\n", omittingEmptySubsequences: true).first ?? ""
    var trimmed = String(line)
    for prefix in ["FATAL:  ", "ERROR:  "] where trimmed.hasPrefix(prefix) {
      trimmed.removeFirst(prefix.count)
    }
    return trimmed.trimmingCharacters(in: .whitespaces)
  }

  func connectionLost(reason: String) -> PostgresError {
    PostgresError(
      .connectionLost, postgresMessages.connectionLost(server, reason),
      notes: [postgresMessages.nextReconnects()], sqlState: nil)
  }
}

/// Calls `body` with a NULL-terminated array of C strings (libpq's keyword and value arrays).
func withCStrings<R>(
  _ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R
) -> R {
  var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
  defer { for p in pointers { free(p) } }
  var constant = pointers.map { UnsafePointer($0) }
  constant.append(nil)
  return constant.withUnsafeBufferPointer { body($0.baseAddress!) }
}
