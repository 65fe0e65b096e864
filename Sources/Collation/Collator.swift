internal import CICU
import Synchronization

/// Chinese (`zh`) collation through ICU: text sorts by pinyin (阿 陈 李 刘 钱 孙 王 张 赵 周),
/// as DuckDB's `COLLATE zh`, Excel and PostgreSQL's `"zh-x-icu"` do. Strings ICU finds equal
/// are ordered by their bytes, so the order is total and matches byte order on ties.
///
/// This target does not import Foundation: the ICU headers of the system clash with the copy
/// Foundation carries when one file sees both.
public enum Pinyin {
  /// Why ICU could not be loaded (the loader's reason), or nil when it was. Tries to load it
  /// if that was not tried yet.
  public static var unavailable: String? {
    var reason = [CChar](repeating: 0, count: 512)
    guard dk_icu_load(&reason, reason.count) != 0 else { return nil }
    return String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The file name of the ICU library loaded on first need (`libicui18n.so.72`).
  public static var library: String { String(cString: dk_icu_library()) }

  /// How many times pinyin order or search has had to do without ICU since the program
  /// started (it then orders by bytes, and finds by the surname table only): a caller
  /// compares the count before and after a statement to refuse an answer made so.
  public static var fallbacks: Int { fallbackCount.load(ordering: .relaxed) }

  /// -1, 0 or 1: `a` against `b` in pinyin order.
  public static func compare(_ a: String, _ b: String) -> Int {
    if a == b { return 0 }
    var a = a
    var b = b
    let c = a.withUTF8 { x in b.withUTF8 { y in collator.compare(x, y) } }
    if c != 0 { return c }
    return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
  }

  /// The rank of each string of a dictionary in pinyin order: string `i` is
  /// `bytes[offsets[i]..<offsets[i + 1]]`. One sort key per string, kept in one flat buffer;
  /// strings with equal keys keep the order of their codes.
  public static func ranks(bytes: [UInt8], offsets: [UInt32]) -> [UInt32] {
    let n = offsets.count - 1
    guard n > 0 else { return [] }
    var keys: [UInt8] = []
    keys.reserveCapacity(bytes.count * 3 + n * 8)
    var keyOffsets = [Int](repeating: 0, count: n + 1)
    var units = [UInt16](repeating: 0, count: 64)
    var key = [UInt8](repeating: 0, count: 256)
    bytes.withUnsafeBufferPointer { all in
      for i in 0..<n {
        let lo = Int(offsets[i])
        let text = UnsafeBufferPointer(rebasing: all[lo..<Int(offsets[i + 1])])
        collator.sortKey(text, units: &units, key: &key) { keys.append(contentsOf: $0) }
        keyOffsets[i + 1] = keys.count
      }
    }
    var order = (0..<UInt32(n)).map { $0 }
    keys.withUnsafeBufferPointer { k in
      let base = k.baseAddress ?? UnsafePointer(bitPattern: 1)!
      order.sort { a, b in
        let aLo = keyOffsets[Int(a)]
        let aN = keyOffsets[Int(a) + 1] - aLo
        let bLo = keyOffsets[Int(b)]
        let bN = keyOffsets[Int(b) + 1] - bLo
        let c = memcmpBytes(base + aLo, base + bLo, min(aN, bN))
        if c != 0 { return c < 0 }
        if aN != bN { return aN < bN }
        return a < b
      }
    }
    var rank = [UInt32](repeating: 0, count: n)
    for (r, code) in order.enumerated() { rank[Int(code)] = UInt32(r) }
    return rank
  }
}

/// Compares `count` bytes; negative, zero or positive.
@inline(__always)
private func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Int
{
  var i = 0
  while i < count {
    let x = a[i]
    let y = b[i]
    if x != y { return x < y ? -1 : 1 }
    i += 1
  }
  return 0
}

/// The process's one ICU collator for `zh` (its default is pinyin). ICU's collators may be
/// used from many threads at once through their const functions, which are all that is used.
private final class ICUCollator: @unchecked Sendable {
  private let handle: UnsafeRawPointer?

  init() {
    handle = UnsafeRawPointer(dk_collator_open("zh"))
  }

  /// -1, 0 or 1 by the collator (0 also when ICU is missing: callers then use bytes).
  func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    guard let handle else {
      fellBack()
      return 0
    }
    return a.withMemoryRebound(to: CChar.self) { x in
      b.withMemoryRebound(to: CChar.self) { y in
        Int(
          dk_collator_compare_utf8(
            handle, x.baseAddress, Int32(x.count), y.baseAddress, Int32(y.count)))
      }
    }
  }

  /// Calls `body` with the sort key of `text` (UTF-8); `units` and `key` are reused buffers.
  /// Without ICU the key is the bytes themselves.
  func sortKey(
    _ text: UnsafeBufferPointer<UInt8>, units: inout [UInt16], key: inout [UInt8],
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard let handle else {
      fellBack()
      return body(text)
    }
    if units.count < text.count + 1 { units = [UInt16](repeating: 0, count: text.count + 1) }
    let length = text.withMemoryRebound(to: CChar.self) { src in
      units.withUnsafeMutableBufferPointer { dest in
        dk_utf8_to_utf16(dest.baseAddress, Int32(dest.count), src.baseAddress, Int32(src.count))
      }
    }
    if length < 0 { return body(text) }
    while true {
      let needed = units.withUnsafeBufferPointer { u in
        key.withUnsafeMutableBufferPointer { k in
          dk_collator_sort_key(handle, u.baseAddress, length, k.baseAddress, Int32(k.count))
        }
      }
      if Int(needed) <= key.count {
        // The key ends with a zero byte, which is left out.
        let n = max(0, Int(needed) - 1)
        key.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<n])) }
        return
      }
      key = [UInt8](repeating: 0, count: Int(needed))
    }
  }
}

private let collator = ICUCollator()

private let fallbackCount = Atomic<Int>(0)

/// Counts one use of pinyin order or search without ICU (`Pinyin.fallbacks`).
func fellBack() {
  fallbackCount.add(1, ordering: .relaxed)
}
