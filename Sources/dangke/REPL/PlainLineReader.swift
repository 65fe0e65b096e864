import Glibc

/// Reads lines from standard input without editing or history: used whenever standard input
/// or standard output is not a terminal.
final class PlainLineReader: LineReader {
  private let fd: Int32
  private let write: (String) -> Void
  /// Bytes read but not yet returned as a line.
  private var buffer: [UInt8] = []
  private var ended = false

  /// `write` shows the prompt.
  init(fd: Int32 = STDIN_FILENO, write: @escaping (String) -> Void) {
    self.fd = fd
    self.write = write
  }

  func readLine(prompt: String) -> LineInput {
    write(prompt)
    while true {
      if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return .line(String(decoding: line, as: UTF8.self))
      }
      if ended {
        guard !buffer.isEmpty else { return .endOfFile }
        defer { buffer.removeAll() }
        return .line(String(decoding: buffer, as: UTF8.self))
      }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n > 0 {
        buffer.append(contentsOf: chunk[..<n])
      } else if n == 0 {
        ended = true
      } else if errno == EINTR {
        if Interrupts.shared.take() {
          buffer.removeAll()
          write("\n")
          return .interrupted
        }
      } else {
        ended = true
      }
    }
  }

  func addHistory(_ entry: String) {}
}
