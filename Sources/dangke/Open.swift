import ArgumentParser
import CSample
import Engine
import Foundation
import Lang

/// `dangke [DATA…] [-c QUERY]`: one query, statements from a pipe, or the interactive prompt.
struct Open: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "open", abstract: cliHelpMessages.openAbstract().description,
      shouldDisplay: false)
  }

  @Argument(help: catalogHelp(cliHelpMessages.dataArgument))
  var data: [String] = []

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp(cliHelpMessages.command().description, valueName: "query"))
  var command: [String] = []

  @Option(name: .customLong("data"), help: catalogHelp(cliHelpMessages.dataOption))
  var dataOption: String?

  @OptionGroup var output: OutputOptions

  @OptionGroup var export: ExportOptions

  @Flag(name: .customLong("no-init"), help: catalogHelp(cliHelpMessages.noInit))
  var noInit = false

  @OptionGroup var language: LanguageOption

  func run() throws {
    let paths = data + (dataOption.map { [$0] } ?? [])
    if command.isEmpty, isatty(STDIN_FILENO) != 0 {
      if export.out != nil { throw UsageError(message: cliMessages.outNeedsStatements()) }
      let shell = try makeShell(data: paths, output: output)
      let repl = REPL(shell: shell, output: output)
      if !noInit { repl.initFile = InitFile.path(environment: ProcessInfo.processInfo.environment) }
      try repl.run()
      return
    }
    let document = try DocumentRun.make(output: output, export: export)
    try runExporting(export, data: paths, document: document) { out, document in
      let shell = try makeShell(data: paths, output: output)
      noteLoadWarnings(shell.session.store, data: paths)
      if let out { shell.out = out }
      if let format = export.formatOfFile(chosen: output.format) { shell.format = format }
      // Statements are read once the data is open.
      let scripts = command.isEmpty ? [try readAllStandardInput()] : command.map(ScriptText.command)
      document?.attach(to: shell, data: paths, script: scripts.joined(separator: "\n"))
      let state = ShellState(script: shell, output: output)
      if out == nil { state.showControlsOnTerminal() }
      let runner = ScriptRunner(state: state, fileName: command.isEmpty ? "<stdin>" : nil)
      if !command.isEmpty { runner.beforeFirstStatement = sampleNote(data: paths, state: state) }
      // Each -c in order, as one script: an error stops the rest.
      for text in scripts {
        guard runner.run(text) else {
          _ = state.finishOutput()
          return .queryError
        }
        if state.leaving { break }
      }
      return state.finishOutput() ? .success : .usageError
    }
  }
}

extension ShellState {
  /// The state of a script (`run`, `-c`, piped statements): replies to stdout, answers
  /// wherever `shell` writes them.
  convenience init(script shell: StatementRunner, output: OutputOptions) {
    self.init(shell: shell, interactive: false, screen: Console.out, answers: shell.out)
    formatChosen = output.format != nil
  }
}

/// For `run` and `-c` without data when standard input is not a terminal (a script or a
/// scheduler): says once, on stderr before the first statement, that the answers come from
/// the built-in sample (unless `.load` opened other data first). Nil otherwise.
func sampleNote(data: [String], state: ShellState) -> (() -> Void)? {
  guard data.isEmpty, isatty(STDIN_FILENO) == 0 else { return nil }
  var said = false
  return {
    guard !said, !state.loadedOther else { return }
    said = true
    ErrorOutput.warning(cliMessages.builtInSample())
  }
}

/// Loads the data (or the built-in sample) and builds a shell writing to stdout and stderr.
func makeShell(data: [String], output: OutputOptions) throws -> StatementRunner {
  let session = try openSession(data, statementTimeout: output.statementTimeoutMilliseconds)
  Session.keepFreedMemory()
  session.parameters = try output.parameterValues()
  let shell = StatementRunner(session: session, out: Console.out, err: Console.err)
  if let format = output.format { shell.format = format }
  if ErrorOutput.json { shell.diagnosticText = JSONDiagnostic.line }
  shell.options.reveal = output.reveal
  shell.options.labels = output.labels
  shell.options.thousands = output.thousands
  shell.options.bom = output.bom
  return shell
}

/// A session on the data: a PostgreSQL URL or conninfo string opens the server (the session's
/// store is its schema and the rows stay there); anything else is loaded into memory.
/// A server that cannot be opened is reported and ends the process with status 3.
func openSession(
  _ paths: [String], statementTimeout: Int = 0, cancellation: CancellationFlag? = nil
) throws -> Session {
  if paths.count == 1, ConnectionString.isPostgres(paths[0]) {
    do {
      return Session(server: try PostgresSource(paths[0], statementTimeout: statementTimeout))
    } catch {
      Console.err("\(error)\n")
      throw StatusExit(status: .dataError)
    }
  }
  return Session(store: try loadStore(paths, cancellation: cancellation))
}

/// The store for the given paths: nothing → the built-in sample, a snapshot file, one folder,
/// or files.
/// A load error is printed and ends the process with status 3.
/// `cancellation` (Ctrl-C during `.load`) stops the load of data files.
func loadStore(_ paths: [String], cancellation: CancellationFlag? = nil) throws -> Store {
  if let url = paths.first(where: ConnectionString.isPostgres) {
    Console.err("dangke: \(ConnectionString.notDataFiles(url))\n")
    throw StatusExit(status: .usageError)
  }
  if paths.count == 1, Snapshot.isSnapshot(paths[0]) {
    do {
      return try Snapshot.read(paths[0])
    } catch {
      ErrorOutput.dataError(error)
      throw StatusExit(status: .dataError)
    }
  }
  if paths.isEmpty, let sample = builtInSample() { return sample }
  let source: DataSource
  if paths.isEmpty {
    source = .memory(name: "Kangjian sample", files: Generator(scale: .sample).files())
  } else if paths.count == 1, isDirectory(paths[0]) {
    source = .directory(paths[0])
  } else {
    source = .files(paths)
  }
  do {
    var options = LoadOptions()
    options.cancellation = cancellation
    return try Loader.load(source, options: options)
  } catch {
    ErrorOutput.dataError(error)
    throw StatusExit(status: .dataError)
  }
}

/// The built-in sample from the snapshot embedded in the program (CSample), which a test
/// keeps equal to what the generator makes; nil when this build's snapshot format has moved
/// on without it (the sample is then generated, as before it was embedded).
func builtInSample() -> Store? {
  let bytes = UnsafeRawBufferPointer(start: dk_sample_bytes(), count: dk_sample_size())
  return try? Snapshot.read(bytes: bytes, name: "Kangjian sample")
}

func isDirectory(_ path: String) -> Bool {
  var isDir: ObjCBool = false
  return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
}

/// Statements piped in: UTF-8, a byte order mark skipped; other bytes are a usage error.
func readAllStandardInput() throws -> String {
  let data = FileHandle.standardInput.readDataToEndOfFile()
  switch ScriptText.decode(Array(data)) {
  case .success(let text): return text
  case .failure(let bad):
    let (message, hint) = bad.message("<stdin>")
    ErrorOutput.error(message, hint: hint)
    throw StatusExit(status: .usageError)
  }
}
