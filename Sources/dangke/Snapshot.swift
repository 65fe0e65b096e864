import ArgumentParser
import Engine
import Foundation

/// `dangke snapshot DIR --out FILE`: the loaded data saved as one binary file that opens
/// many times faster than the CSV files; `dangke FILE` opens it.
struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Save the loaded data as one binary snapshot file; open it with: dangke FILE.",
    discussion:
      "A snapshot written by another dangke version, damaged, or older than the data files it "
      + "was made from is refused: re-create it.")

  @Argument(help: "A data folder or data files (default: the built-in Kangjian sample).")
  var data: [String] = []

  @Option(name: .long, help: "The snapshot file to write (an older snapshot there is replaced).")
  var out: String

  func run() throws {
    if FileManager.default.fileExists(atPath: out), !Snapshot.isSnapshot(out) {
      Console.err("dangke: \(out) exists and is not a snapshot; not replacing it\n")
      throw StatusExit(status: .usageError)
    }
    let store = try loadStore(data)
    do {
      try Snapshot.write(store, to: out)
    } catch {
      Console.err("dangke: \(error)\n")
      throw StatusExit(status: .dataError)
    }
  }
}
