import Foundation

/// Runs the real `dangke` binary for the golden tests: the repository root, the binary in the
/// build products folder beside the test bundle, and one run with its stdout, stderr and status.
enum GoldenProcess {
  /// What one run printed and how it ended.
  struct Output: Sendable, Equatable {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root: four levels above this file (Tests/DangkeTests/Golden/X.swift).
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `dangke` executable next to the test bundle (`.build*/debug/dangke`).
  ///
  /// On Linux the test bundle is `…/debug/DangkePackageTests.xctest`, on macOS a bundle folder
  /// in the same products folder; either way its parent folder holds `dangke`.
  static let binary: URL? = {
    var candidates: [URL] = []
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent())
    }
    candidates.append(Bundle.main.bundleURL)
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    if let argument = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
    }
    for folder in candidates {
      let file = folder.appendingPathComponent("dangke")
      if FileManager.default.isExecutableFile(atPath: file.path) { return file }
    }
    return nil
  }()

  /// Runs `dangke arguments…` in the repository root with `input` on standard input.
  ///
  /// Output goes through temporary files, not pipes, so a large stderr can never block a
  /// process whose stdout is still being read. NO_COLOR is set: golden outputs are plain text.
  static func run(_ arguments: [String], input: String = "") throws -> Output {
    guard let binary else { throw GoldenError.noBinary }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dangke-golden-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inURL = folder.appendingPathComponent("stdin")
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    try Data(input.utf8).write(to: inURL)
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let stdin = try FileHandle(forReadingFrom: inURL)
    let stdout = try FileHandle(forWritingTo: outURL)
    let stderr = try FileHandle(forWritingTo: errURL)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = root
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["LC_ALL"] = "C.UTF-8"
    process.environment = environment
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}

/// Why a golden case could not even be run.
enum GoldenError: Error, CustomStringConvertible {
  case noBinary
  case badCommand(file: String, line: Int, reason: String)

  var description: String {
    switch self {
    case .noBinary:
      return "the dangke binary is not next to the test bundle; build it with `swift build`"
    case .badCommand(let file, let line, let reason):
      return "\(file):\(line): \(reason)"
    }
  }
}
