import Foundation
import Lang

/// Runs statement text against a session and writes answers and messages: the one place
/// that joins parser, engine and renderers. The REPL, `-c`, `run` and standard input all use it.
public final class StatementRunner {
  public let session: Session
  /// The format used when a query does not say `as …`.
  public var format: OutputFormat = .table
  public var options = RenderOptions()
  /// How statements are read (`strict`: note full-width punctuation, for `--strict`).
  public var parseOptions = ParseOptions()
  /// Where answers go.
  public var out: (String) -> Void
  /// Where errors and warnings go.
  public var err: (String) -> Void
  /// How an error or warning is written to `err` (without the newline): by default the
  /// text with its source line and caret; `--format json` sets one JSON object per line.
  public var diagnosticText: (Diagnostic, DiagnosticRenderer) -> String = { $1.render($0) }
  /// Answers printed by the current `run`, to separate tables with a blank line.
  private var answered = 0
  /// What goes out before the next answer's text (the blank line between two tables).
  private var lead = ""

  /// `lead`, now written with an answer.
  func takeLead() -> String {
    defer { lead = "" }
    return lead
  }

  /// When set, receives every answer table (with its statement and comment) instead of it
  /// being rendered: a document format (xlsx, html) written whole when the run ends.
  public var collector: ((ReportAnswer) -> Void)?
  /// The text of the current `run`, for each statement's own text and comment.
  private var scriptText = ""
  /// The last answer rendered (not one collected for a document), for `.last`.
  public private(set) var lastAnswer: LastAnswer?

  public init(
    session: Session, out: @escaping (String) -> Void, err: @escaping (String) -> Void
  ) {
    self.session = session
    self.out = out
    self.err = err
  }

  /// Runs every statement of `text` in order. Stops at the first error unless `keepGoing`.
  /// `fileName` names the script in messages (`report.dk:3:7`). False when any statement
  /// failed (the executable turns that into its exit status).
  @discardableResult
  public func run(_ text: String, fileName: String? = nil, keepGoing: Bool = false) -> Bool {
    let parsed = Parser.parse(text, options: parseOptions)
    let renderer = DiagnosticRenderer(text: text, fileName: fileName)
    var succeeded = true
    answered = 0
    scriptText = text
    var pending = parsed.diagnostics.sorted { $0.span.start < $1.span.start }[...]
    var notes = parsed.notes[...]
    for statement in parsed.statements {
      // Strict-mode notes about a statement come before its answer; they never stop a run.
      while let note = notes.first, note.span.start < statement.span.end {
        err(diagnosticText(note, renderer) + "\n")
        notes = notes.dropFirst()
      }
      while let d = pending.first, d.span.start < statement.span.start {
        err(diagnosticText(d, renderer) + "\n")
        pending = pending.dropFirst()
        succeeded = false
        if !keepGoing { return false }
      }
      if !execute(statement, renderer: renderer) {
        succeeded = false
        if !keepGoing { return false }
      }
    }
    for note in notes { err(diagnosticText(note, renderer) + "\n") }
    for d in pending {
      err(diagnosticText(d, renderer) + "\n")
      succeeded = false
      if !keepGoing { return false }
    }
    return succeeded
  }

  /// Checks every statement of `text` against the data without running it; false when any
  /// has an error.
  public func check(_ text: String, fileName: String? = nil) -> Bool {
    let parsed = Parser.parse(text, options: parseOptions)
    let renderer = DiagnosticRenderer(text: text, fileName: fileName)
    var problems = parsed.diagnostics + parsed.notes
    for statement in parsed.statements { problems += session.check(statement) }
    problems.sort { $0.span.start < $1.span.start }
    for d in problems { err(diagnosticText(d, renderer) + "\n") }
    return !problems.contains { $0.severity == .error }
  }

