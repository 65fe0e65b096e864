import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The part of a sheet from `mergeCells` on (the merged ranges follow the data), picked out
/// of the chunks as they are inflated for the rows, so the sheet is inflated once: only the
/// few bytes either side of a chunk's edge are copied until the marker is found.
struct XlsxMergeTail {
  private static let marker = Array("mergeCells".utf8)
  private var carry: [UInt8] = []
  private(set) var bytes: [UInt8]?

  mutating func take(_ chunk: UnsafeBufferPointer<UInt8>) {
    if bytes != nil {
      bytes!.append(contentsOf: chunk)
      return
    }
    let marker = Self.marker
    // Across the edge: the end of the last chunk with the start of this one.
    let edge = carry + chunk.prefix(marker.count - 1)
    if let at = Self.find(edge) {
      bytes = Array(edge[at...]) + chunk.dropFirst(marker.count - 1)
      return
    }
    if let base = chunk.baseAddress, chunk.count >= marker.count {
      var at = 0
      let last = chunk.count - marker.count
      while at <= last, let hit = memchr(base + at, Int32(marker[0]), last + 1 - at) {
        let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + i, marker, marker.count) == 0 {
          bytes = Array(chunk[i...])
          return
        }
        at = i + 1
      }
    }
    carry = Array(chunk.suffix(marker.count - 1))
  }

  /// The merged ranges found (none when the sheet has no `mergeCells`).
  var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] {
    guard let bytes else { return [] }
    return bytes.withUnsafeBufferPointer { XlsxSheetReader.merges($0) }
  }

  private static func find(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= marker.count else { return nil }
    return (0...bytes.count - marker.count).first {
      bytes[$0..<$0 + marker.count].elementsEqual(marker)
    }
  }
}
