import Lang

/// Answers streamed from a server: written as their rows arrive, never held whole.
extension StatementRunner {
  /// Whether an answer in the format its query `asked` for (else the current one) is written
  /// as its rows arrive: the formats with a streaming renderer, when no document collects
  /// the answers. A chart, html and xlsx take the whole answer first.
  func streams(_ asked: OutputFormat?) -> Bool {
    collector == nil && streamingRenderer(for: asked ?? format, options: options) != nil
  }

  /// Writes `rows` to `out` in `format` as they arrive, and closes them (a server's statement
  /// still running is cancelled). Nil when the answer was written whole, or stopped by
  /// `options.stop` (a pager that quit); else why it stopped: Ctrl-C ("query cancelled" at
  /// `span`, as for an answer held in memory) or the rows' failure (a server error in the
  /// middle of the rows). What was written then has no footer: it is not passed off as whole.
  public func show(
    _ rows: RowStream, as format: OutputFormat, options: RenderOptions, at span: Span
  ) -> Diagnostic? {
    var options = options
    let cancellation = session.cancellation
    let stop = options.stop
    options.stop = { cancellation.isCancelled || stop() }
    var stream = ChunkedOutput(write: out, lead: takeLead())
    if let renderer = streamingRenderer(for: format, options: options) {
      renderer.write(rows, to: &stream)
    } else {
      var held: [[Value]] = []
      while let row = rows.next(), !cancellation.isCancelled { held.append(row) }
      if rows.failure == nil, !cancellation.isCancelled {
        let table = ResultTable(columns: rows.columns, rows: held, isTimeSeries: rows.isTimeSeries)
        Engine.renderer(for: format, options: options).write(table, to: &stream)
      }
    }
    stream.flush()
    rows.close()
    if cancellation.isCancelled { return .cancelled(at: span) }
    return rows.failure
  }

  /// `.last`: the last answer again in `format`. An answer streamed from a server was never
  /// held, so its statement runs again (its rows streamed again). Nil when it was shown whole
  /// or stopped by `options.stop`; else the message to give (Ctrl-C, a server error).
  public func showLast(_ last: LastAnswer, as format: OutputFormat, options: RenderOptions)
    -> Diagnostic?
  {
    guard let statement = last.statement else {
      return show(last.table, as: format, options: options) ? nil : .cancelled(at: Span(0, 0))
    }
    do {
      let answer = try session.run(statement) { _ in
        streamingRenderer(for: format, options: options) != nil
      }
      switch answer.outcome {
      case .rows(let rows, _):
        return show(rows, as: format, options: options, at: statement.span)
      case .table(let table, _):
        return show(table, as: format, options: options) ? nil : .cancelled(at: statement.span)
      case .text, .bound:
        return nil
      }
    } catch {
      return error
    }
  }
}
