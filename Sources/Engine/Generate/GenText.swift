/// A list of strings held as UTF-8 bytes in one flat array, written without making a String.
struct GenText: Sendable {
  private let storage: [UInt8]
  private let ends: [Int]

  init(_ items: [String]) {
    var storage: [UInt8] = []
    var ends: [Int] = []
    for item in items {
      precondition(
        !item.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }),
        "generated text must not need CSV quoting: \(item)")
      storage.append(contentsOf: item.utf8)
      ends.append(storage.count)
    }
    self.storage = storage
    self.ends = ends
  }

  /// Splits on spaces: `GenText(words: "王 李 张")`.
  init(words: String) {
    self.init(words.split(separator: " ").map(String.init))
  }

  var count: Int { ends.count }

  @inline(__always)
  func write(_ index: Int, to writer: inout GenWriter) {
    let start = index == 0 ? 0 : ends[index - 1]
    writer.raw(storage[start..<ends[index]])
  }

  func string(_ index: Int) -> String {
    let start = index == 0 ? 0 : ends[index - 1]
    return String(decoding: storage[start..<ends[index]], as: UTF8.self)
  }
}
