import Lang

/// What a cell is cleaned of before its value is read: spaces at either end (ASCII spaces and
/// tabs, the ideographic space U+3000 and the no-break space U+00A0), and the words office
/// files write for "no value".
///
/// Without a schema list, the usual markers — `NULL`, `N/A`, `#N/A` (any case), `-` and `无`
/// — are missing values where a number, a date or a boolean is expected: a numeric column
/// with `N/A` in it stays numeric. A text column keeps them as text (`无` may be a real
/// answer). `schema.json` may list the markers itself (`"missing": ["未填", "-"]`); a listed
/// marker is a missing value in every column, text included, and the list replaces the usual
/// ones (`"missing": []` turns them off).
struct MissingMarkers: Sendable, Equatable {
  /// The schema's markers, as UTF-8; nil for the usual ones.
  var listed: [[UInt8]]?

  static let usual = MissingMarkers(listed: nil)

  /// The usual markers as the load report names them, in the order of `usualIndex`.
  static let usualWords = ["NULL", "N/A", "#N/A", "-", "无"]

  init(listed: [String]?) {
    self.listed = listed?.map { Array($0.trimmingASCIISpaces().utf8) }
  }

  /// The index in `listed` of the marker `p[0..<n]` is, or nil.
  @inline(__always)
  func listedIndex(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
    guard let listed else { return nil }
    for (i, word) in listed.enumerated() where word.count == n {
      var same = true
      for k in 0..<n where word[k] != p[k] {
        same = false
        break
      }
      if same { return i }
    }
    return nil
  }

  /// The index in `usualWords` of the usual marker `p[0..<n]` is (ASCII letters in any case),
  /// or nil.
  @inline(__always)
  static func usualIndex(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
    @inline(__always) func lower(_ b: UInt8) -> UInt8 { b | 0x20 }
    switch n {
    case 1: return p[0] == 0x2D ? 3 : nil
    case 3:
      if p[0] == 0xE6 && p[1] == 0x97 && p[2] == 0xA0 { return 4 }  // 无
      if lower(p[0]) == 0x6E && p[1] == 0x2F && lower(p[2]) == 0x61 { return 1 }  // n/a
      return nil
    case 4:
      if p[0] == 0x23 && lower(p[1]) == 0x6E && p[2] == 0x2F && lower(p[3]) == 0x61 { return 2 }
      if lower(p[0]) == 0x6E && lower(p[1]) == 0x75 && lower(p[2]) == 0x6C && lower(p[3]) == 0x6C {
        return 0
      }
      return nil
    default: return nil
    }
  }
}

extension CellParser {
  /// Whether a cell of `n` bytes at `p` may have spaces to trim (its first or last byte may
  /// belong to one): a quick test, so that most cells skip `trimSpaces`.
  @inline(__always)
  static func mayBePadded(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    guard n > 0 else { return false }
    let a = p[0]
    let z = p[n - 1]
    return a == 0x20 || z == 0x20 || a == 0x09 || z == 0x09 || a == 0xE3 || a == 0xC2
      || z == 0x80 || z == 0xA0
  }

  /// The cell without spaces at either end: ASCII spaces and tabs, U+3000 (E3 80 80) and
  /// U+00A0 (C2 A0).
  static func trimSpaces(_ p: UnsafePointer<UInt8>, _ n: Int) -> (UnsafePointer<UInt8>, Int) {
    var lo = 0
    var hi = n
    while lo < hi {
      if p[lo] == 0x20 || p[lo] == 0x09 {
        lo += 1
      } else if hi - lo >= 3, p[lo] == 0xE3, p[lo + 1] == 0x80, p[lo + 2] == 0x80 {
        lo += 3
      } else if hi - lo >= 2, p[lo] == 0xC2, p[lo + 1] == 0xA0 {
        lo += 2
      } else {
        break
      }
    }
    while hi > lo {
      if p[hi - 1] == 0x20 || p[hi - 1] == 0x09 {
        hi -= 1
      } else if hi - lo >= 3, p[hi - 3] == 0xE3, p[hi - 2] == 0x80, p[hi - 1] == 0x80 {
        hi -= 3
      } else if hi - lo >= 2, p[hi - 2] == 0xC2, p[hi - 1] == 0xA0 {
        hi -= 2
      } else {
        break
      }
    }
    return (p + lo, hi - lo)
  }
}

/// The load report's warnings about one column's cells: values trimmed, markers read as
/// missing.
enum CellWarnings {
  static func of(_ builder: ColumnBuilder, column: String, file: String) -> [LoadReport.Warning] {
    let m = habitMessages
    var out: [LoadReport.Warning] = []
    if builder.trimmed > 0 {
      let count = builder.trimmed == 1 ? m.oneValue() : m.values(builder.trimmed)
      out.append(LoadReport.Warning(file: file, column: column, m.trimmed(column, count)))
    }
    if builder.markerCount > 0, case .typed(let type) = builder.state, type != .text {
      let count = builder.markerCount == 1 ? m.oneCell() : m.cells(builder.markerCount)
      let words = Message.list(builder.markerWords.map { Message(verbatim: $0) })
      out.append(
        LoadReport.Warning(file: file, column: column, m.markers(column, count, words, type.word)))
    }
    return out
  }
}
