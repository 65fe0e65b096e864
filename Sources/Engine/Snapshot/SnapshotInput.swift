import Lang

/// The structure of a snapshot read front to back with `pread(2)` through a buffer: every
/// field but the large arrays, which are only skipped here and read later by
/// `SnapshotArrays.check`. The bytes handed out feed the checksum of the small fields.
final class SnapshotInput {
  let file: String
  /// Offset in the file of the next byte to hand out.
  private(set) var position: Int
  /// The checksum of every byte handed out so far.
  private(set) var checksum = SnapshotChecksum()
  private let source: SnapshotFile
  private let end: Int
  private let buffer: UnsafeMutableRawBufferPointer
  private var bufferStart = 0
  private var bufferCount = 0

  /// `payload` bytes starting at file offset `start`.
  init(_ source: SnapshotFile, start: Int, payload: Int) {
    self.source = source
    self.file = source.path
    position = start
    end = start + payload
    buffer = .allocate(byteCount: 1 << 16, alignment: 8)
  }

  deinit { buffer.deallocate() }

  /// Payload bytes after `position`.
  var remaining: Int { end - position }

  /// Fills `destination` with the next payload bytes.
  func read(into destination: UnsafeMutableRawBufferPointer) throws(LoadError) {
    let n = destination.count
    guard n <= remaining else { throw Snapshot.malformed(file, snapshotMessages.runsPastEnd()) }
    var done = 0
    while done < n {
      if position < bufferStart || position >= bufferStart + bufferCount { try refill() }
      let from = position - bufferStart
      let take = min(n - done, bufferCount - from)
      destination.baseAddress!.advanced(by: done).copyMemory(
        from: buffer.baseAddress! + from, byteCount: take)
      done += take
      position += take
    }
    checksum.update(UnsafeRawBufferPointer(destination))
  }

  /// Skips the `n` bytes of a large array; returns the file offset where they start.
  func skipArray(_ n: Int) throws(LoadError) -> Int {
    guard n <= remaining else { throw Snapshot.malformed(file, snapshotMessages.runsPastEnd()) }
    let start = position
    position += n
    return start
  }

  /// Skips `n` payload bytes (padding), which count in the checksum.
  func skip(_ n: Int) throws(LoadError) {
    var scratch: UInt64 = 0
    try withUnsafeMutableBytes(of: &scratch) { (p) throws(LoadError) in
      try read(into: UnsafeMutableRawBufferPointer(rebasing: p[0..<n]))
    }
  }

  private func refill() throws(LoadError) {
    let want = min(buffer.count, end - position)
    do throws(LoadError) {
      try source.read(
        into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]), at: position)
    } catch {
      throw Snapshot.corrupt(file, snapshotMessages.endsBeforePayload())
    }
    bufferStart = position
    bufferCount = want
  }
}
