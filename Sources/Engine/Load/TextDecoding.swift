import Lang

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's bytes as UTF-8: the input itself when it is UTF-8, or a converted copy.
struct DecodedText {
  /// `utf-8` or `gb18030`.
  var encoding: String
  /// The converted bytes, or nil when the input is used as it is.
  var converted: [UInt8]?
  /// Bytes to skip at the start (a byte order mark).
  var skip: Int
  /// When the text reads more like another encoding than the one it was read in: that
  /// encoding, and whether the one read was declared (by schema.json) or guessed.
  var doubt: (likely: String, declared: Bool)? = nil
}

/// Finds out a file's encoding and converts GB18030 (which covers GBK and GB2312) to UTF-8.
enum TextDecoding {
  /// The canonical name of a declared encoding, or nil when it is not one we read.
  static func canonical(_ name: String) -> String? {
    switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
    case "utf-8", "utf8": "utf-8"
    case "gb18030", "gbk", "gb2312", "cp936": "gb18030"
    default: nil
    }
  }

  /// Decodes `bytes`: as the declared encoding, or UTF-16 when it starts with a UTF-16 byte
  /// order mark, or UTF-8 when it is valid UTF-8, else GB18030.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, declared: String?, file: String
  ) throws(LoadError) -> DecodedText {
    // Excel's "Unicode text" is UTF-16 with a byte order mark.
    if declared == nil, bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      switch toUTF8(bytes, from: "UTF-16") {
      case .success(let out):
        let skip = out.count >= 3 && out[0] == 0xEF && out[1] == 0xBB && out[2] == 0xBF ? 3 : 0
        return DecodedText(encoding: "utf-16", converted: out, skip: skip)
      case .failure(let at):
        throw invalidBytes(bytes, at: at.offset, file: file, what: loadMessages.notUTF16())
      }
    }
    let utf8Ok: Bool
    if declared == "gb18030" {
      utf8Ok = false
    } else {
      let bad = firstInvalidUTF8(bytes)
      utf8Ok = bad == nil
      if let bad { try refuseNotText(bytes, at: bad, file: file) }
      if let bad, endsInsideACharacter(bytes, at: bad) {
        throw invalidBytes(
          bytes, at: bad, file: file,
          what: loadMessages.cutShort())
      }
      if let bad, declared == "utf-8" || looksLikeUTF8(bytes) {
        let what =
          declared == "utf-8"
          ? loadMessages.notUTF8() : loadMessages.notUTF8ThoughRest()
        throw invalidBytes(bytes, at: bad, file: file, what: what)
      }
    }
    if utf8Ok {
      var text = DecodedText(encoding: "utf-8", converted: nil, skip: hasBOM(bytes) ? 3 : 0)
      if !hasBOM(bytes), let likely = EncodingGuess.better(than: "utf-8", bytes) {
        if declared == nil, case .success(let out) = toUTF8(bytes, from: "GB18030") {
          // Valid UTF-8 by chance: a GBK file read as what it more likely is.
          return DecodedText(
            encoding: "gb18030", converted: out, skip: 0, doubt: ("gb18030", false))
        }
        if declared != nil { text.doubt = (likely, true) }
      }
      return text
    }
    switch toUTF8(bytes, from: "GB18030") {
    case .success(let out):
      let skip = out.count >= 3 && out[0] == 0xEF && out[1] == 0xBB && out[2] == 0xBF ? 3 : 0
      var text = DecodedText(encoding: "gb18030", converted: out, skip: skip)
      if declared == "gb18030", firstInvalidUTF8(bytes) == nil,
        let likely = EncodingGuess.better(than: "gb18030", bytes)
      {
        text.doubt = (likely, true)
      }
      return text
    case .failure(let at):
      let what =
        declared == "gb18030" ? loadMessages.notGB18030() : loadMessages.neitherEncoding()
      throw invalidBytes(bytes, at: at.offset, file: file, what: what)
    }
  }

  /// Refuses what is no text at all — a NUL byte: a binary file, or UTF-16 without a byte
  /// order mark — and a byte order mark at the start of a later line (files joined together).
  private static func refuseNotText(
    _ b: UnsafeBufferPointer<UInt8>, at offset: Int, file: String
  ) throws(LoadError) {
    let (line, column) = position(b, offset)
    if b[offset] == 0 {
      // UTF-16 text of mostly ASCII characters: every other byte is 0, the others are not.
      let sample = min(b.count, 256)
      var zeros = [0, 0]
      for i in 0..<sample where b[i] == 0 { zeros[i % 2] += 1 }
      let half = sample / 2
      let (most, least) = (max(zeros[0], zeros[1]), min(zeros[0], zeros[1]))
      if most * 5 >= half * 3 && least * 10 <= half {
        throw LoadError(
          file: file, line: line, column: column,
          loadMessages.utf16WithoutBOM(), hint: loadMessages.saveAsUTF8())
      }
      throw LoadError(
        file: file, line: line, column: column,
        loadMessages.nulByte(), hint: loadMessages.checkTheFile())
    }
    if isMidFileBOM(b, offset) {
      throw LoadError(
        file: file, line: line, column: column,
        loadMessages.byteOrderMarkInside(line), hint: loadMessages.removeTheMark())
    }
  }

  /// Whether the bytes at `offset` are a UTF-8 byte order mark at the start of a line after
  /// the first.
  private static func isMidFileBOM(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
    offset > 0 && offset + 3 <= b.count && b[offset] == 0xEF && b[offset + 1] == 0xBB
      && b[offset + 2] == 0xBF && (b[offset - 1] == 0x0A || b[offset - 1] == 0x0D)
  }

  /// The 1-based line and byte column of `offset`.
  private static func position(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<offset where b[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return (line, offset - lineStart + 1)
  }

  private static func hasBOM(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
  }

  /// The error for undecodable bytes at `offset`, naming the line and byte position.
  private static func invalidBytes(
    _ b: UnsafeBufferPointer<UInt8>, at offset: Int, file: String, what: Message
  ) -> LoadError {
    let (line, column) = position(b, offset)
    let byte = String(b[offset], radix: 16, uppercase: true)
    return LoadError(
      file: file, line: line, column: column,
      loadMessages.invalidBytes((byte.count == 1 ? "0" : "") + byte, what),
      hint: loadMessages.saveOrDeclare())
  }

  /// Whether the bytes from `bad` to the end are the start of one UTF-8 character cut off by
  /// the end of the file: a UTF-8 export truncated, not another encoding.
  private static func endsInsideACharacter(_ b: UnsafeBufferPointer<UInt8>, at bad: Int) -> Bool {
    let lead = b[bad]
    let length =
      switch lead {
      case 0xC2...0xDF: 2
      case 0xE0...0xEF: 3
      case 0xF0...0xF4: 4
      default: 0
      }
    guard length > 0, bad + length > b.count, bad > 0 else { return false }
    return (bad + 1..<b.count).allSatisfy { b[$0] & 0xC0 == 0x80 }
      && firstInvalidUTF8(UnsafeBufferPointer(rebasing: b[..<bad])) == nil
  }

  /// The offset of the first byte that breaks UTF-8, or is a NUL byte, or starts a byte
  /// order mark on a later line; nil when there is none.
  static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let p = b.baseAddress else { return nil }
    let n = b.count
    var i = 0
    let raw = UnsafeRawPointer(p)
    /// High bits set where a byte is not ASCII, or (with a false alarm at most after a real
    /// one) where it is NUL.
    @inline(__always) func flags(_ at: Int) -> UInt64 {
      let w = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)
      return (w | ((w &- 0x0101_0101_0101_0101) & ~w)) & 0x8080_8080_8080_8080
    }
    while i < n {
      // Thirty-two, then eight ASCII bytes, none of them NUL, at a time.
      while i + 32 <= n, flags(i) | flags(i + 8) | flags(i + 16) | flags(i + 24) == 0 {
        i += 32
      }
      while i + 8 <= n, flags(i) == 0 { i += 8 }
      guard i < n else { break }
      let length = p[i] == 0 || isMidFileBOM(b, i) ? 0 : sequenceLength(p, n, i)
      if length == 0 { return i }
      i += length
    }
    return nil
  }

  /// The length of the valid UTF-8 sequence at `i`, or 0 when it is not valid.
  @inline(__always)
  private static func sequenceLength(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int {
    let c = p[i]
    if c < 0x80 { return 1 }
    @inline(__always) func cont(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
    switch c {
    case 0xC2...0xDF:
      return cont(i + 1) ? 2 : 0
    case 0xE0...0xEF:
      guard cont(i + 1), cont(i + 2) else { return 0 }
      let c1 = p[i + 1]
      if c == 0xE0 && c1 < 0xA0 { return 0 }  // overlong
      if c == 0xED && c1 >= 0xA0 { return 0 }  // surrogate
      return 3
    case 0xF0...0xF4:
      guard cont(i + 1), cont(i + 2), cont(i + 3) else { return 0 }
      let c1 = p[i + 1]
      if c == 0xF0 && c1 < 0x90 { return 0 }
      if c == 0xF4 && c1 >= 0x90 { return 0 }
      return 4
    default:
      return 0
    }
  }

  /// Whether invalid UTF-8 is more likely a damaged UTF-8 file than another encoding: its
  /// valid multi-byte sequences far outnumber the invalid bytes (GB18030 text makes few
  /// valid UTF-8 sequences, and many invalid ones).
  private static func looksLikeUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = b.baseAddress else { return false }
    var valid = 0
    var invalid = 0
    var i = 0
    while i < b.count {
      if p[i] < 0x80 {
        i += 1
        continue
      }
      let length = sequenceLength(p, b.count, i)
      if length == 0 {
        invalid += 1
        i += 1
      } else {
        valid += 1
        i += length
      }
    }
    return valid >= 4 * invalid
  }

  /// GB18030 (or UTF-16) → UTF-8 through iconv; on failure, the offset of the first bad byte.
  static func toUTF8(
    _ b: UnsafeBufferPointer<UInt8>, from encoding: String
  ) -> Result<[UInt8], ConversionFailure> {
    convert(b, from: encoding, to: "UTF-8")
  }

  /// `b` converted from one encoding to another through iconv; on failure, the offset of the
  /// first bad byte.
  static func convert(
    _ b: UnsafeBufferPointer<UInt8>, from encoding: String, to target: String
  ) -> Result<[UInt8], ConversionFailure> {
    let cd = iconv_open(target, encoding)
    guard cd != iconv_t(bitPattern: -1) else { return .failure(ConversionFailure(offset: 0)) }
    defer { iconv_close(cd) }
    guard let base = b.baseAddress, b.count > 0 else { return .success([]) }
    var out = [UInt8](repeating: 0, count: b.count / 2 * 3 + 16)
    var inPtr = UnsafeMutablePointer<CChar>(
      mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
    var inLeft = b.count
    var written = 0
    while inLeft > 0 {
      var outLeft = out.count - written
      let result = out.withUnsafeMutableBytes { raw -> Int in
        var outPtr: UnsafeMutablePointer<CChar>? = raw.baseAddress!.advanced(by: written)
          .assumingMemoryBound(to: CChar.self)
        var inP: UnsafeMutablePointer<CChar>? = inPtr
        let r = iconv(cd, &inP, &inLeft, &outPtr, &outLeft)
        inPtr = inP!
        return r
      }
      written = out.count - outLeft
      if result == -1 {
        let err = errno
        if err == E2BIG {
          out.append(contentsOf: repeatElement(0, count: out.count))
          continue
        }
        let offset = UnsafeRawPointer(inPtr) - UnsafeRawPointer(base)
        return .failure(ConversionFailure(offset: offset))
      }
    }
    out.removeSubrange(written...)
    return .success(out)
  }
}

/// Where a conversion stopped.
struct ConversionFailure: Error {
  var offset: Int
}
