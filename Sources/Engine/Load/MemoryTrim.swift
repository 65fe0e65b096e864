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

  static func now() {
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else {
        return
      }
      _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
  }
}
