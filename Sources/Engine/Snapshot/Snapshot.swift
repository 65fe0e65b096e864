import Foundation
import Lang

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
/// (`UInt64`) — then the payload: the data files it was made from (absolute path, size and
/// modification time, to tell when it is stale), the store's name, load report and tables, every typed
/// column array as raw little-endian bytes, every text column's dictionary as its bytes and
/// offsets, every reference as its row array, and the schema facts (labels, code labels,
/// sensitive columns, time and display columns). Every field starts on an 8-byte boundary.
///
/// After the schema facts comes the table of the large arrays' checksums (a count, then one
/// `UInt64` each, in file order). The header's checksum folds one over every byte outside the
/// large arrays with that table (see `SnapshotChecksum.fold`), so opening a file reads and
/// checks only its structure — a few kilobytes — and each large array, nearly all of the
/// file, is read into memory and checked against its own checksum when a query first needs
/// its column (`SnapshotDamage` turns a mismatch into an error instead of an answer).
///
/// Version 5 added the table (version 4 checked every array when the file opened); files of
/// other versions are refused with a message saying to re-create them.
public enum Snapshot {
  /// The first eight bytes of every snapshot file.
  public static let magic: [UInt8] = Array("DANGKESN".utf8)
  /// The format this build writes and reads; any other version is refused.
  public static let formatVersion: UInt32 = 5
  /// Bytes before the payload.
  static let headerSize = 32
  /// Arrays of this many bytes and more have a checksum of their own and are read and
  /// checked on first use.
  static let bigArrayBytes = 1 << 16

  /// Writes `store` to `path` (replacing it), through a temporary file renamed into place.
  public static func write(_ store: Store, to path: String) throws(LoadError) {
    let damage = SnapshotDamage.count
    var payload = SnapshotWriter()
    payload.write(store)
    // A column of a damaged snapshot holds placeholders: never write them as data.
    if let (file, column) = SnapshotDamage.found(since: damage) {
      throw corrupt(file, snapshotDamageMessages.columnDamaged(file, column))
    }
    payload.writeChecksumTable()
    var header = SnapshotWriter()
    header.bytes.append(contentsOf: magic)
    header.u32(formatVersion)
    header.u32(0)
    header.u64(UInt64(payload.bytes.count))
    header.u64(payload.checksum())
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

  /// Opens the snapshot at `path`: reads and checks its structure, but reads a large column
  /// into memory (and checks it against its own checksum) only when a query first needs it
  /// (the file stays open for that). A wrong version, a bad checksum, a truncated or
  /// malformed file, or data files changed since the snapshot was made is a `LoadError` that
  /// says to re-create the snapshot.
  public static func read(_ path: String) throws(LoadError) -> Store {
    guard let file = SnapshotFile(path) else { throw readError(path, errno) }
    return try read(file)
  }

  /// Opens a snapshot held in `bytes`, which must stay valid and unchanged for the life of
  /// the program (the built-in sample embedded in it); `name` stands for its path in messages.
  public static func read(bytes: UnsafeRawBufferPointer, name: String) throws(LoadError) -> Store {
    try read(SnapshotFile(memory: bytes, name: name))
  }

  private static func read(_ file: SnapshotFile) throws(LoadError) -> Store {
    let path = file.path
    guard let size = file.regularFileSize() else { throw readError(path, errno) }
    var header = [UInt8](repeating: 0, count: headerSize)
    let got = header.withUnsafeMutableBytes { file.readHead(into: $0) }
    let payload = try checkHeader(
      Array(header.prefix(got)), fileSize: size, file: path)
    let input = SnapshotInput(file, start: headerSize, payload: payload.length)
    var reader = SnapshotReader(input)
    let plan = try reader.store()
    let big = try reader.checksumTable()
    guard input.remaining == 0 else { throw reader.malformed(snapshotMessages.goesOn()) }
    guard SnapshotChecksum.fold(small: input.checksum.value, big: big) == payload.checksum else {
      throw badChecksum(path)
    }
    try checkFresh(plan.sources, file: path)
    return try plan.assemble(reader.arrays, file: file)
  }

  /// Refuses a snapshot whose data files have changed since it was made. A file that is no
  /// longer there (a snapshot moved to another machine) does not count.
  static func checkFresh(_ sources: [SourceFile], file: String) throws(LoadError) {
    for source in sources {
      guard let now = SourceFile.current(source.path), now != source else { continue }
      throw corrupt(file, snapshotMessages.stale(source.path))
    }
  }

  /// Whether `path` is a regular file that starts with the snapshot magic bytes.
  public static func isSnapshot(_ path: String) -> Bool {
    guard let file = SnapshotFile(path), file.regularFileSize() != nil else { return false }
    var head = [UInt8](repeating: 0, count: magic.count)
    let n = head.withUnsafeMutableBytes { file.readHead(into: $0) }
    return n == magic.count && head == magic
  }

  /// Checks the header (the bytes read of it) against the file size; returns the payload's
  /// length and checksum.
  static func checkHeader(
    _ bytes: [UInt8], fileSize: Int, file: String
  ) throws(LoadError) -> (length: Int, checksum: UInt64) {
    guard bytes.count >= magic.count, magic.elementsEqual(bytes.prefix(magic.count)) else {
      throw corrupt(file, snapshotMessages.notASnapshot())
    }
    guard bytes.count >= headerSize else {
      throw corrupt(file, snapshotMessages.headerCut(fileSize))
    }
    let version = UInt32(truncatingIfNeeded: littleEndian(bytes, at: 8, count: 4))
    guard version == formatVersion else {
      throw corrupt(file, snapshotMessages.wrongVersion(version, formatVersion))
    }
    let length = littleEndian(bytes, at: 16, count: 8)
    let checksum = littleEndian(bytes, at: 24, count: 8)
    let present = fileSize - headerSize
    guard UInt64(present) == length else {
      let spec =
        UInt64(present) < length ? snapshotMessages.payloadShort : snapshotMessages.payloadLong
      throw corrupt(file, spec(present, length))
    }
    return (present, checksum)
  }

  /// A file whose structure does not hold together (damaged where the checksum could not
  /// be checked yet, or written wrongly).
  static func malformed(_ file: String, _ what: Message) -> LoadError {
    corrupt(file, snapshotMessages.malformed(what))
  }

  static func badChecksum(_ file: String) -> LoadError {
    corrupt(file, snapshotMessages.badChecksum())
  }

  private static func readError(_ path: String, _ code: Int32) -> LoadError {
    LoadError(
      file: path, snapshotMessages.cannotRead(String(cString: strerror(code))),
      hint: snapshotMessages.checkSnapshotPath())
  }

  static func corrupt(_ file: String, _ message: Message) -> LoadError {
    LoadError(file: file, message, hint: snapshotMessages.recreate(file))
  }

  private static func writeError(_ path: String, _ code: Int32) -> LoadError {
    LoadError(
      file: path, snapshotMessages.cannotWrite(String(cString: strerror(code))),
      hint: snapshotMessages.folderWritable())
  }
}

/// The unsigned little-endian number in `bytes[at..<at + count]`.
private func littleEndian(_ bytes: [UInt8], at: Int, count: Int) -> UInt64 {
  var v: UInt64 = 0
  for i in (at..<at + count).reversed() { v = v << 8 | UInt64(bytes[i]) }
  return v
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
