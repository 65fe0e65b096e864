import Lang

/// Splits CSV or TSV bytes into records and fields, per RFC 4180: fields in double quotes may
/// hold delimiters, newlines and doubled quotes (`""`); records end with LF, CRLF or CR.
///
/// Works on raw UTF-8 bytes. A field is a byte range of the input, or, when it held doubled
/// quotes, a range of a scratch buffer with the quotes undoubled; nothing is allocated per
/// field once the buffers have grown.
struct CSVTokenizer {
  /// A field of the current record: `start` is an input offset, or `~offset` into the scratch.
  struct Span {
    var start: Int
    var count: Int
  }

  /// The input's first byte.
  let base: UnsafePointer<UInt8>
  private let end: Int
  private let delimiter: UInt8
  private let file: String
  /// Offset of the next byte to read.
  private(set) var position = 0
  /// Line of the next byte to read.
  private var line = 1
  /// Line of the next byte to read (after the last record: the line after it).
  var nextLine: Int { line }
  /// Line on which the current record starts.
  private(set) var recordLine = 1
  /// Fields of the current record: the first `fieldCount` entries (the array is reused).
  private var fields: [Span] = []
  /// Number of fields in the current record.
  private(set) var fieldCount = 0
  /// Undoubled quoted fields of the current record.
  private(set) var scratch: [UInt8] = []
  /// Whether the current record is an empty line (one empty, unquoted field).
  private(set) var isBlank = false
  /// Whether some field of the current record is quoted.
  private(set) var hasQuotes = false

  init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String) {
    base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
    end = bytes.count
    self.delimiter = delimiter
    self.file = file
    fields.reserveCapacity(64)
  }

  /// Reads the next record into `fields`; false at the end of the input.
  mutating func next() throws(LoadError) -> Bool {
    guard position < end else { return false }
    fieldCount = 0
    scratch.removeAll(keepingCapacity: true)
    recordLine = line
    var quotedAny = false
    let p = base
    let quote: UInt8 = 0x22
    while true {
      if position < end && p[position] == quote {
        quotedAny = true
        try readQuoted()
      } else {
        let start = position
        var i = position
        let d = delimiter
        while i < end {
          let c = p[i]
          if c == d || c == 0x0A || c == 0x0D { break }
          i += 1
        }
        position = i
        add(Span(start: start, count: i - start))
      }
      guard position < end else { break }
      let c = p[position]
      position += 1
      if c == delimiter { continue }
      if c == 0x0D && position < end && p[position] == 0x0A { position += 1 }
      line += 1
      break
    }
    isBlank = !quotedAny && fieldCount == 1 && fields[0].count == 0
    hasQuotes = quotedAny
    return true
  }

  /// Reads a quoted field starting at the opening quote.
  private mutating func readQuoted() throws(LoadError) {
    let p = base
    let openLine = line
    let fieldNumber = fieldCount + 1
    var i = position + 1
    let start = i
    var doubled = false
    while true {
      guard i < end else {
        throw LoadError(
          file: file, line: openLine, column: fieldNumber,
          loadMessages.unterminatedQuote(), hint: loadMessages.closeTheQuote())
      }
      let c = p[i]
      if c == 0x22 {
        if i + 1 < end && p[i + 1] == 0x22 {
          doubled = true
          i += 2
          continue
        }
        break
      }
      if c == 0x0A || (c == 0x0D && (i + 1 >= end || p[i + 1] != 0x0A)) { line += 1 }
      i += 1
    }
    let contentEnd = i
    i += 1
    // Only spaces may follow the closing quote before the delimiter or the end of the record.
    while i < end && p[i] == 0x20 && delimiter != 0x20 { i += 1 }
    if i < end && p[i] != delimiter && p[i] != 0x0A && p[i] != 0x0D {
      throw LoadError(
        file: file, line: line, column: fieldNumber,
        loadMessages.textAfterQuote(), hint: loadMessages.doubleTheQuotes())
    }
    position = i
    if doubled {
      let offset = scratch.count
      var k = start
      while k < contentEnd {
        scratch.append(p[k])
        k += p[k] == 0x22 ? 2 : 1
      }
      add(Span(start: ~offset, count: scratch.count - offset))
    } else {
      add(Span(start: start, count: contentEnd - start))
    }
  }

  @inline(__always)
  private mutating func add(_ span: Span) {
    if fieldCount < fields.count {
      fields[fieldCount] = span
    } else {
      fields.append(span)
    }
    fieldCount += 1
  }

  /// Whether the field at `p` (as `field` gives it) was quoted: its spaces are kept, as
  /// written. A field in the scratch buffer was; one in the input was when a quote is right
  /// before it (an unquoted field never starts right after a quote: that is text after a
  /// closing quote, an error).
  @inline(__always)
  static func isQuoted(
    _ p: UnsafePointer<UInt8>, input: UnsafePointer<UInt8>, scratch: UnsafePointer<UInt8>?,
    scratchCount: Int
  ) -> Bool {
    if let scratch, p >= scratch, p < scratch + scratchCount { return true }
    return p > input && p[-1] == 0x22
  }

  /// Whether some field of the current record lives in the scratch buffer.
  var usesScratch: Bool { !scratch.isEmpty }

  /// The bytes of field `i`; `scratchBase` is the scratch buffer's base address.
  @inline(__always)
  func field(_ i: Int, scratchBase: UnsafePointer<UInt8>?) -> (UnsafePointer<UInt8>, Int) {
    let s = fields[i]
    if s.start >= 0 { return (base + s.start, s.count) }
    return (scratchBase! + ~s.start, s.count)
  }
}
