import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open snapshot file, kept open while its store lives so that columns can be read on
/// first use. Closed when the last column that may need it is gone. Or a snapshot held in
/// memory that outlives the program's use of it (the built-in sample, embedded in the
/// program), read the same way.
final class SnapshotFile: @unchecked Sendable {
  let path: String
  private let fd: Int32
  /// The bytes of a snapshot in memory; nil for a file.
  private let memory: UnsafeRawBufferPointer?

  /// Opens `path` for reading, or nil with `errno` set. O_NONBLOCK: a named pipe given as a
  /// data file does not block the open (its kind is checked next, and it is refused).
  init?(_ path: String) {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    self.path = path
    self.fd = fd
    self.memory = nil
  }

  /// A snapshot in `memory`, which must stay valid and unchanged for the program's life;
  /// `name` stands for its path in messages.
  init(memory: UnsafeRawBufferPointer, name: String) {
    self.path = name
    self.fd = -1
    self.memory = memory
  }

  deinit { if memory == nil { close(fd) } }

  /// The size in bytes when this is a regular file (or memory), else nil with `errno` set.
  func regularFileSize() -> Int? {
    if let memory { return memory.count }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    guard info.st_mode & S_IFMT == S_IFREG else {
      errno = EISDIR
      return nil
    }
    return Int(info.st_size)
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
    if let memory {
      let n = max(0, min(buffer.count, memory.count - offset))
      if n > 0 { buffer.baseAddress!.copyMemory(from: memory.baseAddress! + offset, byteCount: n) }
      return n
    }
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
