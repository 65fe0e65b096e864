import Foundation
import Lang

/// What a `DataSource` amounts to: the files to load as tables, the schema's bytes, a name.
struct SourcePlan {
  var name: String
  var jobs: [TableLoader.Job]
  var schema: (path: String, bytes: [UInt8])?
  /// Warnings found while planning (a workbook's hidden sheets).
  var warnings: [LoadReport.Warning] = []

  static let schemaFileName = "schema.json"

  static func make(_ source: DataSource, options: LoadOptions) throws(LoadError) -> SourcePlan {
    var plan: SourcePlan
    switch source {
    case .directory(let folder):
      plan = try directory(folder)
    case .files(let paths):
      plan = try files(paths)
    case .memory(let name, let files):
      plan = try memory(name, files)
    }
    if let path = options.schemaPath { plan.schema = (path, try readSchema(path)) }
    var seen: [String: String] = [:]
    for job in plan.jobs {
      if let other = seen[job.name.lowercased()] {
        throw LoadError(
          file: job.path, loadMessages.duplicateTable(other, job.name),
          hint: loadMessages.oneFilePerTable())
      }
      seen[job.name.lowercased()] = job.path
    }
    return plan
  }

  private static func directory(_ folder: String) throws(LoadError) -> SourcePlan {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw notFound(folder)
    }
    guard isDirectory.boolValue else {
      throw LoadError(
        file: folder, loadMessages.notAFolder(), hint: loadMessages.giveTheFolder())
    }
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      throw LoadError(
        file: folder, loadMessages.cannotListFolder(), hint: loadMessages.mayReadFolder())
    }
    let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
    var plan = SourcePlan(name: name, jobs: [])
    for entry in entries {
      let path = join(folder, entry)
      if let note = lockFileNote(path) {
        plan.warnings.append(note)
        continue
      }
      if entry.hasPrefix(".") { continue }
      if entry.lowercased() == schemaFileName {
        plan.schema = (path, try readSchema(path))
        continue
      }
      guard let format = TableLoader.Format(fileName: entry) else { continue }
      try FileKind.requireRegular(path)
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
        continue
      }
      try plan.add(job(path, entry, format))
    }
    if plan.jobs.isEmpty {
      throw LoadError(
        file: folder, loadMessages.noDataFilesInFolder(), hint: loadMessages.putDataFiles())
    }
    return plan
  }

  private static func files(_ paths: [String]) throws(LoadError) -> SourcePlan {
    var plan = SourcePlan(name: "", jobs: [])
    for path in paths {
      let fileName = lastComponent(path)
      if let note = lockFileNote(path) {
        plan.warnings.append(note)
        continue
      }
      if !FileManager.default.fileExists(atPath: path) { throw notFound(path) }
      if fileName.lowercased() == schemaFileName {
        plan.schema = (path, try readSchema(path))
        continue
      }
      guard let format = TableLoader.Format(fileName: fileName) else {
        throw LoadError(
          file: path, loadMessages.notADataFile(), hint: loadMessages.giveDataFiles())
      }
      try FileKind.requireRegular(path)
      try plan.add(job(path, fileName, format))
    }
    guard let first = plan.jobs.first else {
      throw LoadError(
        file: paths.first ?? ".", loadMessages.noDataFilesGiven(),
        hint: loadMessages.giveDataFiles())
    }
    let folder = parent(first.path)
    plan.name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
    let beside = join(folder, schemaFileName)
    if plan.schema == nil && FileManager.default.fileExists(atPath: beside) {
      plan.schema = (beside, try readSchema(beside))
    }
    return plan
  }

  private static func memory(_ name: String, _ files: [DataFile]) throws(LoadError) -> SourcePlan {
    var plan = SourcePlan(name: name, jobs: [])
    for file in files {
      if file.fileName.lowercased() == schemaFileName {
        plan.schema = (file.path, file.bytes)
        continue
      }
      guard let format = TableLoader.Format(fileName: file.fileName) else { continue }
      try plan.add(
        TableLoader.Job(
          path: file.path, name: tableName(file.fileName), format: format,
          bytes: .memory(file.bytes), size: file.bytes.count, written: stem(file.fileName),
          origin: file.path))
    }
    if plan.jobs.isEmpty {
      throw LoadError(
        file: name, loadMessages.noDataFilesInSet(), hint: loadMessages.giveDataFiles())
    }
    return plan
  }

  private static func job(_ path: String, _ fileName: String, _ format: TableLoader.Format)
    -> TableLoader.Job
  {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? Int) ?? 0
    return TableLoader.Job(
      path: path, name: tableName(fileName), format: format, bytes: .disk, size: size,
      written: stem(fileName), origin: path)
  }

  /// Adds a file's job; a workbook's becomes one job per visible sheet that holds something,
  /// named after the sheet, or after the file when it has one such sheet.
  private mutating func add(_ job: TableLoader.Job) throws(LoadError) {
    guard job.format == .xlsx else {
      jobs.append(job)
      return
    }
    var memory: [UInt8]?
    if case .memory(let bytes) = job.bytes { memory = bytes }
    let (visible, skipped) = try XlsxBook.plan(job.path, bytes: memory)
    for message in skipped {
      warnings.append(LoadReport.Warning(file: job.path, message))
    }
    if visible.isEmpty {
      throw LoadError(
        file: job.path,
        officeMessages.noSheets(SourcePlan.lastComponent(job.path)),
        hint: officeMessages.addData())
    }
    let total = visible.count
    let shared = XlsxShared()
    for sheet in visible {
      var sheetJob = job
      sheetJob.sheet = sheet
      sheetJob.shared = shared
      if total > 1 {
        sheetJob.name = SourcePlan.queryableName(sheet.name)
        sheetJob.written = sheet.name
        sheetJob.origin = job.path + ":" + sheet.name
      }
      sheetJob.size = max(1, job.size / total)
      jobs.append(sheetJob)
    }
  }

  /// The note for a lock file an office program keeps beside a file it has open (`~$x.csv`
  /// of Excel and WPS, `.~lock.x.csv#` of LibreOffice), for a data file; nil for any other
  /// path.
  static func lockFileNote(_ path: String) -> LoadReport.Warning? {
    let name = lastComponent(path)
    let program: Message
    let data: String
    if name.hasPrefix("~$") {
      program = habitMessages.excel()
      data = String(name.dropFirst(2))
    } else if name.hasPrefix(".~lock."), name.hasSuffix("#") {
      program = habitMessages.libreOffice()
      data = String(name.dropFirst(7).dropLast())
    } else {
      return nil
    }
    guard TableLoader.Format(fileName: data) != nil else { return nil }
    return LoadReport.Warning(file: path, habitMessages.lockFile(name, program))
  }

  /// The error for a path that names nothing: a folder not found, or a file (by its data
  /// extension), with the nearest name beside it when one is close.
  private static func notFound(_ path: String) -> LoadError {
    let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    let name = lastComponent(trimmed)
    let folder = parent(trimmed)
    let siblings =
      ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()
    let isFile = TableLoader.Format(fileName: name) != nil
    let message = isFile ? habitMessages.fileNotFound() : loadMessages.folderNotFound()
    if let near = Suggest.closest(to: name, among: siblings) {
      let shown = trimmed.contains("/") ? join(folder, near) : near
      return LoadError(file: path, message, hint: commonMessages.didYouMean(shown))
    }
    return LoadError(
      file: path, message,
      hint: isFile ? loadMessages.mayReadFile() : loadMessages.checkFolderPath())
  }

  private static func readSchema(_ path: String) throws(LoadError) -> [UInt8] {
    let input = try FileInput.load(path)
    return Array(input.bytes)
  }

  /// `sessions.csv` → `sessions`; a name a query could not write is made into one
  /// (`attendance-2016.csv` → `attendance_2016`; see `queryableName`).
  static func tableName(_ fileName: String) -> String {
    queryableName(stem(fileName))
  }

  /// The file name without its extension.
  static func stem(_ fileName: String) -> String {
    guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return fileName }
    return String(fileName[..<dot])
  }

  /// `name` when a query can write it bare; else each run of other characters (`-`, spaces,
  /// dots) becomes `_`, a leading digit gets `_` before it, and a keyword gets `_` after it.
  static func queryableName(_ name: String) -> String {
    if Lexer.isPlainName(name) { return name }
    var out = ""
    var gap = false
    for scalar in name.unicodeScalars {
      let keep = Lexer.isIdentifierContinue(scalar)
      if keep {
        if gap && !out.isEmpty { out += "_" }
        out.unicodeScalars.append(scalar)
      }
      gap = !keep
    }
    if out.isEmpty { out = "table" }
    if let first = out.unicodeScalars.first, !Lexer.isIdentifierStart(first) {
      out = "_" + out
    }
    if !Lexer.isPlainName(out) { out += "_" }
    return out
  }

  static func lastComponent(_ path: String) -> String {
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
  }

  static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
