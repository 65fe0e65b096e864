import Foundation
import Glibc
import Lang

/// The messages an answer file speaks with: those of `--out`, of `.output` or of `.once`.
struct AnswerFileMessages {
  /// `'{0}' exists; use … --force to replace it`; nil where an existing file is replaced
  /// without `--force`, as sqlite3's `.output` and `.once` do (`--force` is then a no-op).
  var exists: MessageSpec?
  var isFolder: MessageSpec
  /// `cannot write '{0}': no folder '{1}'`, or nil to say `cannotWriteIn`.
  var noFolder: MessageSpec?
  var cannotWriteIn: MessageSpec
  var cannotWrite: MessageSpec

  static let out = AnswerFileMessages(
    exists: cliMessages.outExists, isFolder: cliMessages.outIsFolder,
    noFolder: cliMessages.outNoFolder, cannotWriteIn: cliMessages.cannotWriteIn,
    cannotWrite: cliMessages.cannotWrite)
  static let output = AnswerFileMessages(
    exists: nil, isFolder: replMessages.outputIsFolder, noFolder: nil,
    cannotWriteIn: replMessages.cannotWriteIn, cannotWrite: replMessages.cannotWrite)
  static let once = AnswerFileMessages(
    exists: nil, isFolder: replMessages.outputIsFolder, noFolder: nil,
    cannotWriteIn: replMessages.cannotWriteIn, cannotWrite: replMessages.cannotWrite)
}

/// Why an answer file was refused or could not be written: a catalog message.
struct AnswerFileError: Error {
  var message: Message
}

/// One file of answers, written safely; `--out`, `.output` and `.once` all write through it.
///
/// - A regular file (or a name not yet taken) is written under a temporary name beside it,
///   `.NAME.dangke-PID-XXXXXX`, created 0600, and put in place by `place()`: with `--force` by
///   `rename` (the new file takes the old one's mode and owner), without it by `link` (or
///   `renameat2(RENAME_NOREPLACE)`), so that of two runs writing one new name, one fails with
///   the "exists" message even when both checked before either wrote.
/// - A symbolic link is written through: the file it points to is replaced under the same
///   rules and the link stays; a link to nothing is refused (E1222).
/// - A FIFO or a character device (`/dev/null`, `/dev/stdout`) is written straight through,
///   never replaced (no `--force` needed, as nothing is replaced); a FIFO nobody reads is
///   refused at once (E1223); a block device or socket is refused (E1221).
/// - A write error is kept and reported when the file is placed or finished; the old file
///   stays whole. Temporaries of processes that no longer run (`kill -9`) are removed from
///   the folder the next time a file is written there.
final class AnswerFile {
  /// The name as given, for messages.
  let target: String
  /// The temporary file, or nil when answers go straight through to a FIFO or a device.
  let temporary: String?
  /// The name the temporary file takes: `target`, or the file a link points to.
  private let destination: String
  private let force: Bool
  private let messages: AnswerFileMessages
  /// The mode and owner the placed file gets (the old file's when it is replaced).
  private let mode: mode_t
  private let owner: (uid: uid_t, gid: gid_t)?
  private var fd: Int32
  /// The first write error (`errno`).
  private(set) var failure: Int32 = 0
  /// Whether the file is under its name (a device or FIFO always is).
  private(set) var placed: Bool
  /// Bytes written so far.
  private(set) var written = 0

  private init(
    target: String, temporary: String?, destination: String, force: Bool,
    messages: AnswerFileMessages, mode: mode_t, owner: (uid_t, gid_t)?, fd: Int32
  ) {
    self.target = target
    self.temporary = temporary
    self.destination = destination
    self.force = force
    self.messages = messages
    self.mode = mode
    self.owner = owner
    self.fd = fd
    placed = temporary == nil
  }

  /// What a path names, for writing answers.
  private enum Kind {
    /// A free name (or, with `old`, a file to replace): `destination` is the name the new
    /// file takes (a link's target).
    case file(destination: String, old: stat?)
    /// A FIFO or a character device.
    case through(fifo: Bool)
  }

  /// Refuses `path` as `open` would, without writing anything (`.once FILE` checks at once).
  static func check(
    _ path: String, force: Bool, messages: AnswerFileMessages, data: [String] = []
  ) throws(AnswerFileError) {
    let force = force || messages.exists == nil
    _ = try kind(of: path, force: force, messages: messages, data: data)
  }

