import Foundation
import TestSupport
import XCTest

/// The real `dangke` binary running in a pseudo-terminal: a private tmux server
/// (`tmux -L dangke-test-…`), keys sent with `send-keys` (`-l` for literal UTF-8 text) and the
/// screen read with `capture-pane -p`. The pane runs a small shell that records `stty -g`
/// before and after dangke, so tests can check the terminal is left as it was found.
final class TerminalSession {
  let socket = "dangke-test-\(UInt64.random(in: 0..<UInt64.max))"
  /// Holds `before`, `after` and `exited`, written by the pane's shell.
  let folder: URL

  /// Starts dangke with `LANG=lang` and the given extra environment (e.g. XDG_STATE_HOME), in
  /// a terminal of `width` × `height`. `teeTo`: dangke's stdout goes through `| tee FILE`
  /// (stdin and stderr stay the terminal).
  init(
    lang: String, environment: [String: String] = [:], arguments: [String] = [],
    teeTo: String? = nil, width: Int = 160, height: Int = 50
  ) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dangke-tty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // XDG_CONFIG_HOME: no init file unless a test writes one there.
    var env = ["LANG": lang, "NO_COLOR": "1", "XDG_CONFIG_HOME": folder.path]
    env.merge(environment) { _, new in new }
    let assignments = env.sorted { $0.key < $1.key }
      .map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
    let command =
      ([Repository.dangke.path] + arguments).map(Self.quote).joined(separator: " ")
      + (teeTo.map { " | tee " + Self.quote($0) } ?? "")
    let dir = Self.quote(folder.path)
    // `trap : INT` keeps the shell alive when Ctrl-C reaches the whole foreground group
    // (a trap with a command, unlike an ignored signal, is reset for dangke itself).
    let script = """
      trap : INT; cd \(dir); stty -g > before; \
      env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u PAGER -u LESS -u LESSCHARSET \(assignments) \(command); \
      status=$?; stty -g > after; echo $status > exited; sleep 60
      """
    try tmux(
      [
        "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
        script,
      ])
  }

  deinit {
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: folder)
  }

  /// Types `text` literally (UTF-8, Chinese included).
  func type(_ text: String) throws { try tmux(["send-keys", "-t", "t", "-l", text]) }

  /// Presses keys by tmux name: `Enter`, `Tab`, `C-c`, `C-d`, `Up`, `C-r`.
  func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "t"] + keys) }

  /// The visible screen, trailing blank lines removed.
  func screen() throws -> String {
    var lines = try tmux(["capture-pane", "-p", "-t", "t"]).components(separatedBy: "\n")
    while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
      lines.removeLast()
    }
    return lines.joined(separator: "\n")
  }

  /// Where the cursor is: column and row, from 0.
  func cursor() throws -> (x: Int, y: Int) {
    let text = try tmux(["display-message", "-p", "-t", "t", "#{cursor_x} #{cursor_y}"])
    let parts = text.split(separator: " ").map {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
    return (parts[0], parts[1])
  }

  /// Makes the terminal `width` columns wide (the program gets SIGWINCH).
  func resize(width: Int) throws { try tmux(["resize-window", "-t", "t", "-x", String(width)]) }

  /// The last non-blank line of the screen.
  func lastLine() throws -> String { try screen().components(separatedBy: "\n").last ?? "" }

  /// Polls the screen until `condition` holds; fails the test after `timeout` seconds.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 15, file: StaticString = #filePath, line: UInt = #line,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      usleep(20_000)
    }
    XCTFail("timed out waiting for \(what); screen:\n\(last)", file: file, line: line)
    throw TerminalError.timeout(what)
  }

  /// How many prompts (main and continuation) the screen shows.
  static func promptCount(_ screen: String) -> Int {
    screen.components(separatedBy: "\n").filter {
      $0.hasPrefix("dangke>") || $0.hasPrefix("   ...>")
    }.count
  }

  /// Waits until the screen shows more than `count` prompts and ends at an empty one of
  /// `prompt`, then lets libedit settle (~50 ms) before keys are sent.
  @discardableResult
  func waitForPrompt(
    after count: Int = 0, prompt: String = "dangke>", file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> String {
    let shown = try waitFor("prompt '\(prompt)'", file: file, line: line) { screen in
      let last = screen.components(separatedBy: "\n").last ?? ""
      return Self.promptCount(screen) > count && last == prompt
    }
    usleep(50_000)
    return shown
  }

  /// Types a statement, presses Enter and waits for the next prompt; returns the screen.
  @discardableResult
  func run(_ statement: String, file: StaticString = #filePath, line: UInt = #line) throws
    -> String
  {
    let before = Self.promptCount(try screen())
    try type(statement)
    try press("Enter")
    return try waitForPrompt(after: before, file: file, line: line)
  }

  /// Waits for dangke to exit; returns the `stty -g` output from before and after it ran.
  func waitForExit(timeout: Double = 15) throws -> (before: String, after: String) {
    let exited = folder.appendingPathComponent("exited")
    let deadline = Date().addingTimeInterval(timeout)
    while !FileManager.default.fileExists(atPath: exited.path) {
      if Date() > deadline { throw TerminalError.timeout("dangke to exit") }
      usleep(20_000)
    }
    let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
    return (before, after)
  }

  /// Runs `tmux -u -L socket args…` and returns its standard output (the server that
  /// `new-session` starts outlives the command, hence `runLeavingServers`).
  @discardableResult
  private func tmux(_ args: [String]) throws -> String {
    let r = try ProcessRunner.runLeavingServers(
      "tmux", ["-u", "-L", socket] + args,
      environment: ["TMUX": nil, "LC_ALL": nil, "LANG": "C.UTF-8"])
    guard r.status == 0 else { throw TerminalError.tmux(args.first ?? "", r.status) }
    return r.stdout
  }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Whether tmux can be run here (the tests are skipped otherwise).
  static var tmuxAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
  }
}

enum TerminalError: Error {
  case timeout(String)
  case tmux(String, Int32)
}
