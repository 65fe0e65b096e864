import Engine
import XCTest

/// A tiny test-only CSV reader for the generator's output, which never needs quoting: one
/// record per LF-terminated line, fields split on commas.
struct GenTestTable {
  let header: [String]
  let rows: [[String]]

  init(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    header = lines.first.map { $0.split(separator: ",").map(String.init) } ?? []
    rows = lines.dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
  }

  func column(_ name: String) -> [String] {
    guard let index = header.firstIndex(of: name) else { return [] }
    return rows.map { $0[index] }
  }

  func ints(_ name: String) -> [Int?] {
    column(name).map { Int($0) }
  }
}

/// The sample, generated once for all generator tests.
enum GenSample {
  static let files: [DataFile] = Generator(scale: .sample).files()

  static func bytes(_ name: String) -> [UInt8] {
    files.first { $0.fileName == name }?.bytes ?? []
  }

  static func table(_ name: String) -> GenTestTable {
    GenTestTable(bytes("\(name).csv"))
  }
}
