import ArgumentParser
import Engine
import Foundation

/// `dangke run SCRIPT`: a saved report script, with parameters.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a script of statements (a .dk file).")

  @Argument(help: "The script file.")
  var script: String

  @Option(name: .long, help: "A data folder or file (default: the built-in Kangjian sample).")
  var data: [String] = []

  @Flag(name: .long, help: "Go on after an error instead of stopping.")
  var keepGoing = false

  @OptionGroup var output: OutputOptions

  @OptionGroup var export: ExportOptions

  func run() throws {
    let text = try readScript(script)
    let document = try DocumentRun.make(output: output, export: export)
    try runExporting(export, data: data, keepGoing: keepGoing, document: document) {
      out, document in
      let shell = try makeShell(data: data, output: output)
      if let out { shell.out = out }
      document?.attach(to: shell, data: data, script: text)
      return shell.run(text, fileName: script, keepGoing: keepGoing)
    }
  }
}

/// `dangke check DIR` prints the load report; `dangke check SCRIPT` validates a script.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the load report of a data folder, or check a script without running it.")

  @Argument(help: "A data folder (or data files), or a .dk script.")
  var target: [String] = []

  @Option(name: .long, help: "The data a script is checked against (default: the sample).")
  var data: [String] = []

  @OptionGroup var output: OutputOptions

  func run() throws {
    if target.count == 1, target[0].hasSuffix(".dk") {
      let text = try readScript(target[0])
      let shell = try makeShell(data: data, output: output)
      let status = shell.check(text, fileName: target[0])
      if status != .success { throw StatusExit(status: status) }
      Console.out("\(target[0]): ok\n")
      return
    }
    let store = try loadStore(target)
    Console.out(store.report.render(store: store))
  }
}

/// Reads a script file; an unreadable one is a usage error naming it.
func readScript(_ path: String) throws -> String {
  guard let data = FileManager.default.contents(atPath: path) else {
    Console.err("dangke: cannot read script '\(path)'\n")
    throw StatusExit(status: .usageError)
  }
  var text = String(decoding: data, as: UTF8.self)
  if text.hasPrefix("#!") { text = "#" + text.dropFirst() }
  return text
}

/// `dangke generate`: writes a data set of the given scale.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the Kangjian data set (or a larger one) as CSV files with a schema.")

  @Option(name: .long, help: "sample, district or city.")
  var scale: Scale = .sample

  @Option(name: .long, help: "Random seed; the same seed writes the same bytes.")
  var seed: UInt64 = 1

  @Option(name: .long, help: "The folder to write (created if missing).")
  var out: String

  @Option(
    name: .long,
    help: "csv (one file per table) or xlsx (one workbook, kangjian.xlsx, one sheet per table).")
  var format: DataSetFormat = .csv

  enum DataSetFormat: String, ExpressibleByArgument {
    case csv, xlsx
  }

  func run() throws {
    do {
      let generator = Generator(scale: scale, seed: seed)
      switch format {
      case .csv: try generator.write(to: out)
      case .xlsx: try writeWorkbook(generator)
      }
    } catch {
      Console.err("dangke: \(error)\n")
      throw StatusExit(status: .dataError)
    }
  }
}

extension Generate {
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
