import Foundation

// zlib: on Linux through ZIPFoundation's system-library module, on Apple's systems the SDK's.
#if canImport(CZlib)
  import CZlib
#else
  import zlib
#endif

/// Inflates one part of a workbook with zlib directly, into buffers the caller owns: no
/// chunk is allocated, zeroed or copied on the way (ZIPFoundation's own path allocates a
/// fresh buffer per chunk and hands it over as `Data`). The part's compressed bytes are
/// found from the zip's central directory (`XlsxZipDirectory`) and read a block at a time.
final class XlsxInflater {
  /// Where the compressed bytes come from: the file, read a block at a time, or the
  /// workbook held in memory.
  enum Source {
    case file(Int32)
    case memory([UInt8])
  }

  private let source: Source
  private let entry: XlsxZipDirectory.Entry
  /// The next compressed byte to read (an offset in the file or the bytes).
  private var offset: Int
  private var left: Int
  private var input: UnsafeMutablePointer<UInt8>
  private static let inputSize = 1 << 18
  private var stream = z_stream()
  private var ended = false
  private(set) var checksum: UInt = 0
  /// Whether zlib's stream was set up (to be ended), and whether the part can be read.
  private var inflating = false
  private var ready = false
  let check: Bool

  enum Failure: Error { case damaged }

  /// Takes over `source` (a file is closed with the inflater). A part neither deflated nor
  /// stored fails at the first read.
  init(source: Source, entry: XlsxZipDirectory.Entry, check: Bool) {
    self.source = source
    self.entry = entry
    self.check = check
    offset = entry.dataOffset
    left = entry.compressedSize
    input = .allocate(capacity: Self.inputSize)
    if entry.method == 8 {
      let status = inflateInit2_(
        &stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
      inflating = status == Z_OK
      ready = inflating
    } else {
      ready = entry.method == 0
    }
  }

  deinit {
    if inflating { inflateEnd(&stream) }
    input.deallocate()
    if case .file(let fd) = source { close(fd) }
  }

  /// Inflates into `out` (up to `capacity` bytes) and returns how many were written; fewer
  /// than `capacity` only at the end of the part (0 after it). Checks the size and, when
  /// `check`, the checksum at the end.
  func read(into out: UnsafeMutablePointer<UInt8>, capacity: Int) throws(Failure) -> Int {
    guard ready else { throw .damaged }
    guard !ended, capacity > 0 else { return 0 }
    var written = 0
    if entry.method == 0 {
      while written < capacity && left > 0 {
        let n = try fetch(into: out + written, Swift.min(left, capacity - written))
        written += n
      }
    } else {
      stream.next_out = out
      stream.avail_out = UInt32(capacity)
      while stream.avail_out > 0 {
        if stream.avail_in == 0 && left > 0 {
          let n = try fetch(into: input, Swift.min(left, Self.inputSize))
          stream.next_in = input
          stream.avail_in = UInt32(n)
        }
        let status = inflate(&stream, Z_NO_FLUSH)
        if status == Z_STREAM_END {
          ended = true
          break
        }
        guard status == Z_OK || (status == Z_BUF_ERROR && left > 0) else { throw .damaged }
        if stream.avail_in == 0 && left == 0 && stream.avail_out > 0 { throw .damaged }
      }
      written = capacity - Int(stream.avail_out)
    }
    if check && written > 0 { checksum = crc32(checksum, out, UInt32(written)) }
    if entry.method == 0 && left == 0 { ended = true }
    if ended {
      let total = entry.method == 8 ? Int(stream.total_out) : entry.uncompressedSize
      guard total == entry.uncompressedSize else { throw .damaged }
      if check && UInt32(truncatingIfNeeded: checksum) != entry.checksum { throw .damaged }
    }
    return written
  }

  /// Reads up to `count` compressed bytes into `to`.
  private func fetch(into to: UnsafeMutablePointer<UInt8>, _ count: Int) throws(Failure) -> Int {
    switch source {
    case .file(let fd):
      let n = pread(fd, to, count, off_t(offset))
      guard n > 0 else { throw .damaged }
      offset += n
      left -= n
      return n
    case .memory(let bytes):
      guard offset + count <= bytes.count else { throw .damaged }
      bytes.withUnsafeBufferPointer { b in
        (to).update(from: b.baseAddress! + offset, count: count)
      }
      offset += count
      left -= count
      return count
    }
  }
}
