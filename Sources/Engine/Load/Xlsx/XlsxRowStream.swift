import Foundation

/// Turns a sheet's chunks, as they are inflated, into rows: the bytes up to the end of the
/// last whole row in hand are scanned, the rest waits for the next chunk.
struct XlsxRowStream {
  /// Bytes not yet scanned (a `Data`, whose appends and removals are single copies).
  private var pending = Data()
  private var lastRow = 0
  private var inData = false
  private var row = XlsxSheetScanner.Row()
  let malformed: LoadError

  init(malformed: LoadError) {
    self.malformed = malformed
  }

  /// Takes a chunk (or, with `final`, the end) and hands every whole row to `body`.
  mutating func feed(
    _ chunk: Data, final: Bool = false,
    _ body: (XlsxSheetScanner.Row) throws(LoadError) -> Void
  ) throws(LoadError) {
    pending.append(chunk)
    let cut =
      final
      ? pending.count
      : pending.withUnsafeBytes { Self.endOfLastRow($0.bindMemory(to: UInt8.self)) }
    guard cut > 0 else { return }
    var failed = false
    var failure: LoadError?
    pending.withUnsafeBytes { raw in
      let all = raw.bindMemory(to: UInt8.self)
      var scanner = XlsxSheetScanner(
        UnsafeBufferPointer(rebasing: all[0..<cut]), lastRow: lastRow, inData: inData)
      while true {
        let more: Bool
        do {
          more = try scanner.next(into: &row)
        } catch {
          failed = true
          return
        }
        guard more else { break }
        do throws(LoadError) {
          try body(row)
        } catch {
          failure = error
          return
        }
      }
      lastRow = scanner.lastRow
      inData = scanner.inData
    }
    if let failure { throw failure }
    if failed { throw malformed }
    pending.removeSubrange(0..<cut)
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