  /// Checks `path` and opens it for writing. `data` are the data paths: a file inside their
  /// folders is refused (`--out` only).
  static func open(
    _ path: String, force: Bool, messages: AnswerFileMessages, data: [String] = []
  ) throws(AnswerFileError) -> AnswerFile {
    let force = force || messages.exists == nil
    switch try kind(of: path, force: force, messages: messages, data: data) {
    case .through(let fifo):
      return try throughTo(path, fifo: fifo, messages: messages)
    case .file(let destination, let old):
      return try create(
        path, destination: destination, force: force, messages: messages, replacing: old)
    }
  }

  private static func kind(
    of path: String, force: Bool, messages: AnswerFileMessages, data: [String]
  ) throws(AnswerFileError) -> Kind {
    var link = stat()
    guard lstat(path, &link) == 0 else {
      try checkFolder(of: path, destination: path, messages: messages, data: data)
      return .file(destination: path, old: nil)
    }
    var info = link
    if type(link) == S_IFLNK, stat(path, &info) != 0 {
      let pointsTo = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
      throw AnswerFileError(message: fileMessages.danglingLink(path, pointsTo))
    }
    switch type(info) {
    case S_IFDIR:
      throw AnswerFileError(message: messages.isFolder(path))
    case S_IFREG:
      let destination = type(link) == S_IFLNK ? realPath(path) : path
      try checkFolder(of: path, destination: destination, messages: messages, data: data)
      if !force, let exists = messages.exists { throw AnswerFileError(message: exists(path)) }
      return .file(destination: destination, old: info)
    case S_IFCHR, S_IFIFO:
      return .through(fifo: type(info) == S_IFIFO)
    case S_IFBLK:
      throw AnswerFileError(message: fileMessages.notWritable(path, fileMessages.blockDevice()))
    default:
      throw AnswerFileError(message: fileMessages.notWritable(path, fileMessages.socket()))
    }
  }

  private static func type(_ info: stat) -> mode_t { info.st_mode & S_IFMT }

  /// The destination's folder must exist and lie outside the data folders.
  private static func checkFolder(
    of path: String, destination: String, messages: AnswerFileMessages, data: [String]
  ) throws(AnswerFileError) {
    let folder = folderOf(destination)
    guard isDirectory(folder) else {
      if let noFolder = messages.noFolder {
        throw AnswerFileError(message: noFolder(path, folderOf(path)))
      }
      throw AnswerFileError(message: messages.cannotWriteIn(folder, describe(ENOENT)))
    }
    if let inside = dataFolder(containing: folder, data: data) {
      throw AnswerFileError(message: cliMessages.outInsideData(path, inside))
    }
  }

