import ArgumentParser
import Engine
import Foundation

/// `dangke snapshot DIR --out FILE`: the loaded data saved as one binary file that opens
/// many times faster than the CSV files; `dangke FILE` opens it.
struct SnapshotCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "snapshot", abstract: cliHelpMessages.snapshotAbstract().description,
      discussion: cliHelpMessages.snapshotDiscussion().description)
  }

  @Argument(help: catalogHelp(cliHelpMessages.dataArgument))
  var data: [String] = []

  @Option(name: .long, help: catalogHelp(cliHelpMessages.snapshotOut))
  var out: String

  @OptionGroup var language: LanguageOption

  func run() throws {
    // Not a regular file (a FIFO, a device): refused before anything opens it (opening a
    // FIFO to read it would wait forever).
    var info = stat()
    let regular = stat(out, &info) != 0 || info.st_mode & S_IFMT == S_IFREG
    if FileManager.default.fileExists(atPath: out), !regular || !Snapshot.isSnapshot(out) {
      ErrorOutput.error(cliMessages.notASnapshot(out))
      throw StatusExit(status: .usageError)
    }
    let store = try loadStore(data)
    do {
      try Snapshot.write(store, to: out)
    } catch {
      ErrorOutput.dataError(error)
      throw StatusExit(status: .dataError)
    }
  }
}
