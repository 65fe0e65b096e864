import Foundation

/// A sheet's bytes in blocks that each end just after a row (`</row>`), inflated on a second
/// thread while the reader scans the block before: the two halves of a large sheet's read
/// (zlib's inflate and the scan) take about as long each, and a laptop has two cores. At
/// most `depth` blocks are in hand at once, so memory stays flat however long the sheet.
/// The bytes after a block's last row start the next block; a block grows when a row is
/// longer than it. A part of at most two blocks is inflated on the calling thread.
final class XlsxBlockPipe: @unchecked Sendable {
  /// The size of a block (tests make it tiny, to cut cells and tags at its edges).
  nonisolated(unsafe) static var blockSize = 1 << 20
  static let depth = 3

  final class Block {
    var bytes: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var count = 0

    init(capacity: Int) {
      self.capacity = capacity
      bytes = .allocate(capacity: capacity)
    }

    func grow(to size: Int) {
      guard size > capacity else { return }
      let more = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
      more.update(from: bytes, count: count)
      bytes.deallocate()
      bytes = more
      capacity = size
    }

    deinit { bytes.deallocate() }
  }

  private let inflater: XlsxInflater
  private let lock = NSCondition()
  private var full: [Block] = []
  private var free: [Block] = []
  private var made = 0
  private var bounded: Bool
  private var finished = false
  private var stopped = false
  private var exited = false
  private var failure: XlsxInflater.Failure?

  /// Hands every block of the part `inflater` reads to `body`, in order; `damaged` is
  /// thrown when the part cannot be inflated.
  static func run(
    _ inflater: XlsxInflater, size: Int, damaged: LoadError,
    _ body: (UnsafeBufferPointer<UInt8>) throws(LoadError) -> Void
  ) throws(LoadError) {
    let pipe = XlsxBlockPipe(inflater, bounded: size > 2 * blockSize)
    if pipe.bounded {
      let thread = Thread { pipe.produce() }
      thread.stackSize = 1 << 20
      thread.start()
    } else {
      pipe.produce()
    }
    defer { pipe.stop() }
    while true {
      let block: Block?
      do { block = try pipe.next() } catch { throw damaged }
      guard let block else { break }
      try body(UnsafeBufferPointer(start: block.bytes, count: block.count))
      pipe.recycle(block)
    }
  }

  private init(_ inflater: XlsxInflater, bounded: Bool) {
    self.inflater = inflater
    self.bounded = bounded
  }

  /// The producer: inflates block after block until the end, a failure or a stop.
  private func produce() {
    var carry: [UInt8] = []
    var end = false
    do {
      while !end, let block = take() {
        block.count = 0
        block.grow(to: carry.count + Self.blockSize)
        carry.withUnsafeBufferPointer { c in
          if let base = c.baseAddress { block.bytes.update(from: base, count: c.count) }
        }
        block.count = carry.count
        while true {
          let n = try inflater.read(
            into: block.bytes + block.count, capacity: block.capacity - block.count)
          block.count += n
          if block.count < block.capacity {
            end = true
            carry = []
            break
          }
          let cut = XlsxRowStream.endOfLastRow(
            UnsafeBufferPointer(start: block.bytes, count: block.count))
          if cut > 0 {
            carry = Array(UnsafeBufferPointer(start: block.bytes + cut, count: block.count - cut))
            block.count = cut
            break
          }
          block.grow(to: block.capacity * 2)
        }
        put(block)
      }
    } catch {
      lock.lock()
      failure = error
      lock.unlock()
    }
    lock.lock()
    finished = true
    exited = true
    lock.broadcast()
    lock.unlock()
  }

  /// An empty block for the producer: a new one while fewer than `depth` exist (or always,
  /// unbounded), else one the reader gave back; nil once stopped.
  private func take() -> Block? {
    lock.lock()
    defer { lock.unlock() }
    while true {
      if stopped { return nil }
      if let block = free.popLast() { return block }
      if !bounded || made < Self.depth {
        made += 1
        return Block(capacity: Self.blockSize)
      }
      lock.wait()
    }
  }

  private func put(_ block: Block) {
    lock.lock()
    full.append(block)
    lock.broadcast()
    lock.unlock()
  }

  /// The next block for the reader; nil after the last.
  private func next() throws(XlsxInflater.Failure) -> Block? {
    lock.lock()
    defer { lock.unlock() }
    while true {
      if !full.isEmpty { return full.removeFirst() }
      if finished {
        if let failure { throw failure }
        return nil
      }
      lock.wait()
    }
  }

  private func recycle(_ block: Block) {
    lock.lock()
    free.append(block)
    lock.broadcast()
    lock.unlock()
  }

  /// Stops the producer (when the reader stopped early) and waits until it has exited, so
  /// that no thread reads the archive after the read returns.
  private func stop() {
    lock.lock()
    stopped = true
    lock.broadcast()
    while !exited { lock.wait() }
    full.removeAll()
    free.removeAll()
    lock.unlock()
  }
}
