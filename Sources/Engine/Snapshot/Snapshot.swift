import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A loaded store saved as one compact binary columnar file, which opens far faster than
/// parsing the CSV files again.
///
/// Layout: a 32-byte header — the magic bytes `DANGKESN`, the format version (`UInt32`),
/// a reserved `UInt32`, the payload length (`UInt64`) and a checksum of the payload
/// (`UInt64`, see `SnapshotChecksum`) — then the payload: the store's name, load report
/// and tables, every typed column array as raw little-endian bytes, every text column's
/// dictionary as its bytes and offsets, every reference as its row array, and the schema
/// facts (labels, code labels, sensitive columns, time and display columns). Every field
/// starts on an 8-byte boundary.
public enum Snapshot {
  /// The first eight bytes of every snapshot file.
  public static let magic: [UInt8] = Array("DANGKESN".utf8)
  /// The format this build writes and reads; any other version is refused.
  public static let formatVersion: UInt32 = 1
  /// Bytes before the payload.
  static let headerSize = 32

  /// Writes `store` to `path` (replacing it), through a temporary file renamed into place.
  public static func write(_ store: Store, to path: String) throws(LoadError) {
    var payload = SnapshotWriter()
    payload.write(store)
    var header = SnapshotWriter()
    header.bytes.append(contentsOf: magic)
    header.u32(formatVersion)
    header.u32(0)
    header.u64(UInt64(payload.bytes.count))
    header.u64(payload.bytes.withUnsafeBytes { SnapshotChecksum.hash($0) })
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw writeError(path, errno) }
    var failure: Int32 = 0
    for part in [header.bytes, payload.bytes] where failure == 0 {
      failure = part.withUnsafeBytes { writeAll(fd, $0) }
    }
    if close(fd) != 0, failure == 0 { failure = errno }
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw writeError(path, failure)
    }
  }

  /// Opens the snapshot at `path`; a wrong version, a bad checksum or a truncated or
  /// malformed file is a `LoadError` that says to re-create the snapshot.
  public static func read(_ path: String) throws(LoadError) -> Store {
    let input = try FileInput.load(path)
    let bytes = UnsafeRawBufferPointer(input.bytes)
    return try withExtendedLifetime(input) { () throws(LoadError) -> Store in
      let payload = try verifiedPayload(bytes, file: path)
      var reader = SnapshotReader(payload, file: path)
      return try reader.store()
    }
  }

  /// Whether `path` is a regular file that starts with the snapshot magic bytes.
  public static func isSnapshot(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
    var head = [UInt8](repeating: 0, count: magic.count)
    let n = head.withUnsafeMutableBytes { readSome(fd, $0) }
    return n == magic.count && head == magic
  }

  /// Checks the header and the checksum and returns the payload bytes.
  static func verifiedPayload(
    _ bytes: UnsafeRawBufferPointer, file: String
  ) throws(LoadError) -> UnsafeRawBufferPointer {
    guard bytes.count >= magic.count, magic.elementsEqual(bytes.prefix(magic.count)) else {
      throw corrupt(file, "not a dangke snapshot (the file does not start with DANGKESN)")
    }
    guard bytes.count >= headerSize else {
      throw corrupt(file, "the snapshot is truncated: its \(bytes.count)-byte header is incomplete")
    }
    let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
    guard version == formatVersion else {
      throw LoadError(
        file: file,
        message: "snapshot format version \(version) is not the version this dangke reads "
          + "(\(formatVersion))",
        hint: "re-create it from the data folder with: dangke snapshot DIR --out \(file)")
    }
    let length = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian
    let expected = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian
    let present = bytes.count - headerSize
    guard UInt64(present) == length else {
      let what = UInt64(present) < length ? "truncated" : "longer than its header says"
      throw corrupt(
        file, "the snapshot is \(what): \(present) payload bytes, the header says \(length)")
    }
    let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
    guard SnapshotChecksum.hash(payload) == expected else {
      throw corrupt(file, "the snapshot is corrupt: its checksum does not match its contents")
    }
    return payload
  }

  static func corrupt(_ file: String, _ message: String) -> LoadError {
    LoadError(
      file: file, message: message,
      hint: "re-create it from the data folder with: dangke snapshot DIR --out \(file)")
  }

  private static func writeError(_ path: String, _ code: Int32) -> LoadError {
    LoadError(
      file: path, message: "cannot write the snapshot: \(String(cString: strerror(code)))",
      hint: "check that the folder exists and is writable, and that the disk has room")
  }
}

/// Reads up to `buffer.count` bytes from `fd`; returns the count read or -1.
private func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
  read(fd, buffer.baseAddress, buffer.count)
}

/// Writes all of `bytes` to `fd`; returns 0 or the `errno` of the failure.
private func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
  guard let base = bytes.baseAddress else { return 0 }
  var done = 0
  while done < bytes.count {
    let n = write(fd, base + done, bytes.count - done)
    if n < 0 && errno == EINTR { continue }
    guard n > 0 else { return n < 0 ? errno : EIO }
    done += n
  }
  return 0
}
