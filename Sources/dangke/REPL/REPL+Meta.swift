import Engine
import Foundation
import Lang

extension REPL {
  /// Runs a dot command; false when it asks to leave.
  func perform(_ line: String) -> Bool {
    do {
      let command = try MetaCommand.parse(line)
      if command == .quit { return false }
      try perform(command)
    } catch {
      shell.err(error.rendered + "\n")
    }
    return true
  }

  private func perform(_ command: MetaCommand) throws(MetaCommandError) {
    let store = shell.session.store
    switch command {
    case .quit:
      break
    case .help(let topic):
      guard let topic else { return screen(HelpText.overview) }
      guard let text = HelpText.text(for: topic) else {
        if isMessageCode(topic) {
          throw MetaCommandError(replMessages.unknownCode(topic.uppercased()))
        }
        var message = replMessages.noHelp(topic)
        if let near = Suggest.closest(to: topic, among: HelpText.topicNames) {
          message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
        }
        throw MetaCommandError(
          message.joined(replMessages.helpListsTopics(), separator: (" ", "")))
      }
      screen(text)
    case .tables:
      execute("show tables")
    case .schema(let name):
      guard let name else { return sink.write(Self.schema(store)) }
      guard let table = store.table(name) else {
        var message = replMessages.noTable(name)
        if let near = Suggest.closest(to: name, among: store.tables.map(\.name)) {
          message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
        }
        throw MetaCommandError(message)
      }
      execute("describe \(table.name)")
    case .load(let paths):
      try load(paths)
    case .report:
      sink.write(store.report.render(store: store))
    case .format(let format):
      guard let format else { return say(replMessages.currentFormat(shell.format.rawValue)) }
      shell.format = format
    case .maxRows(let setting):
      guard let setting else {
        let rows = shell.options.maxRows.map(String.init) ?? replMessages.off().description
        return say(replMessages.currentMaxRows(rows))
      }
      shell.options.maxRows = setting
    case .timer(let on):
      timer = on
    case .labels(let on):
      shell.options.labels = on
    case .thousands(let on):
      shell.options.thousands = on
    case .output(let path, let force):
      guard let path else {
        if let written = try sink.close() { say(replMessages.answersWritten(written)) }
        return
      }
      try sink.open(path, force: force)
    case .run(let path, let parameters):
      try runScript(path, parameters: parameters)
    case .set(let name, let value):
      shell.session.parameters[name] = value
    case .listParameters:
      let parameters = shell.session.parameters.sorted { $0.key < $1.key }
      if parameters.isEmpty { return say(replMessages.noParameters()) }
      for (name, value) in parameters { screen("$\(name) = \(value)\n") }
    case .example(let n):
      guard let n else { return screen(Examples.listing) }
      guard n <= Examples.all.count else {
        throw MetaCommandError(replMessages.exampleRange(Examples.all.count))
      }
      let example = Examples.all[n - 1]
      screen("# \(example.question())\n\(Self.prompt)\(example.statement)\n")
      execute(example.statement)
    case .lang(let language):
      if let language { Language.current = language }
      say(replMessages.currentLanguage())
    case .version:
      screen(DangkeVersion.line + "\n")
    }
  }

  /// Opens other data and starts a new session on it; parameters carry over, `let`s do not.
  private func load(_ paths: [String]) throws(MetaCommandError) {
    let session: Session
    do {
      session = try openSession(
        paths, statementTimeout: shell.session.server?.connection.statementTimeout ?? 0)
    } catch {
      throw MetaCommandError(replMessages.dataUnchanged())
    }
    let store = session.store
    session.parameters = shell.session.parameters
    let next = StatementRunner(session: session, out: shell.out, err: shell.err)
    next.format = shell.format
    next.options = shell.options
    shell = next
    lets = [:]
    dropped = true
    screen(Self.banner(store).split(separator: "\n").prefix(2).joined(separator: "\n") + "\n")
  }

  /// Runs a script file with extra parameters, which apply to this run only.
  private func runScript(_ path: String, parameters: [String: String])
    throws(MetaCommandError)
  {
    guard let data = FileManager.default.contents(atPath: path), !isDirectory(path) else {
      throw MetaCommandError(replMessages.cannotReadScript(path))
    }
    var text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("#!") { text = "#" + text.dropFirst() }
    let saved = shell.session.parameters
    shell.session.parameters.merge(parameters) { _, new in new }
    execute(text, fileName: path)
    shell.session.parameters = saved
  }

  /// Writes a reply of the prompt in the current language.
  func say(_ message: Message) { screen(message.description + "\n") }

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
}
