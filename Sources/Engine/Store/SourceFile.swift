#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file a store was loaded from, as it was when loading began: a snapshot keeps these to
/// tell when its data files have changed since (it is stale then).
public struct SourceFile: Sendable, Equatable {
  /// The absolute path.
  public var path: String
  public var size: Int64
  /// Last modification, in nanoseconds since 1970.
  public var modified: Int64

  public init(path: String, size: Int64, modified: Int64) {
    self.path = path
    self.size = size
    self.modified = modified
  }

  /// The file at `path` now, or nil when there is no such file.
  public static func current(_ path: String) -> SourceFile? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    var absolute = path
    if let resolved = realpath(path, nil) {
      absolute = String(cString: resolved)
      free(resolved)
    }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return SourceFile(
      path: absolute, size: Int64(info.st_size),
      modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }
}
