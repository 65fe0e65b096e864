import Foundation
import XCTest

@testable import Engine

/// The checksum gives one value however its input is cut into pieces, and changes with any
/// changed, added or removed byte.
final class SnapshotChecksumTests: XCTestCase {
  private let bytes: [UInt8] = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }

  private func hash(_ b: [UInt8]) -> UInt64 { b.withUnsafeBytes { SnapshotChecksum.hash($0) } }

  func testPiecesGiveTheSameValue() {
    let whole = hash(bytes)
    for cut in [1, 7, 8, 31, 32, 33, 64, 100, 999] {
      var c = SnapshotChecksum()
      var i = 0
      while i < bytes.count {
        let j = min(bytes.count, i + cut)
        bytes[i..<j].withUnsafeBytes { c.update($0) }
        i = j
      }
      XCTAssertEqual(c.value, whole, "pieces of \(cut)")
    }
  }

  func testEveryChangeChangesTheValue() {
    let whole = hash(bytes)
    XCTAssertNotEqual(hash(Array(bytes.dropLast())), whole)
    XCTAssertNotEqual(hash(bytes + [0]), whole)
    XCTAssertNotEqual(hash([]), hash([0]))
    for i in bytes.indices {
      var b = bytes
      b[i] ^= 1
      XCTAssertNotEqual(hash(b), whole, "byte \(i)")
    }
  }

  /// A file whose checksum matches but whose payload is not a store is refused as malformed.
  func testValidChecksumOverGarbageIsMalformed() throws {
    let payload: [UInt8] =
      [5, 0, 0, 0, 0, 0, 0, 0] + Array("abc".utf8) + [0, 0, 0, 0, 0]
      + [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]
    var header = SnapshotWriter()
    header.bytes = Snapshot.magic
    header.u32(Snapshot.formatVersion)
    header.u32(0)
    header.u64(UInt64(payload.count))
    header.u64(hash(payload))
    let path = NSTemporaryDirectory() + "dangke-garbage-\(UUID().uuidString).dks"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data(header.bytes + payload).write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try Snapshot.read(path)) { error in
      XCTAssertTrue("\(error)".contains("the snapshot is corrupt or malformed"), "\(error)")
    }
  }
}
