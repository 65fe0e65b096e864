import Engine
import Lang

/// The dot commands: one row each, in the order `.help` lists them. To add one, add a row
/// here and its usage and help lines to `DotCommandMessages` (ARCHITECTURE.md, "How to
/// extend"); `.help`, Tab completion, did-you-mean and scripts read this table.
extension DotCommand {
  static let all: [DotCommand] = [
    DotCommand(
      [".help"], hidden: [".h", ".?"], usage: { m.helpUsage() }, help: { m.helpLine() },
      completion: .words { HelpText.topicNames },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(1, words, usage: { m.helpUsage() })
        return words.first?.lowercased()
      },
      run: { (state, topic) throws(DotCommandError) in try state.help(topic) }),
    DotCommand(
      [".tables"], usage: { Message(verbatim: ".tables") }, help: { m.tablesLine() },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(0, words, usage: { Message(verbatim: ".tables") })
      },
      run: { state, _ in state.execute("show tables") }),
    DotCommand(
      [".schema"], usage: { m.schemaUsage() }, help: { m.schemaLine() }, completion: .tables,
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(1, words, usage: { m.schemaUsage() })
        return words.first
      },
      run: { (state, table) throws(DotCommandError) in try state.schema(table) }),
    DotCommand(
      [".load"], usage: { m.loadUsage() }, help: { m.loadLine() },
      completion: .paths(firstOnly: false),
      parse: { (words) throws(DotCommandError) in
        guard !words.isEmpty else { throw DotCommandError(usage: m.loadUsage()) }
        return words
      },
      run: { (state, paths) throws(DotCommandError) in try state.load(paths) }),
    DotCommand(
      [".report"], usage: { Message(verbatim: ".report") }, help: { m.reportLine() },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(0, words, usage: { Message(verbatim: ".report") })
      },
      run: { state, _ in
        let store = state.shell.session.store
        state.sink.write(store.report.render(store: store))
      }),
    DotCommand(
      [".format"], hidden: [".mode"], usage: { m.formatUsage(formats) },
      help: { m.formatLine(HelpText.formatList) },
      completion: .words { OutputFormat.allCases.map(\.rawValue) },
      parse: { (words) throws(DotCommandError) in try DotArguments.format(words) },
      run: { state, format in
        guard let format else {
          return state.say(replMessages.currentFormat(state.shell.format.rawValue))
        }
        state.shell.format = format
        state.formatChosen = true
      }),
    DotCommand(
      [".maxrows"], usage: { m.maxRowsShortUsage() }, help: { m.maxRowsLine() },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(1, words, usage: { m.maxRowsUsage() })
        guard let text = words.first else { return Int??.none }
        if text.lowercased() == "off" { return .some(nil) }
        guard let n = Int(text), n >= 0 else { throw DotCommandError(usage: m.maxRowsUsage()) }
        return .some(n == 0 ? nil : n)
      },
      run: { state, setting in
        guard let setting else {
          let rows = state.shell.options.maxRows.map(String.init) ?? replMessages.off().description
          return state.say(replMessages.currentMaxRows(rows))
        }
        state.shell.options.maxRows = setting
      }),
    DotCommand(
      [".maxwidth"], usage: { o.maxWidthShortUsage() }, help: { o.maxWidthLine() },
      completion: .words { ["auto", "0"] },
      parse: { (words) throws(DotCommandError) -> MaxWidth? in
        try DotArguments.atMost(1, words, usage: { o.maxWidthUsage() })
        guard let text = words.first else { return nil }
        if text.lowercased() == "auto" { return .terminal }
        guard let n = Int(text), n >= 0 else { throw DotCommandError(usage: o.maxWidthUsage()) }
        return .columns(n)
      },
      run: { state, setting in
        guard let setting else { return state.sayMaxWidth() }
        state.maxWidth = setting
      }),
    DotCommand(
      [".pager"], usage: { o.pagerUsage() }, help: { o.pagerLine() },
      completion: .words { ["on", "off"] },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.switchValue(words, usage: { o.pagerUsage() })
      },
      run: { state, on in state.answerScreen?.pagerOn = on }),
    DotCommand(
      [".last"], usage: { o.lastUsage() }, help: { o.lastLine() },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(0, words, usage: { o.lastUsage() })
      },
      run: { (state, _) throws(DotCommandError) in try state.showLast() }),
    DotCommand(
      [".timer"], usage: { Message(verbatim: ".timer on|off") }, help: { m.timerLine() },
      completion: .words { ["on", "off"] },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.switchValue(words, usage: { Message(verbatim: ".timer on|off") })
      },
      run: { state, on in state.timer = on }),
    DotCommand(
      [".labels"], usage: { Message(verbatim: ".labels on|off") }, help: { m.labelsLine() },
      completion: .words { ["on", "off"] },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.switchValue(words, usage: { Message(verbatim: ".labels on|off") })
      },
      run: { state, on in state.shell.options.labels = on }),
    DotCommand(
      [".thousands"], usage: { Message(verbatim: ".thousands on|off") },
      help: { m.thousandsLine() },
      completion: .words { ["on", "off"] },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.switchValue(words, usage: { Message(verbatim: ".thousands on|off") })
      },
      run: { state, on in state.shell.options.thousands = on }),
    DotCommand(
      [".output"], usage: { m.outputShortUsage() }, help: { m.outputLine() },
      completion: .paths(firstOnly: true),
      parse: { (words) throws(DotCommandError) in
        try DotArguments.file(words, optional: true, usage: { m.outputUsage() })
      },
      run: { (state, target) throws(DotCommandError) in
        guard let target else {
          if let written = try state.sink.close() {
            state.confirm(replMessages.answersWritten(written))
          }
          return
        }
        try state.openOutput(target)
      }),
    DotCommand(
      [".once"], usage: { m.onceUsage() }, help: { m.onceLine() },
      completion: .paths(firstOnly: true),
      parse: { (words) throws(DotCommandError) in
        try DotArguments.file(words, optional: false, usage: { m.onceUsage() })!
      },
      run: { (state, target) throws(DotCommandError) in
        try AnswerSink.check(target.path, force: target.force, once: true)
        state.once = target
      }),
    DotCommand(
      [".run"], usage: { m.runUsage() }, help: { m.runLine() },
      completion: .paths(firstOnly: true),
      parse: { (words) throws(DotCommandError) in
        guard let path = words.first else { throw DotCommandError(usage: m.runUsage()) }
        return (path, try DotArguments.parameters(words.dropFirst()))
      },
      run: { (state, call) throws(DotCommandError) in
        try state.runScript(call.0, parameters: call.1)
      }),
    DotCommand(
      [".edit"], usage: { promptEditMessages.editUsage() },
      help: { promptEditMessages.editLine() }, promptOnly: true,
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(0, words, usage: { promptEditMessages.editUsage() })
      },
      run: { (state, _) throws(DotCommandError) in try state.edit() }),
    DotCommand(
      [".print"], usage: { m.printUsage() }, help: { m.printLine() },
      parse: { words in words.joined(separator: " ") },
      run: { state, text in state.sink.write(text + "\n") }),
    DotCommand(
      [".set"], usage: { m.setUsage() }, help: { m.setLine() }, checkRuns: true,
      parse: { (words) throws(DotCommandError) -> (String, String)? in
        if words.isEmpty { return nil }
        guard words.count >= 2 else { throw DotCommandError(usage: m.setUsage()) }
        return (DotArguments.withoutDollar(words[0]), words.dropFirst().joined(separator: " "))
      },
      run: { state, pair in
        guard let (name, value) = pair else { return state.listParameters() }
        state.shell.session.parameters[name] = value
      }),
    DotCommand(
      [".example"], hidden: [".examples"], usage: { m.exampleUsage() },
      help: { m.exampleLine() },
      parse: { (words) throws(DotCommandError) -> Int? in
        try DotArguments.atMost(1, words, usage: { m.exampleUsage() })
        guard let text = words.first else { return nil }
        guard let n = Int(text), n > 0 else { throw DotCommandError(usage: m.exampleUsage()) }
        return n
      },
      run: { (state, n) throws(DotCommandError) in try state.example(n) }),
    DotCommand(
      [".lang"], hidden: [".language"], usage: { Message(verbatim: ".lang zh|en") },
      help: { m.langLine() }, completion: .words { Language.allCases.map(\.rawValue) },
      parse: { (words) throws(DotCommandError) -> Language? in
        try DotArguments.atMost(1, words, usage: { Message(verbatim: ".lang zh|en") })
        guard let text = words.first else { return nil }
        guard let language = Language(name: text) else {
          throw DotCommandError(replMessages.unknownLanguage(text))
        }
        return language
      },
      run: { state, language in
        guard let language else { return state.say(replMessages.currentLanguage()) }
        Language.current = language
        state.confirm(replMessages.currentLanguage())
      }),
    DotCommand(
      [".version"], usage: { Message(verbatim: ".version") }, help: { m.versionLine() },
      parse: { (words) throws(DotCommandError) in
        try DotArguments.atMost(0, words, usage: { Message(verbatim: ".version") })
      },
      run: { state, _ in state.screen(DangkeVersion.line + "\n") }),
    DotCommand(
      [".quit", ".exit"], hidden: [".q"], usage: { Message(verbatim: ".quit") },
      help: { m.quitLine() }, parse: { _ in () }, run: { state, _ in state.leaving = true }),
  ]
}

private var m: DotCommandMessages { dotCommandMessages }
private var o: PromptOutputMessages { promptOutputMessages }

/// `table|csv|json|…`.
private var formats: String { OutputFormat.allCases.map(\.rawValue).joined(separator: "|") }

extension DotArguments {
  /// `.format FORMAT`, or nil alone; a misspelt format gets a did-you-mean.
  static func format(_ words: [String]) throws(DotCommandError) -> OutputFormat? {
    let names = OutputFormat.allCases.map(\.rawValue)
    try atMost(1, words, usage: { dotCommandMessages.formatUsage(names.joined(separator: "|")) })
    guard let text = words.first else { return nil }
    if let format = OutputFormat(rawValue: text.lowercased()) { return format }
    var message = replMessages.unknownFormat(text)
    if let near = Suggest.closest(to: text, among: names) {
      message = message.joined(replMessages.didYouMean(near), separator: ("; ", "；"))
    }
    throw DotCommandError(
      message.joined(replMessages.formatChoices(HelpText.formatList), separator: (" ", "")))
  }
}
