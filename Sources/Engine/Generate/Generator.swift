import Foundation

/// A generated file: an in-memory data file (`<sample>/sessions.csv`).
public typealias GeneratedFile = DataFile

/// The seeded, deterministic generator of the Kangjian data set and its larger benchmark
/// versions. The same scale and seed always give the same bytes, in memory or on disk.
public struct Generator: Sendable {
  public let scale: Scale
  public let seed: UInt64
  let size: GenSize
  let layout: GenLayout
  let names = GenNames()
  let places: GenPlaces
  private let plan: GenPlan
  /// Per-member flags (made with the sessions, on first use).
  var flags: GenMemberFlags { plan.value.flags }
  /// The planned sessions, in date order (made on first use: the members and orgs tables do not
  /// need them, so one writer thread starts on members while the other plans).
  var sessions: [GenSession] { plan.value.sessions }

  /// The tables in the order they are listed and written.
  public static let tableNames = [
    "orgs", "members", "experts", "bases", "projects", "cases", "sessions", "attendance", "plans",
  ]

  public init(scale: Scale, seed: UInt64 = 1) {
    self.scale = scale
    self.seed = seed
    size = GenSize(scale)
    let layout = GenLayout(size: size, seed: seed)
    let places = GenPlaces(units: size.units)
    self.layout = layout
    self.places = places
    let size = size
    plan = GenPlan {
      let flags = GenMemberFlags(layout: layout, seed: seed)
      var red: [Int] = []
      var practice: [Int] = []
      for index in 0..<size.bases {
        if places.base(index).red { red.append(index) } else { practice.append(index) }
      }
      let sessions = GenSessionPlanner(
        seed: seed, layout: layout, flags: flags, experts: size.experts, redBases: red,
        practiceBases: practice
      ).plan(total: size.sessions, attendance: size.attendance)
      return (flags, sessions)
    }
  }

  /// Every table as CSV plus `schema.json`, in memory, under the folder `<scale>/`.
  public func files() -> [GeneratedFile] {
    var files = Generator.tableNames.map { table -> DataFile in
      var writer = GenWriter(sink: nil)
      write(table: table, to: &writer)
      return DataFile(path: "<\(scale.rawValue)>/\(table).csv", bytes: writer.bytes)
    }
    files.append(
      DataFile(path: "<\(scale.rawValue)>/schema.json", bytes: GenSchema.bytes(scale: scale)))
    return files
  }

  /// Writes every table and `schema.json` into `directory` (created if missing), the two
  /// largest tables on their own threads.
  public func write(to directory: String) throws {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw GeneratorError.cannotCreateFolder(path: directory, reason: error.localizedDescription)
    }
    let jobs = [
      ["attendance", "plans"],
      ["members", "sessions", "orgs", "experts", "bases", "projects", "cases"],
    ]
    let failures = GenFailures()
    DispatchQueue.concurrentPerform(iterations: jobs.count) { job in
      for table in jobs[job] {
        do {
          var writer = GenWriter(sink: try GenFileSink(path: "\(directory)/\(table).csv"))
          write(table: table, to: &writer)
          try writer.finish()
        } catch {
          failures.add(job: job, error)
        }
      }
    }
    if let error = failures.first { throw error }
    let schema = try GenFileSink(path: "\(directory)/schema.json")
    schema.write(GenSchema.bytes(scale: scale))
    try schema.close()
  }

  /// The first `rows` rows of `table` (with its header line) as CSV bytes, generated without
  /// the rest of the table: the same bytes as the start of the whole file.
  public func head(table: String, rows: Int) -> [UInt8] {
    var writer = GenWriter(sink: nil, rowLimit: rows)
    write(table: table, to: &writer)
    return writer.bytes
  }

  private func write(table: String, to writer: inout GenWriter) {
    switch table {
    case "orgs": writeOrgs(&writer)
    case "members": writeMembers(&writer)
    case "experts": writeExperts(&writer)
    case "bases": writeBases(&writer)
    case "projects": writeProjects(&writer)
    case "cases": writeCases(&writer)
    case "sessions": writeSessions(&writer)
    case "attendance": writeAttendance(&writer)
    default: writePlans(&writer)
    }
  }
}

/// Work done once, on first use, by whichever thread asks first; the others wait for it.
private final class GenPlan: @unchecked Sendable {
  private let lock = NSLock()
  private var made: (flags: GenMemberFlags, sessions: [GenSession])?
  private let make: @Sendable () -> (GenMemberFlags, [GenSession])

  init(_ make: @escaping @Sendable () -> (GenMemberFlags, [GenSession])) {
    self.make = make
  }

  var value: (flags: GenMemberFlags, sessions: [GenSession]) {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let value = make()
    made = value
    return value
  }
}

/// Errors raised on the writer threads, reported in job order.
private final class GenFailures: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [(Int, Error)] = []

  func add(job: Int, _ error: Error) {
    lock.lock()
    errors.append((job, error))
    lock.unlock()
  }

  var first: Error? {
    lock.lock()
    defer { lock.unlock() }
    return errors.min { $0.0 < $1.0 }?.1
  }
}
