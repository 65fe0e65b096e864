import Foundation
import XCTest

/// Runs the real `dangke` binary built next to the test bundle.
enum DangkeProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// What `run` and `-c` without data say on stderr when standard input is not a terminal
  /// (as in these tests), before the first statement.
  static let sampleNote =
    "dangke: warning[W1150]: no data given: the answers come from the built-in sample "
    + "(--data DIR reads yours)\n"
  /// The same note with `--format json`.
  static let sampleNoteJSON =
    #"{"code":"W1150","severity":"warning","message":"no data given: the answers come from "#
    + #"the built-in sample (--data DIR reads yours)","hint":null,"file":null,"line":null,"#
    + #""column":null}"# + "\n"

  /// The repository root (three levels above this file).
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The binary in the build products folder that holds the test bundle.
  static let binary: URL = {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("dangke")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        let sibling = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("dangke")
        if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
      }
      dir = dir.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/dangke")
  }()

  /// Runs `dangke args…` in `directory` (default: the repository root) with `input` on stdin.
  static func run(
    _ args: [String], input: String? = nil, environment: [String: String] = [:],
    directory: URL? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = args
    process.currentDirectoryURL = directory ?? root
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    // English unless a test asks for another locale: the language follows LC_ALL,
    // LC_MESSAGES and LANG.
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    env["LANG"] = "C.UTF-8"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    try process.run()
    if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dangke-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
