import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A data file's bytes, read-only: read from disk into memory of their own (pages already
/// parsed are given back, so a large file does not stay in memory whole), or held in memory.
///
/// The file is read, not mapped: a mapped file that another program shortens while it is
/// parsed kills the process with SIGBUS at the first page past the new end, and no check
/// before parsing can rule that out. Reading costs one copy (a few hundredths of a second
/// for the city scale's largest file) and gives a clean error instead: the file's size and
/// modification time before and after the read must agree, else "the file changed while it
/// was read" (E1202).
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

  /// Opens and reads `path`; never writes to it, and never blocks on opening it: a named
  /// pipe or a device is refused (E1201) before a byte is read.
  static func load(_ path: String) throws(LoadError) -> FileInput {
    try FileKind.requireRegular(path)
    // O_NONBLOCK: should the file have become a FIFO since the check, opening does not wait
    // for a writer; the check below then refuses it.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw cannotRead(path, errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw cannotRead(path, errno) }
    if info.st_mode & S_IFMT == S_IFDIR { throw cannotRead(path, EISDIR) }
    if info.st_mode & S_IFMT != S_IFREG { throw FileKind.notRegular(path, mode: info.st_mode) }
    let size = Int(info.st_size)
    if size == 0 {
      return FileInput(bytes: UnsafeBufferPointer(start: nil, count: 0), mapping: nil, owned: nil)
    }
    // Memory of its own (anonymous pages), so that `release` can give parsed pages back.
    guard let m = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      m != MAP_FAILED
    else { throw cannotRead(path, errno) }
    let buffer = m.assumingMemoryBound(to: UInt8.self)
    var done = 0
    while done < size {
      let n = read(fd, buffer + done, size - done)
      if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      if n < 0 {
        let err = errno
        munmap(m, size)
        throw cannotRead(path, err)
      }
      if n == 0 {
        // Shorter than it was a moment ago.
        munmap(m, size)
        throw fileChanged(path)
      }
      done += n
    }
    var after = stat()
    if fstat(fd, &after) != 0 || after.st_size != info.st_size
      || after.st_mtim.tv_sec != info.st_mtim.tv_sec
      || after.st_mtim.tv_nsec != info.st_mtim.tv_nsec
    {
      munmap(m, size)
      throw fileChanged(path)
    }
    return FileInput(
      bytes: UnsafeBufferPointer(start: buffer, count: size), mapping: m, owned: nil)
  }

  static func fileChanged(_ path: String) -> LoadError {
    LoadError(
      file: path, loadSafetyMessages.fileChanged(), hint: loadSafetyMessages.loadAgain())
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