  /// A temporary file beside `destination`, to take its name later.
  private static func create(
    _ path: String, destination: String, force: Bool, messages: AnswerFileMessages,
    replacing old: stat?
  ) throws(AnswerFileError) -> AnswerFile {
    let folder = folderOf(destination)
    StaleTemporaries.remove(in: folder)
    let template = folder + "/." + nameOf(destination) + ".dangke-\(getpid())-XXXXXX"
    var bytes = Array(template.utf8CString)
    let fd = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw AnswerFileError(message: messages.cannotWriteIn(folder, describe(errno)))
    }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    let temporary = bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    let mode = old.map { $0.st_mode & 0o7777 } ?? (0o666 & ~currentUmask())
    return AnswerFile(
      target: path, temporary: temporary, destination: destination, force: force,
      messages: messages, mode: mode, owner: old.map { ($0.st_uid, $0.st_gid) }, fd: fd)
  }

  /// A FIFO or a character device, opened to be written straight through.
  private static func throughTo(
    _ path: String, fifo: Bool, messages: AnswerFileMessages
  ) throws(AnswerFileError) -> AnswerFile {
    // Non-blocking, so that a FIFO nobody reads fails at once (ENXIO) instead of waiting.
    let fd = Glibc.open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else {
      if fifo, errno == ENXIO { throw AnswerFileError(message: fileMessages.noReader(path)) }
      throw AnswerFileError(message: messages.cannotWrite(path, describe(errno)))
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    return AnswerFile(
      target: path, temporary: nil, destination: path, force: false, messages: messages,
      mode: 0, owner: nil, fd: fd)
  }

  /// Appends bytes; the first error is kept (and later writes skipped).
  func write(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard failure == 0, fd >= 0, buffer.count > 0 else { return }
    var offset = 0
    while offset < buffer.count {
      let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        failure = errno
        return
      }
      offset += n
    }
    written += buffer.count
  }

  func write(_ text: String) {
    var text = text
    text.withUTF8 { write($0) }
  }

  /// Puts the temporary file under its name, whole (synced, with its final mode); with
  /// `keepOpen` later writes append to it there. Without `--force`, an existing file (one
  /// made since `open` too) is not replaced: the "exists" error, and the temporary is gone.
  func place(keepOpen: Bool = false) throws(AnswerFileError) {
    guard let temporary, !placed else {
      if !keepOpen { try close() }
      return
    }
    if failure == 0 {
      fchmod(fd, mode)
      if let owner, owner.uid != geteuid() || owner.gid != getegid() {
        _ = fchown(fd, owner.uid, owner.gid)
      }
      if fsync(fd) != 0 { failure = errno }
    }
    if !keepOpen {
      if Glibc.close(fd) != 0, failure == 0 { failure = errno }
      fd = -1
    }
    if failure != 0 {
      discard()
      throw AnswerFileError(message: messages.cannotWrite(target, Self.describe(failure)))
    }
    let error = force ? replace(temporary) : linkNew(temporary)
    guard error == 0 else {
      discard()
      if error == EEXIST, !force, let exists = messages.exists {
        throw AnswerFileError(message: exists(target))
      }
      throw AnswerFileError(message: messages.cannotWrite(target, Self.describe(error)))
    }
    placed = true
  }

  /// `rename` over the destination, unless it became something other than a file.
  private func replace(_ temporary: String) -> Int32 {
    var info = stat()
    if lstat(destination, &info) == 0, Self.type(info) != S_IFREG { return EEXIST }
    return rename(temporary, destination) == 0 ? 0 : errno
  }

  /// The temporary file under the destination's name only if that name is free, atomically.
  private func linkNew(_ temporary: String) -> Int32 {
    if Glibc.link(temporary, destination) == 0 {
      unlink(temporary)
      return 0
    }
    let error = errno
    // A file system without hard links: rename, refusing to replace.
    guard error == EPERM || error == EOPNOTSUPP || error == EMLINK,
      let renameNoReplace = Self.renameNoReplace
    else { return error }
    let flags: UInt32 = 1  // RENAME_NOREPLACE
    return renameNoReplace(AT_FDCWD, temporary, AT_FDCWD, destination, flags) == 0 ? 0 : errno
  }

  private typealias RenameAt2 =
    @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

  /// glibc's `renameat2` (2.28 and later), which Swift's Glibc module does not show.
  private static let renameNoReplace: RenameAt2? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
      return nil
    }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }()

  /// Ends writing a placed file (or a device): the kept write error, or a failed close.
  func close() throws(AnswerFileError) {
    guard fd >= 0 else { return }
    if failure == 0, temporary != nil, fsync(fd) != 0 { failure = errno }
    if Glibc.close(fd) != 0, failure == 0 { failure = errno }
    fd = -1
    if failure != 0 {
      throw AnswerFileError(message: messages.cannotWrite(target, Self.describe(failure)))
    }
  }

  /// Gives up: the temporary file is removed (a placed file or a device stays as written).
  func discard() {
    if fd >= 0 { Glibc.close(fd) }
    fd = -1
    if let temporary, !placed { unlink(temporary) }
  }

  private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

  static func folderOf(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  private static func nameOf(_ path: String) -> String { (path as NSString).lastPathComponent }

  static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The data folder that holds `folder`, if any.
  private static func dataFolder(containing folder: String, data: [String]) -> String? {
    let real = realPath(folder)
    for source in data {
      let dataFolder = isDirectory(source) ? source : folderOf(source)
      let realData = realPath(dataFolder)
      if real == realData || real.hasPrefix(realData.hasSuffix("/") ? realData : realData + "/") {
        return dataFolder
      }
    }
    return nil
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }
}

/// Temporary answer files left by a process that died without cleaning up (`kill -9`, a
/// power cut): `.NAME.dangke-PID-XXXXXX`, a regular file of this user whose process no
/// longer runs.
enum StaleTemporaries {
  static func remove(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return
    }
    for name in names {
      guard let pid = processID(inTemporaryName: name), pid != getpid() else { continue }
      guard kill(pid, 0) != 0, errno == ESRCH else { continue }
      let path = folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid()
      else { continue }
      unlink(path)
    }
  }

  /// The process id in `.NAME.dangke-PID-XXXXXX`, or nil for any other name.
  static func processID(inTemporaryName name: String) -> pid_t? {
    guard name.hasPrefix("."), let marker = name.range(of: ".dangke-", options: .backwards)
    else { return nil }
    let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 6, parts[1].allSatisfy({ $0.isASCII }),
      let pid = pid_t(parts[0]), pid > 0
    else { return nil }
    return pid
  }
}
