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

/// Where a large array's bytes are in the file, and the checksum they must have.
struct SnapshotBigArray: Sendable {
  /// Its place in `SnapshotArrays.values`.
  var index: Int
  var element: SnapshotElement
  var count: Int
  /// Offset of its first byte in the file.
  var offset: Int
  /// Set for a text dictionary's offsets, which must never decrease.
  var ascending: Bool
  /// The checksum of its bytes, from the snapshot's table of checksums.
  var hash: UInt64 = 0

  var byteCount: Int { count * element.stride }
}

/// Every array of a snapshot in file order. Small ones are read with the structure; large
/// ones (`Snapshot.bigArrayBytes` and up) are read into memory only when a query first needs
/// their column (`load`), and checked against their own checksum then.
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

  /// Array `i`: as read with the structure when small, else read from `file` now and checked
  /// against its checksum (and, for offsets, their order); nil when the file no longer holds
  /// what was written (damaged, cut short or changed since).
  func load(_ i: Int, from file: SnapshotFile) -> SnapshotArray? {
    guard let b = bigIndex[i] else { return values[i]! }
    let job = big[b]
    switch job.element {
    case .int64: return Self.fill(Int64.self, job, file).map { .int64($0) }
    case .float64: return Self.fill(Double.self, job, file).map { .float64($0) }
    case .uint8: return Self.fill(UInt8.self, job, file).map { .uint8($0) }
    case .int32: return Self.fill(Int32.self, job, file).map { .int32($0) }
    case .uint32: return Self.fill(UInt32.self, job, file).map { .uint32($0) }
    }
  }

  /// The array's bytes read straight into its storage a megabyte at a time, each megabyte
  /// hashed while in cache; nil when they do not match the checksum or the file ends early.
  private static func fill<T>(_: T.Type, _ job: SnapshotBigArray, _ file: SnapshotFile) -> [T]? {
    var intact = true
    let array = [T](unsafeUninitializedCapacity: job.count) { buffer, initialized in
      let raw = UnsafeMutableRawBufferPointer(buffer)
      var checksum = SnapshotChecksum()
      var done = 0
      var previous: UInt32 = 0
      while done < job.byteCount {
        let piece = UnsafeMutableRawBufferPointer(
          rebasing: raw[done..<min(done + (1 << 20), job.byteCount)])
        do throws(LoadError) {
          try file.read(into: piece, at: job.offset + done)
        } catch {
          piece.initializeMemory(as: UInt8.self, repeating: 0)
          intact = false
        }
        checksum.update(UnsafeRawBufferPointer(piece))
        if job.ascending {
          for k in 0..<piece.count / 4 {
            let v = UInt32(littleEndian: piece.load(fromByteOffset: k * 4, as: UInt32.self))
            intact = intact && previous <= v
            previous = v
          }
        }
        done += piece.count
      }
      intact = intact && checksum.value == job.hash
      initialized = job.count
    }
    return intact ? array : nil
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
