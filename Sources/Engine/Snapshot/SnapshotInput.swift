#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A snapshot file read front to back with `read(2)`: large arrays go straight from the
/// file into their final memory, small fields through a buffer, and every payload byte
/// feeds the checksum on the way, while it is still in cache.
final class SnapshotInput {
  let file: String
  /// Payload bytes not yet read from the file.
  private var fileLeft: Int
  private(set) var checksum = SnapshotChecksum()
  private let fd: Int32
  private let buffer: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0

  /// Reads directly into the destination when at least this much is asked for at once.
  private static let bufferSize = 1 << 16
  /// Size of one direct read, so its bytes are still in cache when they are hashed.
  private static let chunk = 1 << 20

  init(fd: Int32, file: String, payload: Int) {
    self.fd = fd
    self.file = file
    self.fileLeft = payload
    buffer = .allocate(byteCount: Self.bufferSize, alignment: 8)
  }

  deinit { buffer.deallocate() }

  /// Fills `destination` with the next payload bytes.
  func read(into destination: UnsafeMutableRawBufferPointer) throws(LoadError) {
    let n = destination.count
    guard n <= remaining else {
      throw Snapshot.corrupt(file, "the snapshot is malformed: its contents run past its end")
    }
    var done = min(n, end - start)
    if done > 0 {
      destination.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: done)
      start += done
    }
    while done < n {
      let left = n - done
      if left >= Self.bufferSize {
        let part = UnsafeMutableRawBufferPointer(
          rebasing: destination[done..<done + min(left, Self.chunk)])
        let got = try fill(part)
        done += got
      } else {
        start = 0
        end = try fill(
          UnsafeMutableRawBufferPointer(
            rebasing: buffer[0..<min(Self.bufferSize, fileLeft)]))
        let take = min(left, end)
        destination.baseAddress!.advanced(by: done).copyMemory(
          from: buffer.baseAddress!, byteCount: take)
        start = take
        done += take
      }
    }
  }

  /// Reads and hashes every payload byte not yet read (to check the checksum after an error).
  func drain() throws(LoadError) {
    start = 0
    end = 0
    while fileLeft > 0 {
      _ = try fill(
        UnsafeMutableRawBufferPointer(rebasing: buffer[0..<min(Self.bufferSize, fileLeft)]))
    }
  }

  /// Payload bytes not yet handed out.
  var remaining: Int { fileLeft + end - start }

  /// Skips `n` payload bytes (padding).
  func skip(_ n: Int) throws(LoadError) {
    var scratch: UInt64 = 0
    var left = n
    while left > 0 {
      let part = min(left, 8)
      try withUnsafeMutableBytes(of: &scratch) { (p) throws(LoadError) in
        try read(into: UnsafeMutableRawBufferPointer(rebasing: p[0..<part]))
      }
      left -= part
    }
  }

  /// One `read(2)` into `part` (retrying on EINTR), hashed; returns the count read.
  private func fill(_ part: UnsafeMutableRawBufferPointer) throws(LoadError) -> Int {
    while true {
      let got = readSome(fd, part)
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else {
        throw Snapshot.corrupt(file, "the snapshot is truncated: it ends before its payload does")
      }
      checksum.update(UnsafeRawBufferPointer(rebasing: part[0..<got]))
      fileLeft -= got
      return got
    }
  }
}

/// Reads up to `buffer.count` bytes from `fd`; returns the count read or -1.
func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
  read(fd, buffer.baseAddress, buffer.count)
}
