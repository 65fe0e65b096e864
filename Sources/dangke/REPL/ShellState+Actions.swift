import Engine
import Foundation
import Lang

/// The longer actions of the dot-command table (`DotCommandTable.swift`).
extension ShellState {
  /// `.help [TOPIC]`.
  func help(_ topic: String?) throws(DotCommandError) {
    guard let topic else { return screen(HelpText.overview) }
    guard let text = HelpText.text(for: topic) else {
      if isMessageCode(topic) {
        throw DotCommandError(replMessages.unknownCode(topic.uppercased()))
      }
      var message = replMessages.noHelp(topic)
      if let near = Suggest.closest(to: topic, among: HelpText.topicNames) {
        message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
      }
      throw DotCommandError(message.joined(replMessages.helpListsTopics(), separator: (" ", "")))
    }
    screen(text)
  }

  /// `.schema [TABLE]`.
  func schema(_ name: String?) throws(DotCommandError) {
    let store = shell.session.store
    guard let name else { return sink.write(Self.schema(store)) }
    guard let table = store.table(name) else {
      var message = replMessages.noTable(name)
      if let near = Suggest.closest(to: name, among: store.tables.map(\.name)) {
        message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
      }
      throw DotCommandError(message)
    }
    execute("describe \(table.name)")
  }

  /// One line per table: name, label, rows, and its columns (`→ table` for references).
  static func schema(_ store: Store) -> String {
    var text = ""
    for table in store.tables {
      let label = table.label.map { " \($0)" } ?? ""
      let columns = table.columns.map { column in
        column.name + (column.reference.map { " → \($0.table)" } ?? "")
      }
      text += "\(table.name)\(label) (\(grouped(table.rowCount)) rows): "
      text += columns.joined(separator: ", ") + "\n"
    }
    return text
  }

  /// `.load PATH…`: opens other data and starts a new session on it; parameters carry over,
  /// `let`s do not.
  func load(_ paths: [String]) throws(DotCommandError) {
    let session: Session
    // Ctrl-C stops the load (E1203) and the session goes on with the data it had.
    let cancel = CancellationFlag()
    do {
      session = try Interrupts.shared.cancelling(cancel) {
        try openSession(
          paths, statementTimeout: shell.session.server?.connection.statementTimeout ?? 0,
          cancellation: cancel)
      }
    } catch {
      throw DotCommandError(replMessages.dataUnchanged())
    }
    session.parameters = shell.session.parameters
    let next = StatementRunner(session: session, out: shell.out, err: shell.err)
    next.format = shell.format
    next.options = shell.options
    next.parseOptions = shell.parseOptions
    next.diagnosticText = shell.diagnosticText
    next.collector = shell.collector
    shell = next
    lets = [:]
    dropped = true
    loadedOther = true
    if interactive {
      let banner = REPL.banner(session.store).split(separator: "\n").prefix(2)
      screen(banner.joined(separator: "\n") + "\n")
    }
  }

  /// `.run FILE name=value…`: a script of statements and dot commands, with parameters that
  /// apply to this run only.
  func runScript(_ path: String, parameters: [String: String]) throws(DotCommandError) {
    guard let data = FileManager.default.contents(atPath: path), !isDirectory(path) else {
      throw DotCommandError(replMessages.cannotReadScript(path))
    }
    let text: String
    switch ScriptText.decode(Array(data)) {
    case .success(let decoded): text = decoded
    case .failure(let bad):
      throw DotCommandError(bad.message(path).0)
    }
    let saved = shell.session.parameters
    shell.session.parameters.merge(parameters) { _, new in new }
    let succeeded = ScriptRunner(state: self, fileName: path).run(text)
    // `.quit` in the script ends the script, not the prompt.
    leaving = false
    shell.session.parameters = saved
    if !succeeded { throw .reported }
  }

  /// `.set` alone.
  func listParameters() {
    let parameters = shell.session.parameters.sorted { $0.key < $1.key }
    if parameters.isEmpty { return say(replMessages.noParameters()) }
    for (name, value) in parameters { screen("$\(name) = \(value)\n") }
  }

  /// `.example [N]`.
  func example(_ n: Int?) throws(DotCommandError) {
    guard let n else { return screen(Examples.listing) }
    guard n <= Examples.all.count else {
      throw DotCommandError(replMessages.exampleRange(Examples.all.count))
    }
    let example = Examples.all[n - 1]
    screen("# \(example.question())\n\(REPL.prompt)\(example.statement)\n")
    editing.last = example.statement
    execute(example.statement)
  }
}
