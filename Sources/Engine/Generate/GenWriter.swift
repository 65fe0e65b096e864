import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A byte buffer that CSV rows are written into, flushed to a file in large chunks when it
/// has a sink, or kept whole in memory when it has none.
struct GenWriter {
  private(set) var bytes: [UInt8] = []
  private let sink: GenFileSink?
  private static let chunk = 1 << 22
  /// Rows still to write before the table loops stop (`Generator.head`); `Int.max` for all.
  private var rowsLeft: Int

  init(sink: GenFileSink?, rowLimit: Int = .max) {
    self.sink = sink
    rowsLeft = rowLimit
    bytes.reserveCapacity(sink == nil ? 1 << 16 : GenWriter.chunk + (1 << 16))
  }

  /// True once the row limit is reached: the table loops return.
  var isFull: Bool { rowsLeft <= 0 }

  /// Counts the row and hands a full buffer to the sink; called after every row.
  @inline(__always)
  mutating func rowDone() {
    rowsLeft &-= 1
    if let sink, bytes.count >= GenWriter.chunk {
      sink.write(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
  }

  /// Writes what is left and closes the file.
  mutating func finish() throws {
    if let sink {
      sink.write(bytes)
      bytes.removeAll()
      try sink.close()
    }
  }

  @inline(__always)
  mutating func byte(_ value: UInt8) {
    bytes.append(value)
  }

  @inline(__always)
  mutating func comma() {
    bytes.append(0x2C)
  }

  @inline(__always)
  mutating func newline() {
    bytes.append(0x0A)
  }

  mutating func raw(_ value: [UInt8]) {
    bytes.append(contentsOf: value)
  }

  mutating func raw(_ value: ArraySlice<UInt8>) {
    bytes.append(contentsOf: value)
  }

  /// A text field, quoted per RFC 4180 only when it needs to be.
  mutating func text(_ value: String) {
    let utf8 = value.utf8
    if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
      bytes.append(0x22)
      for unit in utf8 {
        if unit == 0x22 { bytes.append(0x22) }
        bytes.append(unit)
      }
      bytes.append(0x22)
    } else {
      bytes.append(contentsOf: utf8)
    }
  }

  /// A non-negative or negative integer in decimal.
  @inline(__always)
  mutating func int(_ value: Int) {
    if value < 0 {
      bytes.append(0x2D)
      int(-value)
      return
    }
    if value < 10 {
      bytes.append(0x30 &+ UInt8(value))
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    )
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0 && count < 10 {
        buffer[count] = 0x30 &+ UInt8(rest % 10)
        rest /= 10
        count += 1
      }
    }
    if rest > 0 { int(rest) }
    withUnsafeBytes(of: &digits) { buffer in
      var i = count - 1
      while i >= 0 {
        bytes.append(buffer[i])
        i -= 1
      }
    }
  }

  /// An integer padded with zeros to `width` digits.
  mutating func padded(_ value: Int, width: Int) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      bytes.append(0x30 &+ UInt8(rest / divisor % 10))
      rest %= divisor
      divisor /= 10
    }
  }

  /// A day number as `YYYY-MM-DD`.
  mutating func date(_ day: Int) {
    let civil = GenCalendar.civil(day)
    padded(civil.year, width: 4)
    bytes.append(0x2D)
    padded(civil.month, width: 2)
    bytes.append(0x2D)
    padded(civil.day, width: 2)
  }

  /// A count of half hours as a decimal: 3 → `1.5`, 4 → `2`, 1 → `0.5`.
  @inline(__always)
  mutating func halfHours(_ value: Int) {
    int(value / 2)
    if value % 2 == 1 {
      bytes.append(0x2E)
      bytes.append(0x35)
    }
  }

  @inline(__always)
  mutating func bool(_ value: Bool) {
    bytes.append(contentsOf: value ? GenWriter.trueBytes : GenWriter.falseBytes)
  }

  private static let trueBytes: [UInt8] = Array("true".utf8)
  private static let falseBytes: [UInt8] = Array("false".utf8)
}

/// An output file written with `fwrite`; remembers the first failure.
final class GenFileSink {
  private var file: UnsafeMutablePointer<FILE>?
  private let path: String
  private var failed = false

  init(path: String) throws {
    self.path = path
    file = fopen(path, "wb")
    if file == nil { throw GeneratorError.cannotWrite(path: path, reason: GenFileSink.reason()) }
  }

  func write(_ bytes: [UInt8]) {
    guard let file, !bytes.isEmpty else { return }
    let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
    if written != bytes.count { failed = true }
  }

  func close() throws {
    guard let file else { return }
    self.file = nil
    let closed = fclose(file)
    if failed || closed != 0 {
      throw GeneratorError.cannotWrite(path: path, reason: GenFileSink.reason())
    }
  }

  deinit {
    if let file { fclose(file) }
  }

  private static func reason() -> String {
    String(cString: strerror(errno))
  }
}

/// Why `Generator.write(to:)` failed.
public enum GeneratorError: Error, CustomStringConvertible, Equatable {
  case cannotWrite(path: String, reason: String)
  case cannotCreateFolder(path: String, reason: String)

  /// The message (code and both texts); the hint is part of it.
  public var message: Message {
    switch self {
    case .cannotWrite(let path, let reason): generateMessages.cannotWrite(path, reason)
    case .cannotCreateFolder(let path, let reason):
      generateMessages.cannotCreateFolder(path, reason)
    }
  }

  /// `error[E0601]: cannot write …` in the process's language.
  public var description: String {
    let language = Language.current
    let code = message.code.map { "[\($0)]" } ?? ""
    return Diagnostic.Severity.error.word(language) + code + (language == .zh ? "：" : ": ")
      + message.text(language)
  }
}

/// The generator's messages (codes E0601–E0602).
struct GenerateMessages: MessageCatalog {
  let cannotWrite = MessageSpec(
    "E0601", en: "cannot write {0}: {1}. Check that the folder exists and is writable.",
    zh: "写不了 {0}：{1}。请确认文件夹存在并且可以写入。",
    explain: (
      en: "`dangke generate` could not write a data file; the reason comes from the system.",
      zh: "`dangke generate` 写不了数据文件；原因由操作系统给出。"
    ), example: "dangke generate --out /proc/x")
  let cannotCreateFolder = MessageSpec(
    "E0602", en: "cannot create the folder {0}: {1}. Choose another --out folder.",
    zh: "无法创建文件夹 {0}：{1}。请换一个 --out 文件夹。",
    explain: (
      en: "`dangke generate` could not create its output folder.",
      zh: "`dangke generate` 无法创建输出文件夹。"
    ), example: "dangke generate --out /no-permission/data")
}

/// The generator's catalog.
let generateMessages = GenerateMessages()
