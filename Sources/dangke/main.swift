import ArgumentParser
import Foundation

// The thin executable: parse the command line, run, exit with a documented status.
// ArgumentParser exits 64 on usage errors; Dangke documents 2, so errors are mapped here.
Console.ignoreBrokenPipe()
do {
  var command = try Dangke.parseAsRoot()
  try command.run()
} catch let stop as StatusExit {
  exit(stop.status.rawValue)
} catch {
  let code = Dangke.exitCode(for: error)
  if code == .success {
    Dangke.exit(withError: error)
  }
  FileHandle.standardError.write(Data((Dangke.fullMessage(for: error) + "\n").utf8))
  if code == .validationFailure {
    FileHandle.standardError.write(Data("run 'dangke --help' for usage\n".utf8))
    exit(2)
  }
  exit(code.rawValue)
}
