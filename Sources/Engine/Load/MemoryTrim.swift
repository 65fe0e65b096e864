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
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else {
        return
      }
      let option = unsafeBitCast(symbol, to: Option.self)
      _ = option(trimThreshold, Int32.max)
      _ = option(mmapMax, 0)
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
