#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Asks the kernel to back a large array with 2 MiB pages (`madvise(MADV_HUGEPAGE)`), where
/// transparent huge pages are enabled in `madvise` mode. Filling 500 MB of columns then takes
/// a few hundred page faults instead of over a hundred thousand; elsewhere a no-op.
enum HugePages {
  /// Arrays smaller than this are left alone (they would not span one huge page).
  static let minimumBytes = 4 << 20
  private static let size = 2 << 20

  /// Advises the whole 2 MiB pages inside `bytes` bytes from `base`.
  static func advise(_ base: UnsafeMutableRawPointer?, bytes: Int) {
    #if os(Linux)
      guard let base, bytes >= minimumBytes else { return }
      let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
      let end = (Int(bitPattern: base) + bytes) & ~(size - 1)
      guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(p, end - start, MADV_HUGEPAGE)
    #endif
  }

  /// Advises the storage of `array`, reserved for at least `capacity` elements.
  static func reserve<T>(_ array: inout [T], capacity: Int) {
    array.reserveCapacity(capacity)
    guard capacity * MemoryLayout<T>.stride >= minimumBytes else { return }
    let bytes = array.capacity * MemoryLayout<T>.stride
    array.withUnsafeMutableBufferPointer {
      advise(UnsafeMutableRawPointer($0.baseAddress), bytes: bytes)
    }
  }
}
