import Foundation

/// Where a part's compressed bytes lie in a zip archive, read from the central directory
/// (with ZIP64's larger fields) and the part's local header: what `XlsxInflater` needs to
/// inflate a part itself. ZIPFoundation keeps these offsets internal.
enum XlsxZipDirectory {
  struct Entry {
    var method: Int
    var checksum: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// The offset of the first compressed byte.
    var dataOffset: Int
  }

  /// Reads `count` bytes at `offset`; nil when the archive is shorter.
  typealias Reader = (_ offset: Int, _ count: Int) -> [UInt8]?

  /// The entry named `name`, nil when the archive has none or its directory is unreadable.
  static func entry(_ name: String, size: Int, read: Reader) -> Entry? {
    let target = Array(name.utf8)
    // The end of central directory record: 22 bytes and a comment of up to 65,535.
    let tailCount = Swift.min(size, 22 + 65_535)
    guard let tail = read(size - tailCount, tailCount), tail.count >= 22 else { return nil }
    var end = tail.count - 22
    while end >= 0 && !(u32(tail, end) == 0x0605_4B50) { end -= 1 }
    guard end >= 0 else { return nil }
    var directory = Int(u32(tail, end + 16))
    var directorySize = Int(u32(tail, end + 12))
    if directory == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
      // ZIP64: a locator just before the record points at the larger record.
      let locatorAt = size - tailCount + end - 20
      guard let locator = read(locatorAt, 20), u32(locator, 0) == 0x0706_4B50,
        let record = read(Int(u64(locator, 8)), 56), u32(record, 0) == 0x0606_4B50
      else { return nil }
      directorySize = Int(u64(record, 40))
      directory = Int(u64(record, 48))
    }
    guard directorySize > 0, let dir = read(directory, directorySize) else { return nil }
    var at = 0
    while at + 46 <= dir.count, u32(dir, at) == 0x0201_4B50 {
      let nameCount = Int(u16(dir, at + 28))
      let extraCount = Int(u16(dir, at + 30))
      let commentCount = Int(u16(dir, at + 32))
      let next = at + 46 + nameCount + extraCount + commentCount
      guard next <= dir.count else { return nil }
      if nameCount == target.count && dir[at + 46..<at + 46 + nameCount].elementsEqual(target) {
        var compressed = Int(u32(dir, at + 20))
        var uncompressed = Int(u32(dir, at + 24))
        var local = Int(u32(dir, at + 42))
        // ZIP64's extra field holds, in this order, the fields too large for 32 bits.
        var extra = at + 46 + nameCount
        let extraEnd = extra + extraCount
        while extra + 4 <= extraEnd {
          let id = u16(dir, extra)
          let count = Int(u16(dir, extra + 2))
          if id == 1 {
            var field = extra + 4
            if uncompressed == 0xFFFF_FFFF && field + 8 <= extraEnd {
              uncompressed = Int(u64(dir, field))
              field += 8
            }
            if compressed == 0xFFFF_FFFF && field + 8 <= extraEnd {
              compressed = Int(u64(dir, field))
              field += 8
            }
            if local == 0xFFFF_FFFF && field + 8 <= extraEnd { local = Int(u64(dir, field)) }
          }
          extra += 4 + count
        }
        guard let header = read(local, 30), u32(header, 0) == 0x0403_4B50 else { return nil }
        let dataOffset = local + 30 + Int(u16(header, 26)) + Int(u16(header, 28))
        guard dataOffset + compressed <= size else { return nil }
        return Entry(
          method: Int(u16(dir, at + 10)), checksum: u32(dir, at + 16),
          compressedSize: compressed, uncompressedSize: uncompressed, dataOffset: dataOffset)
      }
      at = next
    }
    return nil
  }

  private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 {
    UInt16(b[i]) | UInt16(b[i + 1]) << 8
  }

  private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16
  }

  private static func u64(_ b: [UInt8], _ i: Int) -> UInt64 {
    UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32
  }
}
