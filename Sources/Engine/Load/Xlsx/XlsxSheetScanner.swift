#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a worksheet part's rows straight from its UTF-8 bytes, one `<row>` at a time, without
/// building a document or a `String` per cell: the large part of a workbook is read this way,
/// the small parts with Foundation's parser. Knows the few elements of `<sheetData>`
/// (`row`, `c`, `v`, `f`, `is`, `t`, `rPh`), with or without a namespace prefix.
struct XlsxSheetScanner {
  /// One non-empty cell of a row; its text is `row.text[range]`.
  struct Cell {
    /// 0-based column.
    var column: Int
    /// The `t` attribute: `s` shared string, `inlineStr`, `str` formula text, `b`, `e`, `d`,
    /// or `n` (number, the default).
    var type: UInt8
    var style: Int
    var range: Range<Int>
    var formula: Bool
  }

  struct Row {
    /// 1-based row number.
    var number = 0
    var cells: [Cell] = []
    /// Decoded texts of the cells, one after another.
    var text: [UInt8] = []
  }

  /// Tags the sheet is malformed at.
  struct Malformed: Error {}

  let bytes: UnsafeBufferPointer<UInt8>
  /// `bytes`' start, read without bounds checks (every index is checked against the count).
  private let p: UnsafePointer<UInt8>
  private let count: Int
  private var at = 0
  /// Carried from one chunk's scanner to the next.
  var lastRow = 0
  var inData = false

  init(_ bytes: UnsafeBufferPointer<UInt8>, lastRow: Int = 0, inData: Bool = false) {
    self.bytes = bytes
    p = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
    count = bytes.count
    self.lastRow = lastRow
    self.inData = inData
  }

  /// How far the scan is, in bytes.
  var position: Int { at }

  /// Reads the next row into `row` (reusing its storage); false after the last.
  mutating func next(into row: inout Row) throws(Malformed) -> Bool {
    row.cells.removeAll(keepingCapacity: true)
    row.text.removeAll(keepingCapacity: true)
    while let tag = try nextTag() {
      if tag.closing {
        if tag.name == .sheetData { return false }
        continue
      }
      if tag.name == .sheetData { inData = true }
      guard inData, tag.name == .row else { continue }
      row.number = tag.r.map { Self.number($0, in: bytes) } ?? lastRow + 1
      lastRow = row.number
      if !tag.selfClosing { try readCells(into: &row) }
      return true
    }
    return false
  }

  private mutating func readCells(into row: inout Row) throws(Malformed) {
    var nextColumn = 0
    var inlineAlready = false
    while let tag = try nextTag() {
      if tag.closing {
        if tag.name == .row { return }
        continue
      }
      guard tag.name == .c else { continue }
      let column = tag.r.map { columnIndex($0) } ?? nextColumn
      nextColumn = column + 1
      if tag.selfClosing { continue }
      var cell = Cell(
        column: column, type: tag.t, style: tag.s, range: row.text.count..<row.text.count,
        formula: false)
      // The usual cells, `<v>…</v></c>` and `<is><t>…</t></is></c>`, are read without the
      // general loop below, which takes over at anything else.
      if matches("<v>") {
        at += 3
        readText(into: &row.text)
        if matches("</v></c>") {
          at += 8
          cell.range = cell.range.lowerBound..<row.text.count
          if !cell.range.isEmpty { row.cells.append(cell) }
          continue
        }
      } else if matches("<is><t>") {
        at += 7
        readText(into: &row.text)
        if matches("</t></is></c>") {
          at += 13
          cell.range = cell.range.lowerBound..<row.text.count
          if !cell.range.isEmpty { row.cells.append(cell) }
          continue
        }
        // Inside `<is>`, after a `<t>`'s text: the general loop reads on from its end tag.
        inlineAlready = true
      }
      var phonetic = 0
      var inInline = inlineAlready
      inlineAlready = false
      while let inner = try nextTag() {
        if inner.closing {
          if inner.name == .c { break }
          if inner.name == .rPh { phonetic -= 1 }
          if inner.name == .is { inInline = false }
          continue
        }
        switch inner.name {
        case .f:
          cell.formula = true
          if !inner.selfClosing { try skip(until: .f) }
        case .v where !inner.selfClosing:
          readText(into: &row.text)
        case .is:
          inInline = !inner.selfClosing
        case .rPh where !inner.selfClosing:
          phonetic += 1
        case .t where inInline && phonetic == 0 && !inner.selfClosing:
          readText(into: &row.text)
        default: break
        }
      }
      cell.range = cell.range.lowerBound..<row.text.count
      if cell.range.isEmpty && !cell.formula { continue }
      row.cells.append(cell)
    }
    throw Malformed()
  }

