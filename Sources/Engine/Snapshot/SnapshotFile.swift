import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open snapshot file, kept open while its store lives so that columns can be read on
/// first use. Closed when the last column that may need it is gone.
final class SnapshotFile: Sendable {
  let path: String
  private let fd: Int32

  /// Opens `path` for reading, or nil with `errno` set.
  init?(_ path: String) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    self.path = path
    self.fd = fd
  }

  deinit { close(fd) }

  /// Size and kind of the file, or nil with `errno` set.
  func status() -> stat? {
    var info = stat()
    return fstat(fd, &info) == 0 ? info : nil
  }

  /// Fills `buffer` from file offset `offset`; a file that ends first is truncated.
  func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(LoadError) {
    guard readUpTo(buffer, at: offset) == buffer.count else {
      throw Snapshot.corrupt(path, snapshotMessages.endsInsideArray())
    }
  }

  /// Reads up to `buffer.count` bytes from offset 0; returns the count read.
  func readHead(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    readUpTo(buffer, at: 0)
  }

  /// Reads until `buffer` is full, the file ends or reading fails; returns the count read.
  private func readUpTo(_ buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    var done = 0
    while done < buffer.count {
      let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      done += n
    }
    return done
  }
}
