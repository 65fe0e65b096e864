/// Turns a sheet's blocks, as they are inflated, into rows: every block but the last ends
/// just after a row (`XlsxBlockPipe` cuts them so), so each is scanned whole, carrying only
/// the last row's number and whether `<sheetData>` has begun.
struct XlsxRowStream {
  private var lastRow = 0
  private var inData = false
  private var row = XlsxSheetScanner.Row()
  let malformed: LoadError

  init(malformed: LoadError) {
    self.malformed = malformed
  }

  /// Scans a block and hands every row in it to `body`, which may keep the row by swapping
  /// it for a spare one (so that the scanner never writes into a row kept elsewhere).
  mutating func feed(
    _ block: UnsafeBufferPointer<UInt8>,
    _ body: (inout XlsxSheetScanner.Row) throws(LoadError) -> Void
  ) throws(LoadError) {
    var scanner = XlsxSheetScanner(block, lastRow: lastRow, inData: inData)
    while true {
      let more: Bool
      do {
        more = try scanner.next(into: &row)
      } catch {
        throw malformed
      }
      guard more else { break }
      try body(&row)
    }
    lastRow = scanner.lastRow
    inData = scanner.inData
  }

  /// Just after the last `row>` that closes a row (`</row>`, `</x:row>`), 0 when none.
  static func endOfLastRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var i = bytes.count - 4
    while i > 0 {
      if bytes[i] == 0x72 && bytes[i + 1] == 0x6F && bytes[i + 2] == 0x77 && bytes[i + 3] == 0x3E {
        // `</row>`, or `</x:row>` (a prefix after the slash), but not `<x:row>`.
        var j = i - 1
        if bytes[j] == 0x3A {
          j -= 1
          while j > 0 && bytes[j] != 0x2F && bytes[j] != 0x3C { j -= 1 }
        }
        if bytes[j] == 0x2F { return i + 4 }
      }
      i -= 1
    }
    return 0
  }
}
