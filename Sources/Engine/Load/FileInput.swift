import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A data file's bytes, read-only: memory-mapped from disk (pages already parsed can be
/// given back, so a large file never sits in memory whole), or held in memory.
final class FileInput: @unchecked Sendable {
  /// The bytes of the file.
  let bytes: UnsafeBufferPointer<UInt8>
  private let mapping: UnsafeMutableRawPointer?
  private let owned: UnsafeMutablePointer<UInt8>?

  private init(
    bytes: UnsafeBufferPointer<UInt8>, mapping: UnsafeMutableRawPointer?,
    owned: UnsafeMutablePointer<UInt8>?
  ) {
    self.bytes = bytes
    self.mapping = mapping
    self.owned = owned
  }

  deinit {
    if let mapping { munmap(mapping, bytes.count) }
    owned?.deallocate()
  }

  /// Opens and maps `path` for reading; never writes to it.
  static func load(_ path: String) throws(LoadError) -> FileInput {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw cannotRead(path, errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw cannotRead(path, errno) }
    if info.st_mode & S_IFMT == S_IFDIR { throw cannotRead(path, EISDIR) }
    let size = Int(info.st_size)
    if size == 0 {
      return FileInput(bytes: UnsafeBufferPointer(start: nil, count: 0), mapping: nil, owned: nil)
    }
    if let m = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED {
      let p = m.assumingMemoryBound(to: UInt8.self)
      return FileInput(bytes: UnsafeBufferPointer(start: p, count: size), mapping: m, owned: nil)
    }
    // Not mappable (a pipe, a special file system): read it whole.
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    var done = 0
    while done < size {
      let n = read(fd, buffer + done, size - done)
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        let err = n < 0 ? errno : EIO
        buffer.deallocate()
        throw cannotRead(path, err)
      }
      done += n
    }
    return FileInput(
      bytes: UnsafeBufferPointer(start: buffer, count: size), mapping: nil, owned: buffer)
  }

  /// Tells the system the bytes in `range` are no longer needed (mapped files only; the
  /// whole pages inside the range).
  func release(_ range: Range<Int>) {
    guard let mapping else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = (range.lowerBound + page - 1) / page * page
    let end = range.upperBound / page * page
    if end > start { madvise(mapping + start, end - start, MADV_DONTNEED) }
  }

  static func cannotRead(_ path: String, _ err: Int32) -> LoadError {
    let reason = String(cString: strerror(err))
    return LoadError(
      file: path, loadMessages.cannotReadFile(reason), hint: loadMessages.mayReadFile())
  }
}
