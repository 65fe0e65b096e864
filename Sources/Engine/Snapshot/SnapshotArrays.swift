import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The element type of an array in a snapshot file.
enum SnapshotElement: Sendable {
  case int64
  case float64
  case uint8
  case int32
  case uint32

  var stride: Int {
    switch self {
    case .int64, .float64: 8
    case .int32, .uint32: 4
    case .uint8: 1
    }
  }
}

/// A typed array read from a snapshot, before it is put in its column.
enum SnapshotArray: Sendable {
  case int64([Int64])
  case float64([Double])
  case uint8([UInt8])
  case int32([Int32])
  case uint32([UInt32])
}

/// Where a large array's bytes are in the file; a worker reads it after the structure.
struct SnapshotBigArray: Sendable {
  /// Its place in `SnapshotArrays.values`.
  var index: Int
  var element: SnapshotElement
  var count: Int
  /// Offset of its first byte in the file.
  var offset: Int

  var byteCount: Int { count * element.stride }
}

/// Every array of a snapshot in file order: small ones read with the structure, large ones
/// (`Snapshot.bigArrayBytes` and up) read afterwards on all cores, each with its own checksum.
struct SnapshotArrays {
  var values: [SnapshotArray?] = []
  var big: [SnapshotBigArray] = []

  /// Reads every large array with `pread(2)`, largest first, on all cores; returns their
  /// checksums in file order.
  mutating func readBig(fd: Int32, file: String) throws(LoadError) -> [UInt64] {
    let order = big.indices.sorted { big[$0].byteCount > big[$1].byteCount }
    let jobs = order.map { big[$0] }
    let results = LoadParallel.map(jobs) { job -> Result<(SnapshotArray, UInt64), LoadError> in
      do throws(LoadError) {
        return .success(try Self.read(job, fd: fd, file: file))
      } catch {
        return .failure(error)
      }
    }
    var hashes = [UInt64](repeating: 0, count: big.count)
    for (k, i) in order.enumerated() {
      switch results[k] {
      case .success(let (array, hash)):
        values[big[i].index] = array
        hashes[i] = hash
      case .failure(let error): throw error
      }
    }
    return hashes
  }

  private static func read(
    _ job: SnapshotBigArray, fd: Int32, file: String
  ) throws(LoadError) -> (SnapshotArray, UInt64) {
    switch job.element {
    case .int64:
      let (v, h) = try fill(Int64.self, job, fd: fd, file: file)
      return (.int64(v), h)
    case .float64:
      let (v, h) = try fill(Double.self, job, fd: fd, file: file)
      return (.float64(v), h)
    case .uint8:
      let (v, h) = try fill(UInt8.self, job, fd: fd, file: file)
      return (.uint8(v), h)
    case .int32:
      let (v, h) = try fill(Int32.self, job, fd: fd, file: file)
      return (.int32(v), h)
    case .uint32:
      let (v, h) = try fill(UInt32.self, job, fd: fd, file: file)
      return (.uint32(v), h)
    }
  }

  /// The array's bytes read straight into its storage, a megabyte at a time, each megabyte
  /// hashed while it is still in cache.
  private static func fill<T>(
    _: T.Type, _ job: SnapshotBigArray, fd: Int32, file: String
  ) throws(LoadError) -> ([T], UInt64) {
    var checksum = SnapshotChecksum()
    let total = job.byteCount
    let values = try [T](unsafeUninitializedCapacity: job.count) {
      (buffer, initialized) throws(LoadError) in
      let raw = UnsafeMutableRawBufferPointer(buffer)
      var done = 0
      while done < total {
        let want = min(1 << 20, total - done)
        let got = pread(fd, raw.baseAddress! + done, want, off_t(job.offset + done))
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else {
          throw Snapshot.corrupt(file, "the snapshot is truncated: it ends inside an array")
        }
        checksum.update(UnsafeRawBufferPointer(rebasing: raw[done..<done + got]))
        done += got
      }
      initialized = job.count
    }
    return (values, checksum.value)
  }
}

extension SnapshotArrays {
  func int64(_ i: Int) -> [Int64] {
    guard case .int64(let v) = values[i] else { return [] }
    #if _endian(big)
      return v.map { Int64(littleEndian: $0) }
    #else
      return v
    #endif
  }

  func float64(_ i: Int) -> [Double] {
    guard case .float64(let v) = values[i] else { return [] }
    #if _endian(big)
      return v.map { Double(bitPattern: UInt64(littleEndian: $0.bitPattern)) }
    #else
      return v
    #endif
  }

  func uint8(_ i: Int) -> [UInt8] {
    guard case .uint8(let v) = values[i] else { return [] }
    return v
  }

  func int32(_ i: Int) -> [Int32] {
    guard case .int32(let v) = values[i] else { return [] }
    #if _endian(big)
      return v.map { Int32(littleEndian: $0) }
    #else
      return v
    #endif
  }

  func uint32(_ i: Int) -> [UInt32] {
    guard case .uint32(let v) = values[i] else { return [] }
    #if _endian(big)
      return v.map { UInt32(littleEndian: $0) }
    #else
      return v
    #endif
  }
}
