import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hands memory freed between load phases back to the system (glibc's `malloc_trim`, looked
/// up at run time; elsewhere a no-op), so that the transient buffers of one phase do not
/// stay resident under the next and raise the peak.
enum MemoryTrim {
  private typealias Trim = @convention(c) (Int) -> Int32
  private typealias Option = @convention(c) (Int32, Int32) -> Int32

  /// glibc's `M_TRIM_THRESHOLD` and `M_MMAP_MAX` (malloc.h).
  private static let trimThreshold: Int32 = -1
  private static let mmapMax: Int32 = -4

  /// From now on, keeps memory that queries free for the next query instead of handing it
  /// back: a query over millions of rows allocates arrays of tens of megabytes, and fresh
  /// pages cost a fault and zeroing each (half the time of a 50 ms query). Large arrays then
  /// come from the heap, whose free space is reused, and the heap is not trimmed; resident
  /// memory stays at what the largest query needed. Called once the data are loaded (the
  /// loader gives memory back between its phases, which keeps its peak low).
  static func keepFreedMemory() {
    keptFrom.store(residentBytes() ?? 0, ordering: .relaxed)
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else {
        return
      }
      let option = unsafeBitCast(symbol, to: Option.self)
      _ = option(trimThreshold, Int32.max)
      _ = option(mmapMax, 0)
    #endif
  }

  /// The most memory the process may hold beyond what it held when `keepFreedMemory` was
  /// called before freed memory is handed back: queries keep what they free for the next
  /// query, but not without bound.
  static let keptLimit = 192 << 20
  private static let keptFrom = Atomic<Int>(0)

  /// Hands freed memory back when the process holds more than `keptLimit` beyond what it
  /// held once the data were loaded (called after each statement; a no-op until
  /// `keepFreedMemory`).
  static func bound() {
    let from = keptFrom.load(ordering: .relaxed)
    guard from > 0, let now = residentBytes(), now - from > keptLimit else { return }
    Self.now()
  }

  /// Hands freed memory back before `bytes` are allocated for good (a column's 64-bit values
  /// made when a query first reads it): the memory the heap keeps for queries, cut up by
  /// them, would not hold the values, which would come on top of it and raise that query's
  /// peak by as much. Below 16 MiB, nothing is done.
  static func beforeKeeping(_ bytes: Int) {
    if bytes >= 16 << 20 { now() }
  }

  #if os(Linux)
    /// `/proc/self/statm`, opened once: read again from its start after each statement,
    /// without an open and a close each time.
    private static let statm = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
  #endif

  /// The process's resident memory in bytes (Linux: /proc/self/statm), or nil.
  static func residentBytes() -> Int? {
    #if os(Linux)
      let fd = statm
      guard fd >= 0 else { return nil }
      var buffer = [UInt8](repeating: 0, count: 128)
      let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
      guard n > 0 else { return nil }
      // "size resident shared …", in pages.
      let fields = buffer[..<n].split(separator: 0x20)
      guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else {
        return nil
      }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
      return nil
    #endif
  }

  static func now() {
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else {
        return
      }
      _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
  }
}
