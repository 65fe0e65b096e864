/// One cell of `sqlite3 -json` output.
enum SQLiteCell: Equatable, CustomStringConvertible {
  case null
  /// A number, kept as written.
  case number(String)
  case text(String)

  var description: String {
    switch self {
    case .null: "null"
    case .number(let n): n
    case .text(let s): "\"\(s)\""
    }
  }
}

/// A reader of `sqlite3 -json` output: an array of flat objects, read keeping the column
/// order (Foundation's JSON reader loses it and merges repeated names).
struct SQLiteJSON {
  /// Column names of the first row (none when there are no rows).
  var columns: [String] = []
  var rows: [[SQLiteCell]] = []

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private var bytes: [UInt8]
  private var i = 0

  init(parsing text: String) throws {
    try self.init(bytes: Array(text.utf8), at: 0)
    skipSpace()
    guard i == bytes.count else { throw Failure(description: "text after the answer at byte \(i)") }
  }

  /// Every answer of a script, in order: sqlite3 prints one array per statement that returned
  /// rows, and nothing for one that returned none.
  static func answers(parsing text: String) throws -> [SQLiteJSON] {
    let bytes = Array(text.utf8)
    var out: [SQLiteJSON] = []
    var at = 0
    while true {
      let answer = try SQLiteJSON(bytes: bytes, at: at)
      if answer.i == at { return out }
      out.append(answer)
      at = answer.i
    }
  }

  /// Reads one array starting at byte `at`, or nothing when only space is left.
  private init(bytes: [UInt8], at: Int) throws {
    self.bytes = bytes
    i = at
    skipSpace()
    if i == bytes.count {  // no rows: sqlite3 prints nothing
      i = at
      return
    }
    try expect(UInt8(ascii: "["))
    skipSpace()
    if peek == UInt8(ascii: "]") { return }
    while true {
      let (names, cells) = try object()
      if rows.isEmpty { columns = names }
      rows.append(cells)
      skipSpace()
      if peek == UInt8(ascii: ",") {
        i += 1
        continue
      }
      try expect(UInt8(ascii: "]"))
      return
    }
  }

  private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

  private mutating func skipSpace() {
    while let c = peek, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 }
  }

  private mutating func expect(_ c: UInt8) throws {
    skipSpace()
    guard peek == c else {
      throw Failure(description: "expected '\(Character(Unicode.Scalar(c)))' at byte \(i)")
    }
    i += 1
  }

  private mutating func object() throws -> ([String], [SQLiteCell]) {
    try expect(UInt8(ascii: "{"))
    var names: [String] = []
    var cells: [SQLiteCell] = []
    skipSpace()
    if peek == UInt8(ascii: "}") {
      i += 1
      return (names, cells)
    }
    while true {
      skipSpace()
      names.append(try string())
      try expect(UInt8(ascii: ":"))
      cells.append(try cell())
      skipSpace()
      if peek == UInt8(ascii: ",") {
        i += 1
        continue
      }
      try expect(UInt8(ascii: "}"))
      return (names, cells)
    }
  }

  private mutating func cell() throws -> SQLiteCell {
    skipSpace()
    switch peek {
    case UInt8(ascii: "\""):
      return .text(try string())
    case UInt8(ascii: "n"):
      guard bytes[i..<min(i + 4, bytes.count)].elementsEqual("null".utf8) else {
        throw Failure(description: "bad value at byte \(i)")
      }
      i += 4
      return .null
    default:
      let start = i
      while let c = peek, c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c > 0x20 { i += 1 }
      guard i > start else { throw Failure(description: "empty value at byte \(i)") }
      return .number(String(decoding: bytes[start..<i], as: UTF8.self))
    }
  }

  private mutating func string() throws -> String {
    try expect(UInt8(ascii: "\""))
    var out: [UInt8] = []
    while let c = peek {
      i += 1
      if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
      guard c == UInt8(ascii: "\\") else {
        out.append(c)
        continue
      }
      guard let e = peek else { break }
      i += 1
      switch e {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar), peek == UInt8(ascii: "\\") {
          i += 2
          let low = try hex4()
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        out += Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
      default: out.append(e)
      }
    }
    throw Failure(description: "unterminated string")
  }

  private mutating func hex4() throws -> UInt32 {
    guard i + 4 <= bytes.count,
      let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
    else { throw Failure(description: "bad \\u escape at byte \(i)") }
    i += 4
    return v
  }
}