  /// Whether the bytes at the current position are `text`.
  @inline(__always)
  private func matches(_ text: StaticString) -> Bool {
    let n = text.utf8CodeUnitCount
    return at + n <= count && memcmp(p + at, text.utf8Start, n) == 0
  }

  /// Skips to the end tag `name`.
  private mutating func skip(until name: Name) throws(Malformed) {
    while let tag = try nextTag() {
      if tag.closing && tag.name == name { return }
    }
    throw Malformed()
  }

  enum Name: Equatable {
    case sheetData, row, c, v, f, `is`, t, rPh, other
  }

  struct Tag {
    var name: Name
    var closing = false
    var selfClosing = false
    var r: Range<Int>?
    var s = 0
    var t: UInt8 = 0x6E
  }

  /// The next tag after the text at the current position; nil at the end of the bytes.
  private mutating func nextTag() throws(Malformed) -> Tag? {
    // A plain loop, not `memchr`: the next `<` is a few bytes away as a rule, nearer than a
    // call to `memchr` pays off.
    var i = at
    while i < count && p[i] != 0x3C { i += 1 }
    guard i < count else {
      at = count
      return nil
    }
    at = i + 1
    guard at < count else { throw Malformed() }
    if p[at] == 0x3F || p[at] == 0x21 {
      while at < count && p[at] != 0x3E { at += 1 }
      at += 1
      return try nextTag()
    }
    var tag = Tag(name: .other)
    if p[at] == 0x2F {
      tag.closing = true
      at += 1
    }
    var localStart = at
    while at < count, !Self.isSpaceOrEnd(p[at]) {
      if p[at] == 0x3A { localStart = at + 1 }
      at += 1
    }
    tag.name = Self.name(localStart..<at, in: bytes)
    // Attributes.
    while at < count {
      let c = p[at]
      if c == 0x3E {
        at += 1
        return tag
      }
      if c == 0x2F {
        tag.selfClosing = true
        at += 1
        continue
      }
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        at += 1
        continue
      }
      let attrStart = at
      while at < count && p[at] != 0x3D && !Self.isSpaceOrEnd(p[at]) {
        at += 1
      }
      let attrName = attrStart..<at
      while at < count && p[at] != 0x22 && p[at] != 0x27 {
        at += 1
      }
      guard at < count else { throw Malformed() }
      let quote = p[at]
      at += 1
      let valueStart = at
      while at < count && p[at] != quote { at += 1 }
      guard at < count else { throw Malformed() }
      let value = valueStart..<at
      at += 1
      if attrName.count == 1 {
        switch p[attrName.lowerBound] {
        case 0x72: tag.r = value
        case 0x73: tag.s = Self.number(value, in: bytes)
        case 0x74:
          // `inlineStr` is told from `s` by its first letter; `str` by its length.
          tag.t = value.isEmpty ? 0x6E : p[value.lowerBound]
          if tag.t == 0x73 && value.count == 3 { tag.t = 0x53 }
        default: break
        }
      }
    }
    throw Malformed()
  }

  /// Appends the text up to the next `<`, with XML's entities and character references
  /// decoded.
  private mutating func readText(into out: inout [UInt8]) {
    // As a rule the text has neither an entity nor a CR: one copy.
    let start = at
    var i = at
    while i < count {
      let c = p[i]
      if c == 0x3C { break }
      if c == 0x26 || c == 0x0D {
        i = -1
        break
      }
      i += 1
    }
    if i >= 0 {
      out.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
      at = i
      return
    }
    while at < count {
      let c = p[at]
      if c == 0x3C { return }
      if c == 0x26 {
        var end = at + 1
        while end < count && end - at < 12 && p[end] != 0x3B { end += 1 }
        if end < count && p[end] == 0x3B,
          let scalar = Self.entity(at + 1..<end, in: bytes)
        {
          out.append(contentsOf: String(scalar).utf8)
          at = end + 1
          continue
        }
      }
      // XML normalises line ends to LF.
      if c == 0x0D {
        out.append(0x0A)
        at += 1
        if at < count && p[at] == 0x0A { at += 1 }
        continue
      }
      out.append(c)
      at += 1
    }
  }

  private static func entity(_ r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
    -> Unicode.Scalar?
  {
    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return value.flatMap(Unicode.Scalar.init)
    }
  }

  private static func isSpaceOrEnd(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x3E
      || c == 0x2F
  }

  private static func name(_ r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Name {
    let n = r.count
    let p = r.lowerBound
    switch n {
    case 1:
      switch bytes[p] {
      case 0x63: return .c
      case 0x76: return .v
      case 0x66: return .f
      case 0x74: return .t
      default: return .other
      }
    case 2 where bytes[p] == 0x69 && bytes[p + 1] == 0x73: return .is
    case 3:
      if bytes[p] == 0x72 && bytes[p + 1] == 0x6F
        && bytes[p + 2] == 0x77
      {
        return .row
      }
      if bytes[p] == 0x72 && bytes[p + 1] == 0x50
        && bytes[p + 2] == 0x68
      {
        return .rPh
      }
      return .other
    case 9:
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        == "sheetData" ? .sheetData : .other
    default: return .other
    }
  }

  private static func number(_ r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for i in r {
      let d = Int(bytes[i]) - 0x30
      guard (0...9).contains(d) else { break }
      n = n * 10 + d
    }
    return n
  }

  /// The 0-based column of a reference (`C17` → 2).
  private func columnIndex(_ r: Range<Int>) -> Int {
    var n = 0
    for i in r {
      let c = bytes[i] | 0x20
      guard c >= 0x61 && c <= 0x7A else { break }
      n = n * 26 + Int(c - 0x61) + 1
    }
    return n - 1
  }
}

