/// The distinct strings of one text column, stored compactly: all UTF-8 bytes in one
/// buffer and an offset per string, instead of an array of Swift `String`s.
///
/// A text column stores a `UInt32` code per row that indexes this dictionary.
public struct StringDictionary: Sendable {
  /// The UTF-8 bytes of every string, back to back.
  public private(set) var bytes: [UInt8]
  /// `offsets[i]..<offsets[i + 1]` is string `i`; `offsets.count == count + 1`.
  public private(set) var offsets: [UInt32]
  /// The pinyin order, made on first use; a changed dictionary starts a new one.
  private(set) var pinyin = PinyinRanks()

  public init() {
    bytes = []
    offsets = [0]
  }

  public init(bytes: [UInt8], offsets: [UInt32]) {
    precondition(!offsets.isEmpty && Int(offsets.last!) == bytes.count)
    self.bytes = bytes
    self.offsets = offsets
  }

  /// Number of distinct strings.
  public var count: Int { offsets.count - 1 }

  /// Appends a string and returns its code. Does not check for duplicates.
  @discardableResult
  public mutating func append<C: Collection>(utf8: C) -> UInt32 where C.Element == UInt8 {
    bytes.append(contentsOf: utf8)
    offsets.append(UInt32(bytes.count))
    if isKnownUniquelyReferenced(&pinyin) { pinyin.reset() } else { pinyin = PinyinRanks() }
    return UInt32(offsets.count - 2)
  }

  /// The string with code `code`.
  public func string(_ code: UInt32) -> String {
    let i = Int(code)
    let lo = Int(offsets[i])
    let hi = Int(offsets[i + 1])
    return bytes.withUnsafeBufferPointer { buf in
      String(decoding: UnsafeBufferPointer(rebasing: buf[lo..<hi]), as: UTF8.self)
    }
  }

  /// Calls `body` with the UTF-8 bytes of string `code`, without allocating.
  public func withUTF8<R>(_ code: UInt32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R)
    rethrows -> R
  {
    let i = Int(code)
    let lo = Int(offsets[i])
    let hi = Int(offsets[i + 1])
    return try bytes.withUnsafeBufferPointer { buf in
      try body(UnsafeBufferPointer(rebasing: buf[lo..<hi]))
    }
  }

  /// All strings, in code order (for completion, `describe` and small dictionaries).
  public var strings: [String] { (0..<count).map { string(UInt32($0)) } }
}
