import Foundation
import Lang
import ZIPFoundation

/// A workbook file opened as a zip archive, after its first bytes were checked: an old
/// binary workbook (.xls, .et) and a password-protected one (both OLE containers) are told
/// apart from a damaged file, each with its own message.
struct XlsxArchive {
  let path: String
  private let archive: Archive
  /// The workbook's bytes when it is held in memory.
  private var bytes: [UInt8]?

  /// The extensions a workbook is recognised by; `.xls` and `.et` only to say what to do.
  static let extensions = ["xlsx", "xlsm", "xls", "et"]

  /// Opens `path` (or `bytes`, for a workbook held in memory).
  static func open(_ path: String, bytes: [UInt8]? = nil) throws(LoadError) -> XlsxArchive {
    let head: [UInt8]
    if let bytes {
      head = Array(bytes.prefix(8))
    } else {
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw FileInput.cannotRead(path, ENOENT)
      }
      head = Array((try? handle.read(upToCount: 8)) ?? Data())
      try? handle.close()
    }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw oleError(path, bytes: bytes)
    }
    guard
      head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
    else {
      throw damaged(path, officeMessages.notZip())
    }
    let opened: Archive?
    if let bytes {
      opened = try? Archive(data: Data(bytes), accessMode: .read)
    } else {
      opened = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    }
    guard let opened else { throw damaged(path, officeMessages.cutShort()) }
    return XlsxArchive(path: path, archive: opened, bytes: bytes)
  }

  /// Whether the archive has `part` (a path inside it, without a leading `/`).
  func has(_ part: String) -> Bool { archive[part] != nil }

  /// The uncompressed size of `part`, 0 when missing.
  func size(of part: String) -> Int { archive[part].map { Int($0.uncompressedSize) } ?? 0 }

  /// The bytes of `part`; nil when the archive has no such part.
  func data(_ part: String) throws(LoadError) -> Data? {
    guard let entry = archive[part] else { return nil }
    var data = Data()
    data.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
    } catch {
      throw Self.damaged(path, officeMessages.badPart(part))
    }
    return data
  }

  /// Hands the bytes of `part` to `body` a block at a time as they are inflated (on a
  /// second thread for a large part), each block ending just after a row, so a large sheet
  /// is never held whole; `part` must be there. `check` verifies the part's checksum (a
  /// quick look that reads the part again later may leave it out).
  func blocks(
    _ part: String, check: Bool = true,
    _ body: (UnsafeBufferPointer<UInt8>) throws(LoadError) -> Void
  ) throws(LoadError) {
    guard let entry = archive[part] else {
      throw Self.damaged(path, officeMessages.missingPart(part))
    }
    let bad = Self.damaged(path, officeMessages.badPart(part))
    let source: XlsxInflater.Source
    let size: Int
    if let bytes {
      source = .memory(bytes)
      size = bytes.count
    } else {
      let fd = openForReading(path)
      var info = stat()
      guard fd >= 0 else { throw FileInput.cannotRead(path, errno) }
      guard fstat(fd, &info) == 0 else {
        close(fd)
        throw bad
      }
      source = .file(fd)
      size = Int(info.st_size)
    }
    let located = XlsxZipDirectory.entry(part, size: size) { offset, count in
      guard offset >= 0, count >= 0, offset + count <= size else { return nil }
      switch source {
      case .memory(let bytes): return Array(bytes[offset..<offset + count])
      case .file(let fd):
        var out = [UInt8](repeating: 0, count: count)
        let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        return n == count ? out : nil
      }
    }
    guard let located, located.uncompressedSize == Int(entry.uncompressedSize) else {
      if case .file(let fd) = source { close(fd) }
      throw bad
    }
    let inflater = XlsxInflater(source: source, entry: located, check: check)
    try XlsxBlockPipe.run(inflater, size: Int(entry.uncompressedSize), damaged: bad, body)
  }

  /// The bytes of `part`, which must be there.
  func required(_ part: String) throws(LoadError) -> Data {
    guard let data = try data(part) else {
      throw Self.damaged(path, officeMessages.missingPart(part))
    }
    return data
  }

  static func damaged(_ path: String, _ reason: Message) -> LoadError {
    LoadError(
      file: path,
      officeMessages.damaged(SourcePlan.lastComponent(path), reason),
      hint: officeMessages.saveAsXlsx())
  }

  /// An OLE compound file: a workbook encrypted with a password (its streams are named
  /// `EncryptionInfo` and `EncryptedPackage`), else an old binary workbook.
  private static func oleError(_ path: String, bytes: [UInt8]?) -> LoadError {
    let all = bytes ?? (FileManager.default.contents(atPath: path).map { Array($0) } ?? [])
    let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let name = SourcePlan.lastComponent(path)
    if contains(all, marker) {
      return LoadError(
        file: path, officeMessages.encrypted(name),
        hint: officeMessages.removePassword())
    }
    let ext = name.lowercased().hasSuffix(".et") ? ".et" : ".xls"
    return LoadError(
      file: path, officeMessages.oldFormat(name, ext),
      hint: officeMessages.saveAsXlsx())
  }

  private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, bytes.count >= needle.count else { return false }
    var i = 0
    let last = bytes.count - needle.count
    while i <= last {
      if bytes[i] == first && bytes[i..<i + needle.count].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }
}

/// `open(2)` for reading (inside `XlsxArchive`, its own `open` hides the system's).
private func openForReading(_ path: String) -> Int32 { open(path, O_RDONLY) }