/// Cell references: `C17` ⇄ column 2 (0-based) and row 17.
enum XlsxReference {
  static func column(_ index: Int) -> String {
    var n = index + 1
    var letters: [Character] = []
    while n > 0 {
      let d = (n - 1) % 26
      letters.insert(Character(Unicode.Scalar(UInt8(65 + d))), at: 0)
      n = (n - 1) / 26
    }
    return String(letters)
  }

  static func cell(column: Int, row: Int) -> String { Self.column(column) + String(row) }

  /// `A1:D2` → rows 1...2, columns 0...3.
  static func range(_ text: String) -> (rows: ClosedRange<Int>, columns: ClosedRange<Int>)? {
    let parts = text.split(separator: ":")
    guard let a = parts.first.flatMap(parse), let b = (parts.last).flatMap(parse) else {
      return nil
    }
    return (
      min(a.row, b.row)...max(a.row, b.row), min(a.column, b.column)...max(a.column, b.column)
    )
  }

  static func parse(_ text: Substring) -> (column: Int, row: Int)? {
    var column = 0
    var row = 0
    var digits = false
    for c in text.utf8 {
      if !digits, let l = Optional(c | 0x20), l >= 97, l <= 122 {
        column = column * 26 + Int(l - 97) + 1
      } else if c >= 48 && c <= 57 {
        digits = true
        row = row * 10 + Int(c - 48)
      } else if c != 0x24 {
        return nil
      }
    }
    guard column > 0, row > 0 else { return nil }
    return (column - 1, row)
  }
}