  /// Runs one parsed statement; false when it failed.
  private func execute(_ statement: Statement, renderer: DiagnosticRenderer) -> Bool {
    do {
      let answer = try session.run(statement, streaming: streams)
      for w in answer.warnings { err(diagnosticText(w, renderer) + "\n") }
      switch answer.outcome {
      case .rows(let rows, let asked):
        defer { rows.close() }
        let format = asked ?? self.format
        if answered > 0, format != .csv, format != .json { lead = "\n" }
        answered += 1
        lastAnswer = LastAnswer(statement: statement, asked: asked)
        if let failure = show(rows, as: format, options: options, at: statement.span) {
          err(diagnosticText(failure, renderer) + "\n")
          return false
        }
        options.bom = false
      case .table(let table, let asked):
        let format = asked ?? self.format
        if collector != nil || format.isDocument {
          return document(table, format: format, statement: statement, renderer: renderer)
        }
        // Tables for people are separated by a blank line; csv and json stay bare.
        if answered > 0, format != .csv, format != .json { lead = "\n" }
        answered += 1
        lastAnswer = LastAnswer(table: table, asked: asked)
        guard show(table, as: format, options: options) else {
          err(diagnosticText(.cancelled(at: statement.span), renderer) + "\n")
          return false
        }
        // `--bom`: one mark at the start of the output, not one per answer.
        options.bom = false
      case .text(let text):
        // A document's file takes answers only.
        if collector != nil { break }
        out(text.hasSuffix("\n") ? text : text + "\n")
        options.bom = false
      case .bound:
        break
      }
      return true
    } catch {
      err(diagnosticText(error, renderer) + "\n")
      return false
    }
  }
}

extension StatementRunner {
  /// An answer for a document: handed to the collector, or for `as html` without one, a
  /// page of its own; `as xlsx` without one is an error (a workbook needs a file).
  fileprivate func document(
    _ table: ResultTable, format: OutputFormat, statement: Statement,
    renderer: DiagnosticRenderer
  ) -> Bool {
    let utf8 = Array(scriptText.utf8)
    let range = max(0, statement.span.start)..<min(utf8.count, statement.span.end)
    let answer = ReportAnswer(
      table: table,
      statement: String(decoding: utf8[range], as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines),
      comment: commentLines(above: statement.span.start, in: scriptText))
    if let collector {
      collector(answer)
      return true
    }
    if format == .html {
      var options = self.options
      if options.dataSource.isEmpty { options.dataSource = session.store.name }
      out(
        HTMLReport.page(
          intro: [], answers: [answer], footer: .init(source: options.dataSource, made: Date()),
          options: options))
      return true
    }
    let d = Diagnostic.error(officeMessages.xlsxNeedsFile(), at: statement.span)
    err(diagnosticText(d, renderer) + "\n")
    return false
  }
}

/// An answer kept for showing again: its table, and the format its statement asked for. An
/// answer streamed from a server was never held: its statement is kept instead, and `.last`
/// runs it again.
public struct LastAnswer: Sendable {
  public var table: ResultTable
  public var asked: OutputFormat?
  /// The statement of a streamed answer, to run again; nil when `table` is the answer.
  public var statement: Statement?

  public init(table: ResultTable, asked: OutputFormat?) {
    self.table = table
    self.asked = asked
  }

  init(statement: Statement, asked: OutputFormat?) {
    self.table = ResultTable(columns: [], rows: [])
    self.asked = asked
    self.statement = statement
  }
}

extension StatementRunner {
  /// Writes `table` to `out` in `format`; rows stop at Ctrl-C (the session's cancellation)
  /// or when `options.stop` says so. False when Ctrl-C stopped it.
  public func show(_ table: ResultTable, as format: OutputFormat, options: RenderOptions) -> Bool {
    var options = options
    let cancellation = session.cancellation
    let stop = options.stop
    options.stop = { cancellation.isCancelled || stop() }
    var stream = ChunkedOutput(write: out, lead: takeLead())
    Engine.renderer(for: format, options: options).write(table, to: &stream)
    stream.flush()
    return !cancellation.isCancelled
  }
}

/// Collects rendered text and hands it on in chunks, so a long answer is written as it is
/// rendered instead of being built as one string.
struct ChunkedOutput: TextOutputStream {
  let write: (String) -> Void
  private var buffer = ""

  /// `lead` goes out first, with the answer's text (one write, not two).
  init(write: @escaping (String) -> Void, lead: String = "") {
    self.write = write
    buffer.reserveCapacity(1 << 16)
    buffer += lead
  }

  mutating func write(_ text: String) {
    buffer += text
    if buffer.utf8.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    if !buffer.isEmpty {
      write(buffer)
      buffer.removeAll(keepingCapacity: true)
    }
  }
}
