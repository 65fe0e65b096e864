import Lang

/// libFuzzer entry: lex and parse the bytes as a script and render every diagnostic; each
/// statement that parsed must print back to text that parses to the same tree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let result = Parser.parse(text)
  let renderer = DiagnosticRenderer(text: text, fileName: "fuzz.dk")
  for d in result.diagnostics { _ = renderer.render(d) }
  for statement in result.statements {
    let printed = Printer.print(statement)
    let again = Parser.parse(printed)
    guard again.diagnostics.isEmpty, again.statements.count == 1 else {
      fatalError("printed statement does not parse: \(printed)")
    }
    guard again.statements[0].withoutSpans() == statement.withoutSpans() else {
      fatalError("printed statement parses differently: \(printed)")
    }
  }
  _ = Continuation.needsMore(text)
  return 0
}
