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

/// Where a large array's bytes are in the file, and what checking them found.
struct SnapshotBigArray: Sendable {
  /// Its place in `SnapshotArrays.values`.
  var index: Int
  var element: SnapshotElement
  var count: Int
  /// Offset of its first byte in the file.
  var offset: Int
  /// Set for a text dictionary's offsets, which must never decrease.
  var ascending: Bool
  /// Filled in by `SnapshotArrays.check`: the checksum of its bytes, and for offsets
  /// whether they ascend and the last one.
  var hash: UInt64 = 0
  var ascends = true
  var last: UInt32 = 0

  var byteCount: Int { count * element.stride }
}

/// Every array of a snapshot in file order. Small ones are read with the structure; large
/// ones (`Snapshot.bigArrayBytes` and up) are checked when the file opens — streamed
/// through a small buffer on all cores, each with its own checksum — and read into memory
/// only when a query first needs their column (`load`).
struct SnapshotArrays: Sendable {
  /// The small arrays; nil where the array is large.
  var values: [SnapshotArray?] = []
  /// For each array, its place in `big`, or nil when it is small.
  var bigIndex: [Int?] = []
  var big: [SnapshotBigArray] = []

  /// The number of elements of array `i`.
  func count(_ i: Int) -> Int {
    if let b = bigIndex[i] { return big[b].count }
    switch values[i] {
    case .int64(let v): return v.count
    case .float64(let v): return v.count
    case .uint8(let v): return v.count
    case .int32(let v): return v.count
    case .uint32(let v): return v.count
    case nil: return 0
    }
  }

  /// Reads every large array through a small buffer, largest first, on all cores: notes
  /// each one's checksum (and for offsets, their order); returns the checksums in file order.
  mutating func check(_ file: SnapshotFile) throws(LoadError) -> [UInt64] {
    let order = big.indices.sorted { big[$0].byteCount > big[$1].byteCount }
    let jobs = order.map { big[$0] }
    let results = LoadParallel.map(jobs) { job -> Result<SnapshotBigArray, LoadError> in
      do throws(LoadError) {
        return .success(try Self.check(job, file))
      } catch {
        return .failure(error)
      }
    }
    for (k, i) in order.enumerated() {
      switch results[k] {
      case .success(let checked): big[i] = checked
      case .failure(let error): throw error
      }
    }
    return big.map(\.hash)
  }

  /// One large array streamed a megabyte at a time: its checksum, and for offsets their order.
  private static func check(
    _ job: SnapshotBigArray, _ file: SnapshotFile
  ) throws(LoadError) -> SnapshotBigArray {
    var job = job
    var checksum = SnapshotChecksum()
    let chunk = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 8)
    defer { buffer.deallocate() }
    var done = 0
    var previous: UInt32 = 0
    while done < job.byteCount {
      let piece = UnsafeMutableRawBufferPointer(
        rebasing: buffer[0..<min(chunk, job.byteCount - done)])
      try file.read(into: piece, at: job.offset + done)
      checksum.update(UnsafeRawBufferPointer(piece))
      if job.ascending {
        for k in 0..<piece.count / 4 {
          let v = UInt32(littleEndian: piece.load(fromByteOffset: k * 4, as: UInt32.self))
          job.ascends = job.ascends && previous <= v
          previous = v
        }
      }
      done += piece.count
    }
    job.hash = checksum.value
    job.last = previous
    return job
  }

  /// Array `i`: as read with the structure when small, else read from `file` now, its
  /// checksum compared with the one found when the file was opened.
  func load(_ i: Int, from file: SnapshotFile) -> SnapshotArray {
    guard let b = bigIndex[i] else { return values[i]! }
    let job = big[b]
    switch job.element {
    case .int64: return .int64(Self.fill(Int64.self, job, file))
    case .float64: return .float64(Self.fill(Double.self, job, file))
    case .uint8: return .uint8(Self.fill(UInt8.self, job, file))
    case .int32: return .int32(Self.fill(Int32.self, job, file))
    case .uint32: return .uint32(Self.fill(UInt32.self, job, file))
    }
  }

  /// The array's bytes read straight into its storage a megabyte at a time, each megabyte
  /// hashed while in cache; a file that no longer holds what was checked at open stops the
  /// program (`SnapshotFile.changed`).
  private static func fill<T>(_: T.Type, _ job: SnapshotBigArray, _ file: SnapshotFile) -> [T] {
    [T](unsafeUninitializedCapacity: job.count) { buffer, initialized in
      let raw = UnsafeMutableRawBufferPointer(buffer)
      var checksum = SnapshotChecksum()
      var done = 0
      while done < job.byteCount {
        let piece = UnsafeMutableRawBufferPointer(
          rebasing: raw[done..<min(done + (1 << 20), job.byteCount)])
        do throws(LoadError) {
          try file.read(into: piece, at: job.offset + done)
        } catch {
          file.changed()
        }
        checksum.update(UnsafeRawBufferPointer(piece))
        done += piece.count
      }
      if checksum.value != job.hash { file.changed() }
      initialized = job.count
    }
  }
}

extension SnapshotArray {
  var int64: [Int64] {
    guard case .int64(let v) = self else { return [] }
    #if _endian(big)
      return v.map { Int64(littleEndian: $0) }
    #else
      return v
    #endif
  }

  var float64: [Double] {
    guard case .float64(let v) = self else { return [] }
    #if _endian(big)
      return v.map { Double(bitPattern: UInt64(littleEndian: $0.bitPattern)) }
    #else
      return v
    #endif
  }

  var uint8: [UInt8] {
    guard case .uint8(let v) = self else { return [] }
    return v
  }

  var int32: [Int32] {
    guard case .int32(let v) = self else { return [] }
    #if _endian(big)
      return v.map { Int32(littleEndian: $0) }
    #else
      return v
    #endif
  }

  var uint32: [UInt32] {
    guard case .uint32(let v) = self else { return [] }
    #if _endian(big)
      return v.map { UInt32(littleEndian: $0) }
    #else
      return v
    #endif
  }
}
