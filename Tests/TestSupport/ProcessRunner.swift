import Foundation

/// What one run of a program printed and how it ended.
public struct ProcessOutput: Sendable, Equatable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}

/// Why a program could not even be started.
public struct ProcessRunnerError: Error, CustomStringConvertible {
  public var description: String
}

/// Runs a program to its end: the one way the tests start `dangke`, `sqlite3`, `psql`, `groff`,
/// `soffice` and the shell. (A process that must be talked to while it runs, or signalled,
/// is started with `Process` in its own test, with `Repository.dangke` as the binary.)
public enum ProcessRunner {
  /// Runs `executable arguments…` in `directory` with `input` on standard input.
  ///
  /// Standard input, output and error go through temporary files, not pipes, so a large
  /// stderr can never block a process whose stdout is still being read, and a child that
  /// keeps a descriptor open (LibreOffice's helpers) cannot keep the run waiting.
  /// `environment` is applied over this process's environment; a nil value unsets a variable.
  /// After `timeout` seconds the program is terminated.
  public static func run(
    _ executable: URL, _ arguments: [String], input: String = "",
    environment: [String: String?] = [:], directory: URL? = nil, timeout: Double? = nil
  ) throws -> ProcessOutput {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw ProcessRunnerError(
        description: "\(executable.path) is not an executable file"
          + (executable.lastPathComponent == "dangke" ? "; build it with `swift build`" : ""))
    }
    let folder = try temporaryDirectory("dangke-run")
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
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var variables = ProcessInfo.processInfo.environment
    for (name, value) in environment { variables[name] = value }
    process.environment = variables
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let timer = DispatchWorkItem { process.terminate() }
    if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer) }
    process.waitUntilExit()
    timer.cancel()
    return ProcessOutput(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// Runs a program found on the usual paths by name (`sqlite3`, `psql`, `groff`).
  public static func run(
    _ program: String, _ arguments: [String], input: String = "",
    environment: [String: String?] = [:], directory: URL? = nil, timeout: Double? = nil
  ) throws -> ProcessOutput {
    guard let executable = which(program) else {
      throw ProcessRunnerError(description: "\(program) is not installed")
    }
    return try run(
      executable, arguments, input: input, environment: environment, directory: directory,
      timeout: timeout)
  }

  /// The program's path in /usr/bin, /usr/local/bin or /bin (or the path itself when it holds
  /// a slash), or nil when it is not installed.
  public static func which(_ program: String) -> URL? {
    if program.contains("/") {
      return FileManager.default.isExecutableFile(atPath: program)
        ? URL(fileURLWithPath: program) : nil
    }
    for folder in ["/usr/bin", "/usr/local/bin", "/bin"] {
      let candidate = folder + "/" + program
      if FileManager.default.isExecutableFile(atPath: candidate) {
        return URL(fileURLWithPath: candidate)
      }
    }
    return nil
  }

  /// A fresh temporary folder, `prefix-UUID`.
  public static func temporaryDirectory(_ prefix: String = "dangke-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// The real `dangke` binary of this build, run to its end.
public enum DangkeProcess {
  /// What `run` and `-c` without data say on stderr when standard input is not a terminal
  /// (as in these tests), before the first statement.
  public static let sampleNote =
    "dangke: warning[W1150]: no data given: the answers come from the built-in sample "
    + "(--data DIR reads yours)\n"
  /// The same note with `--format json`.
  public static let sampleNoteJSON =
    #"{"code":"W1150","severity":"warning","message":"no data given: the answers come from "#
    + #"the built-in sample (--data DIR reads yours)","hint":null,"file":null,"line":null,"#
    + #""column":null}"# + "\n"

  /// Runs `dangke args…` in `directory` (default: the repository root) with `input` on stdin.
  ///
  /// The output is plain (NO_COLOR=1) and English (LANG=C.UTF-8, with LC_ALL and LC_MESSAGES
  /// unset, since the language follows them) unless `environment` says otherwise.
  public static func run(
    _ args: [String], input: String = "", environment: [String: String] = [:],
    directory: URL? = nil
  ) throws -> ProcessOutput {
    var variables: [String: String?] = [
      "NO_COLOR": "1", "LC_ALL": nil, "LC_MESSAGES": nil, "LANG": "C.UTF-8",
    ]
    for (name, value) in environment { variables[name] = value }
    return try ProcessRunner.run(
      Repository.dangke, args, input: input, environment: variables,
      directory: directory ?? Repository.root)
  }
}
