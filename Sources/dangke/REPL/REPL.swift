import Engine
import Foundation

/// The interactive prompt. (Plain line reading; libedit editing comes with the REPL work.)
struct REPL {
  let shell: Shell
  let output: OutputOptions

  func run() throws {
    let store = shell.session.store
    Console.out("Dangke · \(store.name) · \(store.tables.count) tables · .help for help\n")
    while true {
      Console.out("dangke> ")
      guard let line = readLine() else { break }
      if line.trimmingCharacters(in: .whitespaces) == ".quit" { break }
      shell.run(line)
    }
  }
}
