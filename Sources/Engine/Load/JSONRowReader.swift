import Lang

/// Reads JSON Lines (one flat object per line) or a JSON array of flat objects into column
/// builders. Columns are the keys in order of first appearance; a key an object leaves out is
/// missing there, as is `null`. Values are strings, numbers, `true`/`false` or `null`; nested
/// objects and arrays are an error.
struct JSONRowReader {
  private let p: UnsafePointer<UInt8>
  private let end: Int
  private let file: String
  private let isArray: Bool
  private let declared: (String) -> ColumnType?
  private var pos = 0
  private var line = 1
  private var lineStart = 0
  private var keys = TextInterner()
  private var names: [String] = []
  private var builders: [ColumnBuilder] = []
  /// The row each column last got a value in.
  private var filledRow: [Int] = []
  private var scratch: [UInt8] = []
  private let rowHint: Int
  /// Columns to read as text (their values mix types).
  private var asText: Set<String> = []
  /// What counts as a missing value besides null and an empty string.
  private var missing = MissingMarkers.usual

  /// Reads `bytes` (UTF-8, without a byte order mark); `isArray` for a `.json` file.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, isArray: Bool, file: String,
    declared: @escaping (String) -> ColumnType?, missing: MissingMarkers = .usual
  ) throws(LoadError) -> RawTable {
    var reader = JSONRowReader(bytes: bytes, isArray: isArray, file: file, declared: declared)
    reader.missing = missing
    let table = try reader.readAll()
    // Columns whose values turned out to mix types are read again, as text.
    let broken = table.names.indices.filter { table.builders[$0].needsTextReading }
    guard !broken.isEmpty else { return table }
    var again = JSONRowReader(bytes: bytes, isArray: isArray, file: file, declared: declared)
    again.missing = missing
    again.asText = Set(broken.map { table.names[$0] })
    return try again.readAll()
  }

  private init(
    bytes: UnsafeBufferPointer<UInt8>, isArray: Bool, file: String,
    declared: @escaping (String) -> ColumnType?
  ) {
    p = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
    end = bytes.count
    self.file = file
    self.isArray = isArray
    self.declared = declared
    rowHint = ReaderSupport.rowEstimate(bytes)
  }

  private mutating func readAll() throws(LoadError) -> RawTable {
    skipSpace()
    guard pos < end else {
      throw LoadError(
        file: file, loadMessages.emptyFile(), hint: loadMessages.addRows())
    }
    var lines = RowLines(firstLine: 1)
    var row = 0
    if isArray {
      try expect(0x5B, jsonRowMessages.notAnArray())
      skipSpace()
      if peek == 0x5D {
        pos += 1
      } else {
        while true {
          skipSpace()
          lines.note(row: row, line: line)
          try readObject(row: row)
          row += 1
          skipSpace()
          if peek == 0x2C {
            pos += 1
            continue
          }
          try expect(0x5D, jsonRowMessages.commaOrBracket())
          break
        }
      }
      skipSpace()
      if pos < end { throw syntax(jsonRowMessages.textAfterArray()) }
    } else {
      while pos < end {
        lines.note(row: row, line: line)
        try readObject(row: row)
        row += 1
        skipSpace()
      }
    }
    if row == 0 {
      throw LoadError(
        file: file, line: 1, jsonRowMessages.emptyArray(), hint: jsonRowMessages.addObjects())
    }
    for i in builders.indices {
      while builders[i].count < row { builders[i].appendMissing() }
    }
    return RawTable(names: names, builders: builders, rowCount: row, lines: lines)
  }

  private static func isNumberByte(_ d: UInt8) -> Bool {
    (0x30...0x39).contains(d) || d == 0x2D || d == 0x2B || d == 0x2E || d | 0x20 == 0x65
  }

  private var peek: UInt8 { pos < end ? p[pos] : 0 }

  private mutating func skipSpace() {
    while pos < end {
      let c = p[pos]
      if c == 0x0A {
        line += 1
        lineStart = pos + 1
      } else if c != 0x20 && c != 0x09 && c != 0x0D {
        return
      }
      pos += 1
    }
  }

  /// The 1-based character column of `offset` on the current line.
  private func column(_ offset: Int) -> Int {
    var n = 1
    var i = lineStart
    while i < offset {
      if p[i] & 0xC0 != 0x80 { n += 1 }
      i += 1
    }
    return n
  }

  private func syntax(_ message: Message, at offset: Int? = nil) -> LoadError {
    let hint = isArray ? jsonRowMessages.arrayShape() : jsonRowMessages.lineShape()
    return LoadError(
      file: file, line: line, column: column(offset ?? pos), message, hint: hint)
  }

  private mutating func expect(_ c: UInt8, _ message: Message) throws(LoadError) {
    guard peek == c else { throw syntax(message) }
    pos += 1
  }

  private mutating func readObject(row: Int) throws(LoadError) {
    try expect(0x7B, jsonRowMessages.objectStart())
    skipSpace()
    if peek == 0x7D {
      pos += 1
    } else {
      while true {
        skipSpace()
        guard peek == 0x22 else { throw syntax(jsonRowMessages.quotedKey()) }
        let keyAt = pos
        let key = try readString()
        let index = column(named: key, row: row)
        if filledRow[index] == row {
          throw syntax(jsonRowMessages.keyTwice(names[index]), at: keyAt)
        }
        skipSpace()
        try expect(0x3A, jsonRowMessages.colonAfterKey())
        skipSpace()
        try readValue(into: index, row: row)
        skipSpace()
        if peek == 0x2C {
          pos += 1
          continue
        }
        try expect(0x7D, jsonRowMessages.commaOrBrace())
        break
      }
    }
    for i in builders.indices where filledRow[i] != row {
      builders[i].appendMissing()
      filledRow[i] = row
    }
  }

  /// The column of a key, adding it (missing in the rows before) when new.
  private mutating func column(named key: (start: Int, count: Int, escaped: Bool), row: Int)
    -> Int
  {
    let code: UInt32 =
      key.escaped
      ? scratch.withUnsafeBufferPointer { keys.intern($0.baseAddress! + key.start, key.count) }
      : keys.intern(p + key.start, key.count)
    let index = Int(code)
    if index == builders.count {
      let name = keys.dictionary().string(code)
      names.append(name)
      let mode: ColumnBuilder.Mode =
        asText.contains(name) ? .text : declared(name).map { .declared($0) } ?? .infer
      var builder = ColumnBuilder(mode: mode, rowHint: rowHint, missing: missing)
      for _ in 0..<row { builder.appendMissing() }
      builders.append(builder)
      filledRow.append(-1)
    }
    return index
  }

  private mutating func readValue(into index: Int, row: Int) throws(LoadError) {
    let at = pos
    let c = peek
    filledRow[index] = row
    let ok: Bool
    var range = (start: pos, count: 0, escaped: false)
    switch c {
    case 0x22:
      range = try readString()
    case 0x2D, 0x30...0x39:
      while pos < end && Self.isNumberByte(p[pos]) { pos += 1 }
      range.count = pos - at
    case 0x74, 0x66, 0x6E:
      for word in ["true", "false", "null"] where word.utf8.first == c {
        let w = Array(word.utf8)
        guard end - pos >= w.count, memcmpBytes(p + pos, w, w.count) else {
          throw syntax(jsonRowMessages.unknownWord())
        }
        pos += w.count
        range.count = word == "null" ? 0 : w.count
      }
    case 0x7B, 0x5B:
      throw syntax(jsonRowMessages.nested())
    default:
      throw syntax(jsonRowMessages.valueExpected())
    }
    if range.escaped {
      ok = scratch.withUnsafeBufferPointer {
        builders[index].append($0.baseAddress! + range.start, range.count, trim: false)
      }
    } else {
      // A JSON string is exact: its spaces are meant (a program wrote it, quoted).
      ok = builders[index].append(p + range.start, range.count, trim: false)
    }
    guard !ok, case .declared(let type) = builders[index].mode else { return }
    if range.escaped {
      throw scratch.withUnsafeBufferPointer {
        ReaderSupport.typeMismatch(
          file: file, line: line, column: column(at), name: names[index], type: type,
          value: $0.baseAddress! + range.start, count: range.count)
      }
    }
    throw ReaderSupport.typeMismatch(
      file: file, line: line, column: column(at), name: names[index], type: type,
      value: p + range.start, count: range.count)
  }

  /// Reads a string at the opening quote: its bytes in the input, or in the scratch buffer
  /// when it had escapes.
  private mutating func readString() throws(LoadError) -> (start: Int, count: Int, escaped: Bool) {
    let open = pos
    pos += 1
    let start = pos
    while pos < end && p[pos] != 0x22 && p[pos] != 0x5C {
      if p[pos] == 0x0A { throw syntax(jsonRowMessages.stringPastLine(), at: open) }
      pos += 1
    }
    guard pos < end else { throw syntax(jsonRowMessages.unterminatedString(), at: open) }
    if p[pos] == 0x22 {
      pos += 1
      return (start, pos - 1 - start, false)
    }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(start: p + start, count: pos - start))
    while true {
      guard pos < end, p[pos] != 0x0A else {
        throw syntax(jsonRowMessages.unterminatedString(), at: open)
      }
      let c = p[pos]
      if c == 0x22 {
        pos += 1
        return (0, scratch.count, true)
      }
      if c != 0x5C {
        scratch.append(c)
        pos += 1
        continue
      }
      guard pos + 1 < end else { throw syntax(jsonRowMessages.unterminatedString(), at: open) }
      let e = p[pos + 1]
      pos += 2
      switch e {
      case 0x22, 0x5C, 0x2F: scratch.append(e)
      case 0x62: scratch.append(0x08)
      case 0x66: scratch.append(0x0C)
      case 0x6E: scratch.append(0x0A)
      case 0x72: scratch.append(0x0D)
      case 0x74: scratch.append(0x09)
      case 0x75:
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar), peek == 0x5C, pos + 1 < end, p[pos + 1] == 0x75 {
          let mark = pos
          pos += 2
          let low = try hex4()
          if (0xDC00..<0xE000).contains(low) {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else {
            // A lone high surrogate: it becomes U+FFFD and the next escape is read on its own.
            pos = mark
          }
        }
        let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        scratch.append(contentsOf: Array(String(Character(u)).utf8))
      default:
        throw syntax(jsonRowMessages.unknownEscape(Character(Unicode.Scalar(e))), at: pos - 2)
      }
    }
  }

  private mutating func hex4() throws(LoadError) -> UInt32 {
    guard pos + 4 <= end else { throw syntax(jsonRowMessages.fourHexDigits()) }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = p[pos] | 0x20
      let d: UInt32
      switch c {
      case 0x30...0x39: d = UInt32(c - 0x30)
      case 0x61...0x66: d = UInt32(c - 0x61 + 10)
      default: throw syntax(jsonRowMessages.fourHexDigits())
      }
      v = v << 4 | d
      pos += 1
    }
    return v
  }
}
