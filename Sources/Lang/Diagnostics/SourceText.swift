/// A source text with its line starts, to turn byte offsets into lines and columns.
public struct SourceText: Sendable {
  /// The whole text.
  public let text: String
  /// The file name shown in diagnostics (`report.dk:3:7`), if any.
  public let fileName: String?
  private let bytes: [UInt8]
  /// Byte offset where each line starts.
  private let lineStarts: [Int]

  public init(_ text: String, fileName: String? = nil) {
    self.text = text
    self.fileName = fileName
    bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// Number of lines (a final newline does not start a new line of its own).
  public var lineCount: Int { lineStarts.count }

  /// The 1-based line holding byte `offset` (clamped to the text).
  public func line(of offset: Int) -> Int {
    let offset = Swift.max(0, Swift.min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// Byte range of 1-based `line`, without its newline.
  public func byteRange(ofLine line: Int) -> Range<Int> {
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<Swift.max(start, end)
  }

  /// The text of 1-based `line`, without its newline.
  public func lineText(_ line: Int) -> String {
    text(in: byteRange(ofLine: line))
  }

  /// 1-based line and column (in characters) of byte `offset`.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    let line = line(of: offset)
    let range = byteRange(ofLine: line)
    let prefix = text(
      in: range.lowerBound..<Swift.min(Swift.max(offset, range.lowerBound), range.upperBound))
    return (line, prefix.count + 1)
  }

  /// The text of a byte range (clamped; a range cutting a character is widened by repair).
  public func text(in range: Range<Int>) -> String {
    let lower = Swift.max(0, Swift.min(range.lowerBound, bytes.count))
    let upper = Swift.max(lower, Swift.min(range.upperBound, bytes.count))
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}
