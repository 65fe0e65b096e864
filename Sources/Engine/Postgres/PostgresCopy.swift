import CLibPQ

/// `COPY … FROM STDIN` in PostgreSQL's text format: one line per row, cells separated by tabs,
/// `\N` for a missing value, backslash escapes for tab, newline, carriage return and backslash.
struct PostgresCopy {
  let connection: PostgresConnection

  /// Copies every row of `table` into the SQL table `name`; `progress` is told the rows sent
  /// so far every `step` rows and may throw to stop (the transaction then rolls back).
  func copy(
    _ table: Table, into name: String, step: Int = 65_536, progress: (Int) throws -> Void
  ) throws {
    let columns = table.columns.map { PostgresCatalog.quote($0.name) }.joined(separator: ", ")
    try connection.startCopy("copy \(name) (\(columns)) from stdin")
    let encoders = table.columns.map { CellEncoder($0.data) }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20)
    do {
      for row in 0..<table.rowCount {
        for (i, encoder) in encoders.enumerated() {
          if i > 0 { buffer.append(9) }
          encoder.append(row, to: &buffer)
        }
        buffer.append(10)
        if buffer.count >= 1 << 20 {
          try connection.putCopyData(buffer)
          buffer.removeAll(keepingCapacity: true)
        }
        if (row + 1) % step == 0 { try progress(row + 1) }
      }
      if !buffer.isEmpty { try connection.putCopyData(buffer) }
    } catch {
      try? connection.endCopy(failure: "import stopped")
      throw error
    }
    try connection.endCopy(failure: nil)
    try progress(table.rowCount)
  }
}

/// Writes one column's cells in COPY text format; text cells are escaped once per distinct
/// string, not once per row.
private struct CellEncoder {
  let data: ColumnData
  let escaped: [[UInt8]]

  init(_ data: ColumnData) {
    self.data = data
    if case .text(_, let dictionary) = data {
      escaped = (0..<dictionary.count).map { code in
        dictionary.withUTF8(UInt32(code)) { Self.escape($0) }
      }
    } else {
      escaped = []
    }
  }

  func append(_ row: Int, to buffer: inout [UInt8]) {
    if data.isMissing(row) {
      buffer.append(contentsOf: [92, 78])  // \N
      return
    }
    switch data {
    case .integer(let v): buffer.append(contentsOf: String(v[row]).utf8)
    case .decimal(let v):
      let d = v[row]
      buffer.append(contentsOf: (d.isInfinite ? (d > 0 ? "Infinity" : "-Infinity") : "\(d)").utf8)
    case .boolean(let v): buffer.append(v[row] == 1 ? 116 : 102)  // t, f
    case .date(let v): buffer.append(contentsOf: CivilDate.format(v[row]).utf8)
    case .text(let codes, _): buffer.append(contentsOf: escaped[Int(codes[row])])
    }
  }

  static func escape(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for b in bytes {
      switch b {
      case 92: out += [92, 92]
      case 9: out += [92, 116]
      case 10: out += [92, 110]
      case 13: out += [92, 114]
      default: out.append(b)
      }
    }
    return out
  }
}

extension PostgresConnection {
  /// Starts `COPY … FROM STDIN`.
  func startCopy(_ sql: String) throws(PostgresError) {
    guard let result = dk_PQexec(handle, sql) else { throw failure(nil) }
    defer { dk_PQclear(result) }
    guard dk_PQresultStatus(result) == PGRES_COPY_IN else { throw failure(result) }
  }

  /// Sends a block of COPY data, waiting while the connection's buffer is full.
  func putCopyData(_ bytes: [UInt8]) throws(PostgresError) {
    let sent = bytes.withUnsafeBufferPointer { buf in
      buf.withMemoryRebound(to: CChar.self) {
        dk_PQputCopyData(handle, $0.baseAddress, Int32($0.count))
      }
    }
    guard sent == 1 else { throw failure(nil) }
  }

  /// Ends the COPY: done when `reason` is nil, abandoned (the server raises an error) when set.
  func endCopy(failure reason: String?) throws(PostgresError) {
    guard dk_PQputCopyEnd(handle, reason) == 1 else { throw failure(nil) }
    var error: PostgresError? = nil
    while let result = dk_PQgetResult(handle) {
      if dk_PQresultStatus(result) != PGRES_COMMAND_OK, error == nil { error = failure(result) }
      dk_PQclear(result)
    }
    if let error { throw error }
  }
}
