/// A total row at the bottom of an office sheet: its first filled cell says 合计, 总计, 小计,
/// 共计, 总和 or Total (spaces inside and a colon after are allowed: `合  计：`). Loaded as a row,
/// it would make the id column text and double every sum, so it is left out unless the
/// schema keeps it (`"total": "keep"`).
enum TotalRow {
  private static let words: Set<String> = [
    "合计", "总计", "小计", "共计", "总和", "合计数", "total", "totals", "grand total", "sum",
  ]

  /// Whether a cell's text is a total row's label.
  static func isLabel(_ text: String) -> Bool {
    var t = text
    while let last = t.last, last == ":" || last == "：" { t.removeLast() }
    let squeezed = String(t.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" })
    if words.contains(squeezed) { return true }
    let spaced = t.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
      .joined(separator: " ")
    return words.contains(spaced)
  }

  /// The total row at the end of CSV or TSV `bytes`: the offset where its line starts, its
  /// 1-based line number and its label; nil when the last line is no total row.
  static func find(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String
  ) -> (start: Int, line: Int, label: String)? {
    var end = bytes.count
    func isSpace(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D || b == 0x20 || b == 0x09 }
    while end > 0 && isSpace(bytes[end - 1]) { end -= 1 }
    guard end > 0 else { return nil }
    var start = end
    while start > 0 && bytes[start - 1] != 0x0A && bytes[start - 1] != 0x0D { start -= 1 }
    // The first line is the header, never a total row.
    guard start > 0 else { return nil }
    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
    var tokenizer = CSVTokenizer(bytes: line, delimiter: delimiter, file: file)
    var label: String?
    do throws(LoadError) {
      guard try tokenizer.next() else { return nil }
    } catch {
      return nil
    }
    tokenizer.scratch.withUnsafeBufferPointer { scratch in
      for i in 0..<tokenizer.fieldCount {
        let (p, n) = tokenizer.field(i, scratchBase: scratch.baseAddress)
        let (q, m) = CellParser.trimSpaces(p, n)
        guard m > 0 else { continue }
        label = String(decoding: UnsafeBufferPointer(start: q, count: m), as: UTF8.self)
        break
      }
    }
    guard let label, isLabel(label) else { return nil }
    return (start, lineNumber(bytes, at: start), label)
  }

  /// The 1-based line of `offset` (LF, CRLF and CR line ends).
  private static func lineNumber(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    var line = 1
    var i = 0
    while i < offset {
      if bytes[i] == 0x0A {
        line += 1
      } else if bytes[i] == 0x0D {
        line += 1
        if i + 1 < offset && bytes[i + 1] == 0x0A { i += 1 }
      }
      i += 1
    }
    return line
  }
}
