import ArgumentParser
import Engine
import Foundation
import Lang

/// `dangke run SCRIPT`: a saved report script, with parameters.
struct Run: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "run", abstract: cliHelpMessages.runAbstract().description)
  }

  @Argument(help: catalogHelp(cliHelpMessages.script))
  var script: String

  @Option(name: .long, help: catalogHelp(cliHelpMessages.dataForRun))
  var data: [String] = []

  @Flag(name: .long, help: catalogHelp(cliHelpMessages.keepGoing))
  var keepGoing = false

  @OptionGroup var output: OutputOptions

  @OptionGroup var export: ExportOptions

  @OptionGroup var language: LanguageOption

  func run() throws {
    let text = try readScript(script)
    let document = try DocumentRun.make(output: output, export: export)
    try runExporting(export, data: data, keepGoing: keepGoing, document: document) {
      out, document in
      let shell = try makeShell(data: data, output: output)
      noteLoadWarnings(shell.session.store, data: data)
      if let out { shell.out = out }
      if let format = export.formatOfFile(chosen: output.format) { shell.format = format }
      document?.attach(to: shell, data: data, script: text)
      let state = ShellState(script: shell, output: output)
      if out == nil { state.showControlsOnTerminal() }
      let runner = ScriptRunner(state: state, fileName: script, keepGoing: keepGoing)
      runner.beforeFirstStatement = sampleNote(data: data, state: state)
      let succeeded = runner.run(text)
      guard state.finishOutput() else { return succeeded ? .usageError : .queryError }
      return ExitStatus(queriesSucceeded: succeeded)
    }
  }
}

/// `dangke check DIR` prints the load report; `dangke check SCRIPT` validates a script.
struct Check: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check", abstract: cliHelpMessages.checkAbstract().description)
  }

  @Argument(help: catalogHelp(cliHelpMessages.checkTarget))
  var target: [String] = []

  @Option(name: .long, help: catalogHelp(cliHelpMessages.dataForCheck))
  var data: [String] = []

  @OptionGroup var output: OutputOptions

  @OptionGroup var language: LanguageOption

  func run() throws {
    if target.count == 1, target[0].hasSuffix(".dk") {
      let text = try readScript(target[0])
      let shell = try makeShell(data: data, output: output)
      // Dot commands are checked against the table (settings such as `.set` are made, for
      // the statements after them); the statements against the data.
      let runner = ScriptRunner(
        state: ShellState(script: shell, output: output), fileName: target[0])
      var succeeded = true
      for part in ScriptPart.parts(of: text) {
        switch part {
        case .dot(let line, let number):
          succeeded = runner.checkDotCommand(line, number: number, in: text) && succeeded
        case .statements(let body):
          succeeded = shell.check(body, fileName: target[0]) && succeeded
        }
      }
      let status = ExitStatus(queriesSucceeded: succeeded)
      if status != .success { throw StatusExit(status: status) }
      Console.out(cliMessages.scriptOk(target[0]).description + "\n")
      return
    }
    let store = try loadStore(target)
    Console.out(store.report.render(store: store))
  }
}

/// Reads a script file; an unreadable one is a usage error naming it.
func readScript(_ path: String) throws -> String {
  guard let data = FileManager.default.contents(atPath: path) else {
    ErrorOutput.error(cliMessages.cannotReadScript(path))
    throw StatusExit(status: .usageError)
  }
  switch ScriptText.decode(Array(data)) {
  case .success(let text): return text
  case .failure(let bad):
    let (message, hint) = bad.message(path)
    ErrorOutput.error(message, hint: hint)
    throw StatusExit(status: .usageError)
  }
}

/// `dangke generate`: writes a data set of the given scale.
struct Generate: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "generate", abstract: cliHelpMessages.generateAbstract().description)
  }

  @Option(name: .long, help: catalogHelp(cliHelpMessages.scale))
  var scale: Scale = .sample

  @Option(name: .long, help: catalogHelp(cliHelpMessages.seed))
  var seed: UInt64 = 1

  @Option(name: .long, help: catalogHelp(cliHelpMessages.generateOut))
  var out: String

  @Option(name: .long, help: catalogHelp(cliHelpMessages.generateFormat))
  var format: DataSetFormat = .csv

  enum DataSetFormat: String, ExpressibleByArgument {
    case csv, xlsx
  }

  @Flag(name: .long, help: catalogHelp(fileMessages.generateForce))
  var force = false

  @OptionGroup var language: LanguageOption

  func run() throws {
    if let problem = Self.refusal(scale, format: format) ?? Self.refusal(out, force: force) {
      ErrorOutput.error(problem)
      throw StatusExit(status: .usageError)
    }
    do {
      let generator = Generator(scale: scale, seed: seed)
      switch format {
      case .csv: try generator.write(to: out)
      case .xlsx: try writeWorkbook(generator)
      }
    } catch {
      ErrorOutput.dataError(error)
      throw StatusExit(status: .dataError)
    }
  }
}

extension Generate {
  /// Why the data set may not be written into `folder`: it is a file, or (without `force`)
  /// a folder that holds anything, such as a user's own data.
  static func refusal(_ folder: String, force: Bool) -> Message? {
    guard FileManager.default.fileExists(atPath: folder) else { return nil }
    guard isDirectory(folder) else { return fileMessages.generateIntoFile(folder) }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return entries.isEmpty || force ? nil : fileMessages.folderNotEmpty(folder)
  }

  /// The rows a worksheet holds below its header (1,048,576 rows in all).
  static let sheetRows = 1_048_575

  /// Why the scale cannot be written as a workbook: its attendance table has more rows than a
  /// worksheet holds (city and province).
  static func refusal(_ scale: Scale, format: DataSetFormat) -> Message? {
    guard format == .xlsx, scale.attendanceRows > sheetRows else { return nil }
    return scaleMessages.tooBigForWorkbook(
      scale.rawValue, grouped(scale.attendanceRows), grouped(sheetRows + 1))
  }

  /// `10000000` as `10,000,000`.
  static func grouped(_ value: Int) -> String {
    var digits = Array(String(value))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }

  /// The data set as `kangjian.xlsx` and `schema.json` in the folder: the generated tables
  /// loaded as the sample is, then written one sheet per table.
  private func writeWorkbook(_ generator: Generator) throws {
    let files = generator.files()
    let store = try Loader.load(.memory(name: "Kangjian \(scale.rawValue)", files: files))
    let bytes = try XlsxDataSet.workbook(store)
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: out + "/kangjian.xlsx"), options: .atomic)
    if let schema = files.first(where: { $0.fileName == "schema.json" }) {
      try Data(schema.bytes).write(
        to: URL(fileURLWithPath: out + "/schema.json"), options: .atomic)
    }
  }
}

extension Scale: ExpressibleByArgument {}
