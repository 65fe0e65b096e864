import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ProcessRunner {
  /// Runs a program that leaves a server running after it ends (`tmux new-session`,
  /// `scripts/pg-shards.sh start`) and waits only for the program itself.
  ///
  /// Spawned with `posix_spawnp` and reaped with `waitpid`: the server keeps every descriptor
  /// it inherits, so anything waiting for end-of-file on one (Foundation's `Process` does)
  /// would wait for the server to exit. Standard input is /dev/null; standard output and error
  /// go through files. `environment` is applied over this process's environment; a nil value
  /// unsets a variable. The status is the exit status, or 128 + the signal that ended it.
  public static func runLeavingServers(
    _ program: String, _ arguments: [String], environment: [String: String?] = [:]
  ) throws -> ProcessOutput {
    let folder = try temporaryDirectory("dangke-spawn")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outPath = folder.appendingPathComponent("stdout").path
    let errPath = folder.appendingPathComponent("stderr").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var variables = ProcessInfo.processInfo.environment
    for (name, value) in environment { variables[name] = value }
    let argv = [program] + arguments
    let envp = variables.map { "\($0.key)=\($0.value)" }
    var pid: pid_t = 0
    let spawned = withCStrings(argv) { cArgs in
      withCStrings(envp) { cEnv in posix_spawnp(&pid, program, &actions, nil, cArgs, cEnv) }
    }
    guard spawned == 0 else {
      throw ProcessRunnerError(description: "\(program) could not be started (error \(spawned))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let signal = status & 0x7f
    return ProcessOutput(
      status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
  }

  private static func withCStrings<R>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R
  ) -> R {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }
}
